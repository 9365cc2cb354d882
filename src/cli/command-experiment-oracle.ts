/**
 * `nonce-sense experiment oracle`: case study 1, "The nonce oracle", from the command line. The
 * quality filters on random nonces, the threshold lowered until some pass, the forest predictor
 * trained honestly and tested on held-out jobs (ratio and AUC), the leakage demo, the bandit,
 * softmax and retraining generators, and the positive control with the same forest. The same
 * seed gives the same numbers as the page (`now` only feeds the hashes-per-second figures).
 */
import { performance } from 'node:perf_hooks';
import {
  runOracleExperiment,
  type OracleExperimentReport,
} from '../core/experiments/oracle/oracle-experiment';
import type { Interval } from '../core/stats/intervals';
import { expectPositionals, parseCommandArgs, parseWholeNumber } from './args';
import { formatCount, writeJson, type CliIo } from './output';
import { UsageError } from './usage-error';

export const EXPERIMENT_ORACLE_HELP = `Usage: nonce-sense experiment oracle [--seed S] [--zero-bits B] [--jobs J] [--json]

Tests the "nonce oracle" design (case study 1) with real SHA-256d in place of RandomX:
its quality filters (pass rate at the 0.75 threshold, and what lowering it costs), its
random-forest predictor trained on real labels and tested on held-out jobs (hits per
hash against a sequential scan, and AUC, with 95% intervals), how a "precision" of
about 100% gets printed (scoring on the training rows), its bandit, softmax and
retraining generators, and a positive control: the same forest against SHA-256d cut
to 4 rounds, trained and tested within each job.

Options:
  --seed S        seed (a whole number or any text; default 1)
  --zero-bits B   share target in leading zero bits, 4 to 10 (default 6)
  --jobs J        held-out jobs for the predictor, 16 to 256 (default 64)
  --json          print one JSON object
  -h, --help      show this help
`;

/** The report with intervals as `ci95: [low, high]`, as the JSON prints it. */
export type OracleJson = OracleExperimentReport;

const fmt = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : 'inf');
const fmtCi = (ci: Interval | null) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '-');
const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

function writeTable(io: CliIo, r: OracleExperimentReport): void {
  const out = io.stdout;
  const f = r.filters;
  out.write(
    `The nonce oracle, SHA-256d in place of RandomX, share target ${r.zeroBits} zero bits ` +
      `(p = 1/${formatCount(1 / r.p)}), seed ${String(r.seed)}\n\n`,
  );
  out.write(
    `quality filters on ${formatCount(f.samples)} random nonces, threshold ${f.threshold}:\n`,
  );
  out.write(
    `  original   pass ${pct(f.original.passRate)}, best score ${fmt(f.original.bestScore)}\n`,
  );
  for (const w of f.rewrite) {
    out.write(
      `  rewrite (${w.reading.bitEntropy}, ${w.reading.pattern})`.padEnd(34) +
        `pass ${pct(w.passRate)}, best score ${fmt(w.bestScore)}\n`,
    );
  }
  out.write(`  ethical    pass ${pct(f.ethical.passRate)}\n\n`);
  const s = r.thresholdSweep;
  out.write(
    `threshold lowered (${s.jobs} jobs, ${s.budgetPerJob} hashes per job; this machine: ` +
      `${formatCount(s.hashesPerSec)} hashes/s, ${formatCount(s.scoresPerSec)} scores/s):\n`,
  );
  for (const a of s.arms) {
    out.write(
      `  >= ${a.threshold.toFixed(2)}  pass ${pct(a.passFraction).padStart(6)}  ratio ` +
        `${a.ratio === null ? '-' : fmt(a.ratio)} ${fmtCi(a.ci95)}  effective ` +
        `${formatCount(a.effectiveHashesPerSec)} hashes/s\n`,
    );
  }
  const p = r.predictor;
  out.write(
    `\nforest (${p.trees} trees, ${formatCount(p.trainingRows)} rows from ${p.trainingJobs} training jobs, ` +
      `${p.distinctFeatureVectors} distinct feature vectors), top ${p.topK} of 0..9999 on ${p.evaluationJobs} held-out jobs:\n`,
  );
  out.write(
    `  ${p.hits} hits vs sequential ${p.sequentialHits}: ratio ${fmt(p.ratio)} ${fmtCi(p.ci95)}; ` +
      `AUC ${fmt(p.auc)} ${fmtCi(p.aucCi95)}\n`,
  );
  const l = p.leakage;
  out.write(
    `  "precision" printed: fake labels on training rows ${pct(l.fakeLabelsOnTrainingRows.precision)}, ` +
      `memorising model on training rows ${pct(l.memorisedOnTrainingRows.precision)}, ` +
      `on held-out rows ${pct(l.memorisedOnHeldOutRows.precision)}\n`,
  );
  out.write(
    `  alternation model/plain: ${p.alternation.modelHits} vs ${p.alternation.plainHits} hits, ` +
      `ratio ${fmt(p.alternation.ratio)} ${fmtCi(p.alternation.ci95)}\n\n`,
  );
  for (const g of r.generators) {
    out.write(
      `${g.id.padEnd(16)}${String(g.hits).padStart(5)} hits in ${formatCount(g.hashes)} hashes, ` +
        `ratio ${fmt(g.ratio)} ${fmtCi(g.ci95)}\n`,
    );
  }
  const c = r.positiveControl;
  out.write(
    `\npositive control (the same forest within each job, SHA-256d cut to ${c.rounds} rounds, ` +
      `${c.zeroBits} zero bits): ${c.hits} hits, ${fmt(c.expectedHits, 0)} expected, ratio ` +
      `${fmt(c.ratio, 2)} ${fmtCi(c.ci95)}\n`,
  );
}

/** `experiment oracle` (argv after the word "oracle"). */
export async function runExperimentOracle(argv: string[], io: CliIo): Promise<void> {
  const command = 'experiment oracle';
  const { values, positionals } = parseCommandArgs(command, argv, {
    seed: { type: 'string' },
    'zero-bits': { type: 'string' },
    jobs: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(EXPERIMENT_ORACLE_HELP);
    return;
  }
  expectPositionals(command, positionals, 0, 'nothing');
  const seedText = values.seed ?? '1';
  if (seedText.length === 0 || seedText.length > 200) {
    throw new UsageError(`${command}: --seed must be 1 to 200 characters`);
  }
  const seed =
    /^\d+$/.test(seedText) && Number(seedText) <= 0xffffffff ? Number(seedText) : seedText;
  const zeroBits =
    values['zero-bits'] === undefined
      ? 6
      : parseWholeNumber(command, '--zero-bits', values['zero-bits'], { min: 4, max: 10 });
  const evaluationJobs =
    values.jobs === undefined
      ? 64
      : parseWholeNumber(command, '--jobs', values.jobs, { min: 16, max: 256 });
  const report = await runOracleExperiment({
    seed,
    zeroBits,
    evaluationJobs,
    now: () => performance.now(),
  });
  if (values.json) writeJson(io.stdout, report);
  else writeTable(io, report);
}
