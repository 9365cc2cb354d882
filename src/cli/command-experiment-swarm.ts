/**
 * `nonce-sense experiment tuner` (also `experiment swarm`): case study 4, "The self-tuning
 * swarm", from the command line. The honest A/B tuner runs on the project's own miner in Node
 * worker threads (the same kernel as `mine`), starting from a deliberately poor setting (64
 * nonces per message, a 50 % duty cycle, one thread), with interleaved paired slices, the
 * stopping rule and roll-out of each winner, then a confirmation of start against final. Then
 * the same discipline on nonce strategies: hits per hash through the harness. Hashes per second
 * depend on the machine and its load; the strategy part is fixed by the seed.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createRandom } from '../core/random';
import { measureSlice, type ScanTransport } from '../core/experiments/swarm/slice-runner';
import { AB_STRATEGY_IDS, runStrategyAb } from '../core/experiments/swarm/strategy-ab';
import { runTuner, type TunerReport } from '../core/experiments/swarm/tuner';
import { configLabel, POOR_START } from '../core/experiments/swarm/tuning-config';
import type { BuiltInStrategyId } from '../core/experiments/strategies';
import type { FromMinerWorker, StartMessage } from './mine-protocol';
import { expectPositionals, parseCommandArgs, parseWholeNumber } from './args';
import { formatCount, writeJson, type CliIo } from './output';
import { UsageError } from './usage-error';

export const TUNER_HELP = `Usage: nonce-sense experiment tuner [--seed S] [--slice-ms M] [--max-workers W]
                                     [--strategy ID] [--jobs J] [--budget N] [--json]

An honest A/B tuner on this project's own miner (worker threads): from a poor start
(64 nonces per message, 50% duty cycle, 1 thread) it tries one knob step at a time
(batch size, duty cycle, threads) against the current setting, in interleaved
paired slices, rolls a step out only if the 95% interval of the hashes/s ratio
lies above 1 (five looks, Bonferroni), then confirms start against final. Then the
same A/B on a nonce strategy against the sequential scan: hits per hash.

Options:
  --seed S          seed (a whole number or any text; default 1)
  --slice-ms M      length of one measurement slice, 50 to 2000 ms (default 300)
  --max-workers W   most threads to try, 1 to 16 (default: cores, at most 4)
  --strategy ID     nonce strategy to A/B (${AB_STRATEGY_IDS.join(', ')}; default random)
  --jobs J          jobs for the strategy A/B, 4 to 1024 (default 64)
  --budget N        hashes per arm per job, 64 to 65536 (default 4096)
  --json            print one JSON object
  -h, --help        show this help
`;

class ThreadTransport implements ScanTransport {
  private nextNonce = 0;
  private epoch = 0;
  private waiting: ((hashes: number) => void) | null = null;
  private hashes = 0;
  readonly ready: Promise<void>;

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve) => {
      worker.on('message', (message: FromMinerWorker) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'progress' || message.type === 'found') {
          this.hashes += message.hashes;
        } else if (message.type === 'exhausted' && message.epoch === this.epoch) {
          const done = this.waiting;
          this.waiting = null;
          done?.(this.hashes);
        }
      });
    });
  }

  scan(count: number): Promise<{ hashes: number }> {
    if (this.nextNonce + count > 2 ** 32) this.nextNonce = 0;
    const message: StartMessage = {
      type: 'start',
      epoch: ++this.epoch,
      header: new Uint8Array(80),
      target: 0n,
      from: this.nextNonce,
      to: this.nextNonce + count,
      batchSize: count,
    };
    this.nextNonce += count;
    this.hashes = 0;
    return new Promise((resolve) => {
      this.waiting = (hashes) => resolve({ hashes });
      this.worker.postMessage(message);
    });
  }
}

function parseSeed(text: string | undefined): number | string {
  const seedText = text ?? '1';
  if (seedText.length === 0 || seedText.length > 200) {
    throw new UsageError('experiment: --seed must be 1 to 200 characters');
  }
  return /^\d+$/.test(seedText) && Number(seedText) <= 0xffffffff ? Number(seedText) : seedText;
}

const hps = (value: number) => `${formatCount(Math.round(value))} H/s`;
const interval = ([low, high]: [number, number], digits: number) =>
  `[${low.toFixed(digits)}, ${high.toFixed(digits)}]`;

export async function runTunerExperiment(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandArgs('experiment', argv, {
    seed: { type: 'string' },
    'slice-ms': { type: 'string' },
    'max-workers': { type: 'string' },
    strategy: { type: 'string' },
    jobs: { type: 'string' },
    budget: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(TUNER_HELP);
    return;
  }
  expectPositionals('experiment', positionals, 1, 'tuner');
  const seed = parseSeed(values.seed);
  const whole = (
    name: string,
    text: string | undefined,
    fallback: number,
    min: number,
    max: number,
  ) => (text === undefined ? fallback : parseWholeNumber('experiment', name, text, { min, max }));
  const sliceMs = whole('--slice-ms', values['slice-ms'], 300, 50, 2000);
  const maxWorkers = whole(
    '--max-workers',
    values['max-workers'],
    Math.max(1, Math.min(4, availableParallelism())),
    1,
    16,
  );
  const jobs = whole('--jobs', values.jobs, 64, 4, 1024);
  const budgetPerJob = whole('--budget', values.budget, 4096, 64, 65536);
  const strategy = values.strategy ?? 'random';
  if (!(AB_STRATEGY_IDS as readonly string[]).includes(strategy)) {
    throw new UsageError(
      `experiment: unknown --strategy '${strategy}' (known: ${AB_STRATEGY_IDS.join(', ')})`,
    );
  }

  const random = createRandom(seed);
  const workerUrl = new URL('./mine-worker.mjs', import.meta.url);
  const threads = Array.from({ length: maxWorkers }, () => new Worker(workerUrl));
  let tuner: TunerReport;
  try {
    const transports = threads.map((thread) => new ThreadTransport(thread));
    await Promise.all(transports.map((t) => t.ready));
    const clock = {
      now: () => performance.now(),
      sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    };
    await measureSlice(
      { batchSize: 4096, workers: maxWorkers, dutyCycle: 1 },
      transports,
      clock,
      50,
    );
    tuner = await runTuner({
      start: POOR_START,
      maxWorkers,
      random: random.derive('tuner'),
      wallClockMs: () => Date.now(),
      measure: (config) => measureSlice(config, transports, clock, sliceMs),
    });
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  const strategyAb = await runStrategyAb({
    random: random.derive('strategies'),
    challenger: strategy as BuiltInStrategyId,
    jobs,
    budgetPerJob,
    zeroBits: 8,
  });

  const c = tuner.confirmation;
  const report = {
    seed,
    sliceMs,
    maxWorkers,
    tuner: {
      start: tuner.start,
      final: tuner.final,
      slices: tuner.slices,
      hashesPerSecBefore: c ? { mean: c.before.meanHashesPerSec, ci95: c.before.ci95 } : null,
      hashesPerSecAfter: c ? { mean: c.after.meanHashesPerSec, ci95: c.after.ci95 } : null,
      difference: c
        ? { mean: c.test.summary!.meanDifference, ci95: c.test.summary!.differenceInterval }
        : null,
      ratio: c ? { mean: c.test.summary!.ratio, ci95: c.test.summary!.ratioInterval } : null,
      tests: tuner.tests.map((t) => ({
        knob: t.knob,
        incumbent: t.incumbent,
        challenger: t.challenger,
        pairs: t.ratesA.length,
        verdict: t.verdict,
        rolledOut: t.rolledOut,
        ratio: t.summary?.ratio ?? null,
        ratioInterval: t.summary?.ratioInterval ?? null,
        level: t.summary?.level ?? null,
      })),
    },
    nonceStrategy: strategyAb,
  };
  if (values.json) {
    writeJson(io.stdout, report);
    return;
  }
  const out = io.stdout;
  out.write(
    `A/B tuner on this machine's miner, ${maxWorkers} thread(s) at most, slices of ${sliceMs} ms, seed ${String(seed)}\n\n`,
  );
  for (const t of tuner.tests) {
    const s = t.summary!;
    const what =
      t.knob === null
        ? 'confirm start vs final'
        : `${t.knob} ${t.incumbent[t.knob]} -> ${t.challenger[t.knob]}`;
    out.write(
      `${what.padEnd(30)} ${String(t.ratesA.length).padStart(2)} pairs  ratio ${s.ratio.toFixed(2)} ` +
        `${interval(s.ratioInterval, 2)} (${(s.level * 100).toFixed(0)}%)  ${t.knob === null ? '' : t.rolledOut ? 'rolled out' : 'kept'}\n`,
    );
  }
  out.write(`\nstart: ${configLabel(tuner.start)}\nfinal: ${configLabel(tuner.final)}\n`);
  if (c) {
    const s = c.test.summary!;
    out.write(
      `hashes/s before ${hps(c.before.meanHashesPerSec)} ${interval(c.before.ci95, 0)}, after ${hps(c.after.meanHashesPerSec)} ${interval(c.after.ci95, 0)}\n` +
        `difference ${hps(s.meanDifference)} ${interval(s.differenceInterval, 0)}, ratio ${s.ratio.toFixed(2)} ${interval(s.ratioInterval, 2)} (95%, paired)\n`,
    );
  } else {
    out.write('no step won: the start was kept\n');
  }
  const a = strategyAb;
  out.write(
    `\nnonce strategy '${a.challenger}' vs sequential, ${a.jobs} jobs x ${formatCount(a.budgetPerJob)} hashes, 8 zero bits: ` +
      `${a.challengerHits} vs ${a.sequentialHits} hits, ratio ${a.ratio.toFixed(3)} ${interval(a.ci95, 3)}, ` +
      `${a.rollOut ? 'rolled out' : 'not rolled out (no difference in hits per hash)'}\n`,
  );
}
