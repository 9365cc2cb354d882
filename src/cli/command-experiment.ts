/**
 * `nonce-sense experiment strategies`: the Part II harness from the command line. Runs the 20
 * strategies (19 built-in and a learned model) against the sequential scan on fresh jobs with
 * real SHA-256d, the Holm correction, a re-test of the best-looking arm, and the positive
 * control (the same model against SHA-256d cut to 4 rounds). The same seed gives the same
 * numbers as the page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHeaderFile } from '../core/data/header-file';
import { realWinningNonces } from '../core/data/real-nonces';
import {
  runStrategyExperiment,
  type StrategyExperimentReport,
} from '../core/experiments/strategy-experiment';
import { expectPositionals, parseCommandArgs, parseWholeNumber } from './args';
import { runTunerExperiment } from './command-experiment-swarm';
import { runExperimentGeometric } from './command-experiment-geometric';
import { runExperimentOracle } from './command-experiment-oracle';
import { runExperimentImprovement } from './command-experiment-improvement';
import { formatCount, writeJson, type CliIo } from './output';
import { UsageError } from './usage-error';

export const EXPERIMENT_HELP = `Usage: nonce-sense experiment strategies [--seed S] [--budget N] [--jobs J]
                                        [--zero-bits B] [--json]

Tests 19 nonce strategies and a learned model against a plain sequential scan, with
the same budget of real SHA-256d hashes per job, on fresh random jobs (headers). Each
arm gets its hits, the ratio of its hits per hash to the sequential scan's, a 95%
exact interval, a p-value and the Holm-adjusted interval; the best-looking arm is
re-tested on new jobs; a positive control runs the same learned model against
SHA-256d cut to 4 rounds, where there is something to learn.

Options:
  --seed S        seed (a whole number or any text; default 1)
  --budget N      hashes per arm per job, 64 to 65536 (default 2048)
  --jobs J        evaluation jobs, 4 to 1024 (default 64)
  --zero-bits B   target in leading zero bits, 4 to 16 (default 8)
  --json          print one JSON object
  -h, --help      show this help

The case studies have their own options ('nonce-sense experiment <name> --help'):
  oracle          case study 1, "The nonce oracle"
  geometric       case study 2, "The geometric miner" (on the real headers)
  improvement     case study 3, "Proof of Improvement"
  tuner           case study 4, "The self-tuning swarm" (alias: swarm)
`;

const DATA_FILE = fileURLToPath(new URL('../../public/data/btc-headers.bin', import.meta.url));

function fmtInterval([low, high]: [number, number]): string {
  return `[${low.toFixed(3)}, ${Number.isFinite(high) ? high.toFixed(3) : 'inf'}]`;
}

function writeTable(io: CliIo, r: StrategyExperimentReport): void {
  const out = io.stdout;
  out.write(
    `SHA-256d, ${r.jobs} fresh jobs, ${formatCount(r.budgetPerJob)} hashes per arm per job, ` +
      `target ${r.zeroBits} zero bits (p = 1/${formatCount(1 / r.p)}), seed ${String(r.seed)}\n`,
  );
  out.write(
    `sequential: ${formatCount(r.sequential.hits)} hits in ${formatCount(r.sequential.hashes)} hashes\n\n`,
  );
  out.write(
    `${'arm'.padEnd(16)}${'hits'.padStart(7)}${'ratio'.padStart(8)}  ${'95% interval'.padEnd(17)}${'p'.padStart(7)}  Holm interval\n`,
  );
  for (const a of r.arms) {
    out.write(
      `${a.id.padEnd(16)}${String(a.hits).padStart(7)}${a.ratio.toFixed(3).padStart(8)}  ` +
        `${fmtInterval(a.ci95).padEnd(17)}${a.pValue.toFixed(3).padStart(7)}  ${fmtInterval(a.ci95Holm)}\n`,
    );
  }
  out.write(
    `\nunadjusted intervals excluding 1: ${r.unadjustedMisses.length} of ${r.arms.length}` +
      ` (about 1 in 20 by chance)${r.unadjustedMisses.length ? `: ${r.unadjustedMisses.join(', ')}` : ''}\n`,
  );
  out.write(`Holm-adjusted intervals excluding 1: ${r.holmMisses.length}\n`);
  out.write(
    `re-test of the best-looking arm (${r.retest.id}) on ${r.retest.jobs} new jobs: ratio ` +
      `${r.retest.ratio.toFixed(3)} ${fmtInterval(r.retest.ci95)}\n`,
  );
  const pc = r.positiveControl;
  if (pc) {
    out.write(
      `positive control (the model trained within each job, SHA-256d cut to ${pc.rounds} rounds, ` +
        `${pc.zeroBits} zero bits): ${pc.hits} hits in ${pc.hashes} hashes, ratio to expected ` +
        `${pc.ratio.toFixed(2)} ${fmtInterval(pc.ci95)}\n`,
    );
  }
}

export async function runExperiment(argv: string[], io: CliIo): Promise<void> {
  // Case study 4 has its own options (command-experiment-swarm.ts).
  if (argv[0] === 'tuner' || argv[0] === 'swarm') return runTunerExperiment(argv, io);
  if (argv[0] === 'geometric') return runExperimentGeometric(argv.slice(1), io);
  if (argv[0] === 'oracle') return runExperimentOracle(argv.slice(1), io);
  if (argv[0] === 'improvement') return runExperimentImprovement(argv.slice(1), io);
  const { values, positionals } = parseCommandArgs('experiment', argv, {
    seed: { type: 'string' },
    budget: { type: 'string' },
    jobs: { type: 'string' },
    'zero-bits': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(EXPERIMENT_HELP);
    return;
  }
  expectPositionals('experiment', positionals, 1, 'strategies');
  if (positionals[0] !== 'strategies') {
    throw new UsageError(
      `experiment: unknown experiment '${positionals[0]}' (known: strategies, oracle, geometric, improvement, tuner)`,
    );
  }
  const seedText = values.seed ?? '1';
  if (seedText.length === 0 || seedText.length > 200) {
    throw new UsageError('experiment: --seed must be 1 to 200 characters');
  }
  const seed =
    /^\d+$/.test(seedText) && Number(seedText) <= 0xffffffff ? Number(seedText) : seedText;
  const budgetPerJob =
    values.budget === undefined
      ? 2048
      : parseWholeNumber('experiment', '--budget', values.budget, { min: 64, max: 65536 });
  const jobs =
    values.jobs === undefined
      ? 64
      : parseWholeNumber('experiment', '--jobs', values.jobs, { min: 4, max: 1024 });
  const zeroBits =
    values['zero-bits'] === undefined
      ? 8
      : parseWholeNumber('experiment', '--zero-bits', values['zero-bits'], { min: 4, max: 16 });
  const realNonces = realWinningNonces(parseHeaderFile(new Uint8Array(readFileSync(DATA_FILE))));
  const report = await runStrategyExperiment({ seed, budgetPerJob, jobs, zeroBits, realNonces });
  if (values.json) writeJson(io.stdout, report);
  else writeTable(io, report);
}
