/**
 * `nonce-sense experiment improvement`: case study 3, "Proof of Improvement", from the command
 * line. The design's evaluator run on its own micro-benchmarks with nothing changed between
 * rounds (no model at all): how often timing noise alone "mints", per window, in seconds (the
 * design) and milliseconds, and by benchmark length; a toy chain mined from those records at a
 * low hex prefix; a forged improvement record through the design's validation; issuance with
 * the multiplier against the fixed schedule. The seed fixes inputs, forgery and the chain's
 * virtual clock; the timings are this machine's and do not reproduce, which is the point.
 */
import { performance } from 'node:perf_hooks';
import {
  runImprovementExperiment,
  type ImprovementExperimentReport,
} from '../core/experiments/improvement/improvement-experiment';
import type { Interval } from '../core/stats/intervals';
import { expectPositionals, parseCommandArgs, parseWholeNumber } from './args';
import { formatCount, writeJson, type CliIo } from './output';
import { UsageError } from './usage-error';

export const EXPERIMENT_IMPROVEMENT_HELP = `Usage: nonce-sense experiment improvement [--seed S] [--rounds N] [--window W]
                                           [--zeros Z] [--json]

Tests the "Proof of Improvement" design (case study 3): its evaluator times a sum of
squares, a 100x100 eigenvalue problem and a string split with three regexes, scores
each time t (seconds) as 1/(1+t), ratchets the stored score up and mints a block when
the improvements sum above 0.1%. Here nothing changes between rounds: every mint is
timing noise. Reports mints per window with exact 95% intervals, the same times read
in milliseconds, the effect of the benchmark's length, a toy chain mined from the
minted records, a forged improvement record put through the design's validation, and
issuance with the improvement multiplier against the fixed schedule.

Options:
  --seed S      seed (a whole number or any text; default 1)
  --rounds N    evaluation rounds, 10 to 1000 (default 120)
  --window W    rounds per window, 5 to 500 (default 30)
  --zeros Z     the toy chain's starting hex prefix, 1 to 4 (default 2)
  --json        print one JSON object
  -h, --help    show this help
`;

const fmtCi = ([low, high]: Interval) => `[${low.toFixed(3)}, ${high.toFixed(3)}]`;

function writeTable(io: CliIo, r: ImprovementExperimentReport): void {
  const out = io.stdout;
  out.write(
    `Proof of Improvement, noise only (nothing changes between rounds), ${r.rounds} rounds, seed ${String(r.seed)}\n`,
  );
  out.write(
    `median times: ${Object.entries(r.medianMsByTask)
      .map(([id, ms]) => `${id} ${ms.toFixed(2)} ms`)
      .join(', ')}\n\n`,
  );
  for (const run of [r.noiseOnly.seconds, r.noiseOnly.milliseconds]) {
    out.write(
      run.unit === 's'
        ? `t in seconds (the design; stored scores start at 0.5): ${run.mints} mints\n`
        : `the same times in milliseconds (first round sets the record): ${run.mints} mints\n`,
    );
    for (const w of run.windows) {
      out.write(
        `  rounds ${String(w.firstRound).padStart(4)}-${String(w.firstRound + w.rounds - 1).padEnd(4)} ` +
          `${String(w.mints).padStart(3)} mints  rate ${w.rate.toFixed(3)} ${fmtCi(w.ci95)}\n`,
      );
    }
  }
  out.write('\nbenchmark length (sum of squares of n numbers; rate per round after the first):\n');
  for (const l of r.byLength) {
    out.write(
      `  n = ${formatCount(l.n).padEnd(11)} median ${l.medianMs.toFixed(3).padStart(8)} ms   ` +
        `seconds ${l.secondsRate.toFixed(3)} ${fmtCi(l.secondsCi95)}   ms ${l.millisecondsRate.toFixed(3)} ${fmtCi(l.millisecondsCi95)}\n`,
    );
  }
  const c = r.chain;
  out.write(
    `\ntoy chain: ${c.blocks} blocks (genesis + one per mint) from ${c.startZeros} hex zeros, ` +
      `${formatCount(c.hashes)} hashes, valid: ${c.valid}\n`,
  );
  const f = r.forgery;
  out.write(
    `forged record in block ${f.block}: ${JSON.stringify(f.original)} -> ${JSON.stringify(f.forged)}; ` +
      `hash unchanged: ${f.hashUnchanged}; accepted: ${f.accepted}\n`,
  );
  const last = r.issuance.points[r.issuance.points.length - 1]!;
  out.write(
    `\nissuance after ${formatCount(last.height)} blocks at the mean improvement sum per block ` +
      `(${(r.issuance.meanImprovementSumPerBlock * 100).toFixed(3)}%): ${formatCount(Math.round(last.withMultiplier))} ` +
      `coins vs ${formatCount(Math.round(last.fixed))} on the fixed schedule\n`,
  );
}

function parseSeed(text: string | undefined): number | string {
  const seedText = text ?? '1';
  if (seedText.length === 0 || seedText.length > 200) {
    throw new UsageError('experiment: --seed must be 1 to 200 characters');
  }
  return /^\d+$/.test(seedText) && Number(seedText) <= 0xffffffff ? Number(seedText) : seedText;
}

export function runExperimentImprovement(argv: string[], io: CliIo): void {
  const { values, positionals } = parseCommandArgs('experiment', argv, {
    seed: { type: 'string' },
    rounds: { type: 'string' },
    window: { type: 'string' },
    zeros: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(EXPERIMENT_IMPROVEMENT_HELP);
    return;
  }
  expectPositionals('experiment', positionals, 0, '');
  const whole = (
    name: string,
    text: string | undefined,
    fallback: number,
    min: number,
    max: number,
  ) => (text === undefined ? fallback : parseWholeNumber('experiment', name, text, { min, max }));
  const report = runImprovementExperiment({
    seed: parseSeed(values.seed),
    rounds: whole('--rounds', values.rounds, 120, 10, 1000),
    windowRounds: whole('--window', values.window, 30, 5, 500),
    chainZeros: whole('--zeros', values.zeros, 2, 1, 4),
    virtualHashesPerSec: 1000,
    nowMs: () => performance.now(),
  });
  if (values.json) writeJson(io.stdout, report);
  else writeTable(io, report);
}
