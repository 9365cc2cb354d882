/**
 * "The nonce oracle" (case study 1, docs/case-studies.md §1), the whole experiment in one
 * function so that the CLI (`nonce-sense experiment oracle`) and the page's worker compute the
 * same numbers from the same seed:
 *
 * 1. the quality filters on random nonces (pass rates at 0.75, every reading of the rewrite);
 * 2. the threshold lowered until some pass: hits per hash against sequential, and the effective
 *    hashes per second once the filter's own cost is paid;
 * 3. the forest predictor trained honestly and tested on held-out jobs (ratio and AUC), the
 *    leakage demo (how "92%" gets printed) and the one-model-one-plain alternation;
 * 4. the range bandit, the softmax-bin generator and the retraining loop against sequential;
 * 5. the positive control: the same forest, within each job, against SHA-256d cut to 4 rounds.
 *
 * Real SHA-256d stands in for RandomX: both are treated as random functions of their input,
 * and the statistics of "hits per hash" are the same for any hash that behaves like one.
 */
import { createRandom, type Seed } from '../../random';
import type { HarnessHooks } from '../harness';
import {
  filterPassRates,
  thresholdSweep,
  type FilterPassRates,
  type ThresholdSweep,
} from './filter-experiment';
import { runForestControl, type ForestControlReport } from './forest-control';
import { runGenerator, type GeneratorArmReport } from './generators';
import { runPredictorExperiment, type PredictorReport } from './predictor-experiment';

export interface OracleExperimentOptions {
  seed: Seed;
  /** Share target in leading zero bits (default 6: p = 1/64). */
  zeroBits?: number;
  /** A clock in ms for the throughput measurement (core has none). */
  now: () => number;
  /** Held-out jobs for the predictor (default 64). */
  evaluationJobs?: number;
}

export interface OracleExperimentReport {
  seed: Seed;
  hash: 'SHA-256d';
  zeroBits: number;
  p: number;
  filters: FilterPassRates;
  thresholdSweep: ThresholdSweep;
  predictor: PredictorReport;
  generators: GeneratorArmReport[];
  positiveControl: ForestControlReport;
}

/** Sizes of each phase (the page quotes them). */
export const ORACLE_SIZES = {
  filterSamples: 20_000,
  sweep: { jobs: 24, budgetPerJob: 256 },
  bandit: { jobs: 32, budgetPerJob: 1024, chunk: 64 },
  retraining: { jobs: 20, budgetPerJob: 500, chunk: 500 },
};

/** The phases in order, for progress labels. */
export const ORACLE_PHASES = [
  'filters',
  'sweep',
  'predictor',
  'rangeBandit',
  'softmaxBins',
  'retrainingLoop',
  'positiveControl',
] as const;
export type OraclePhase = (typeof ORACLE_PHASES)[number];

export interface OracleHooks {
  /** After each job of each phase; may await (pause, stop). */
  checkpoint?: (phase: OraclePhase, done: number, total: number) => void | Promise<void>;
}

/** Runs the whole experiment. */
export async function runOracleExperiment(
  options: OracleExperimentOptions,
  hooks: OracleHooks = {},
): Promise<OracleExperimentReport> {
  const zeroBits = options.zeroBits ?? 6;
  if (!Number.isInteger(zeroBits) || zeroBits < 2 || zeroBits > 12) {
    throw new RangeError(`zero bits must be from 2 to 12, got ${zeroBits}`);
  }
  const root = createRandom(options.seed);
  const phase = (name: OraclePhase): HarnessHooks => ({
    checkpoint: (done, total) => hooks.checkpoint?.(name, done, total),
  });
  const filters = filterPassRates(root.derive('filter-samples'), ORACLE_SIZES.filterSamples);
  await hooks.checkpoint?.('filters', 1, 1);
  const sweep = await thresholdSweep(
    { random: root.derive('sweep'), zeroBits, now: options.now, ...ORACLE_SIZES.sweep },
    phase('sweep'),
  );
  const predictor = await runPredictorExperiment(
    {
      random: root.derive('predictor'),
      zeroBits,
      evaluationJobs: options.evaluationJobs ?? 64,
    },
    phase('predictor'),
  );
  const generators: GeneratorArmReport[] = [];
  for (const id of ['rangeBandit', 'softmaxBins', 'retrainingLoop'] as const) {
    const sizes = id === 'retrainingLoop' ? ORACLE_SIZES.retraining : ORACLE_SIZES.bandit;
    generators.push(
      await runGenerator({ random: root.derive(id), zeroBits, id, ...sizes }, phase(id)),
    );
  }
  const positiveControl = await runForestControl(root.derive('control'), phase('positiveControl'));
  return {
    seed: options.seed,
    hash: 'SHA-256d',
    zeroBits,
    p: 2 ** -zeroBits,
    filters,
    thresholdSweep: sweep,
    predictor,
    generators,
    positiveControl,
  };
}
