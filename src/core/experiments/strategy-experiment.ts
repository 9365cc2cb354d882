/**
 * "Can any strategy beat the sequential scan?": the built-in strategies and a learned model on
 * fresh jobs with real SHA-256d, a family-wise correction, a re-test of the best-looking arm on
 * new jobs, and the positive control (the same model, trained within each job, against SHA-256d
 * cut to 4 rounds). One function, so that the CLI and the page's worker compute the same
 * numbers from the same seed.
 *
 * What to expect: every arm's ratio to sequential is close to 1. Tested at the 5% level, about
 * one arm in twenty misses 1 by chance; its Holm-adjusted interval contains 1, and on fresh jobs
 * it falls back. The positive control's ratio to the expected hits is far above 1: the pipeline
 * can detect a real signal when there is one.
 */
import { createRandom, type Seed } from '../random';
import { rateRatio, type Interval } from '../stats/intervals';
import { adjustedAlphas, adjustPValues } from '../stats/multiple-comparisons';
import { makeJobHeaders } from './experiment-jobs';
import { runHarness, type ArmResult, type HarnessHooks, type Strategy } from './harness';
import { learnedStrategy, withinJobModelStrategy } from './learned-strategy';
import { builtInStrategy, TOURNAMENT_STRATEGY_IDS } from './strategies';

export interface StrategyExperimentOptions {
  seed: Seed;
  /** Hashes per arm per job (default 2,048). */
  budgetPerJob?: number;
  /** Evaluation jobs (default 64). */
  jobs?: number;
  /** Target in leading zero bits (default 8: p = 1/256). */
  zeroBits?: number;
  /** Real winning nonces, for the "real winners' ranges" strategy. */
  realNonces?: ArrayLike<number>;
  /** Which arms (default: all 20). */
  strategyIds?: readonly string[];
  /** Skip the positive control (default false). */
  skipPositiveControl?: boolean;
}

/** An arm as reported: the harness numbers plus the corrected interval. */
export interface ReportedArm {
  id: string;
  hashes: number;
  hits: number;
  hitsPerHash: number;
  /** Ratio of hits per hash to the sequential scan's. */
  ratio: number;
  ci95: Interval;
  pValue: number;
  holmPValue: number;
  /** The ratio's interval at the arm's Holm level (see multiple-comparisons.ts). */
  ci95Holm: Interval;
  /** Ratio to the expected hits, hashes p. */
  ratioToExpected: number;
  ci95ToExpected: Interval;
  ownWorkHashes: number;
  /** Hits per unit of work (hashes + own hashes) against sequential's hits per hash. */
  workRatio: number;
}

export interface PositiveControlReport {
  id: string;
  rounds: number;
  zeroBits: number;
  jobs: number;
  trainingNoncesPerJob: number;
  hashes: number;
  hits: number;
  hitsPerHash: number;
  /** Against the known p (sequential is all-or-nothing at 4 rounds: see the docblock). */
  baseline: 'expected';
  ratio: number;
  ci95: Interval;
  pValue: number;
  sequentialHits: number;
  sequentialHashes: number;
  ownWorkHashes: number;
}

export interface StrategyExperimentReport {
  seed: Seed;
  hash: 'SHA-256d';
  zeroBits: number;
  p: number;
  jobs: number;
  budgetPerJob: number;
  sequential: { hashes: number; hits: number; hitsPerHash: number };
  arms: ReportedArm[];
  /** Arms whose unadjusted interval excludes 1 (about 1 in 20 by chance). */
  unadjustedMisses: string[];
  /** Arms whose Holm-adjusted interval excludes 1. */
  holmMisses: string[];
  /** The arm with the highest ratio, re-tested against sequential on fresh jobs. */
  retest: {
    id: string;
    jobs: number;
    ratio: number;
    ci95: Interval;
    pValue: number;
    hits: number;
    sequentialHits: number;
  };
  positiveControl: PositiveControlReport | null;
}

/** The arm ids of the full tournament: 19 built-in strategies and the learned model. */
export const ALL_ARM_IDS: readonly string[] = [...TOURNAMENT_STRATEGY_IDS, 'learnedModel'];

/** Settings of the positive control (measured: ratio about 4 here, see the tests). */
export const POSITIVE_CONTROL = {
  rounds: 4,
  zeroBits: 4,
  jobs: 16,
  trainingNoncesPerJob: 1024,
  budgetPerJob: 256,
};

function buildStrategies(
  ids: readonly string[],
  seed: Seed,
  zeroBits: number,
  real: ArrayLike<number>,
): Strategy[] {
  const base = createRandom(seed);
  return ids.map((id) => {
    if (id === 'learnedModel') {
      return learnedStrategy({
        trainingJobs: makeJobHeaders(base.derive('training-jobs'), 4),
        noncesPerTrainingJob: 2048,
        zeroBits,
        random: base.derive('training-nonces'),
      });
    }
    if (!(TOURNAMENT_STRATEGY_IDS as readonly string[]).includes(id)) {
      throw new RangeError(`unknown strategy "${id}"`);
    }
    return builtInStrategy(id as (typeof TOURNAMENT_STRATEGY_IDS)[number], real);
  });
}

function report(
  arm: ArmResult,
  holmP: number,
  holmAlpha: number,
  seqHits: number,
  seqHashes: number,
): ReportedArm {
  return {
    id: arm.id,
    hashes: arm.hashes,
    hits: arm.hits,
    hitsPerHash: arm.hitsPerHash,
    ratio: arm.vsSequential.ratio,
    ci95: arm.vsSequential.ci,
    pValue: arm.vsSequential.pValue,
    holmPValue: holmP,
    ci95Holm: rateRatio(arm.hits, Math.max(1, arm.hashes), seqHits, seqHashes, holmAlpha).ci,
    ratioToExpected: arm.vsExpected.ratio,
    ci95ToExpected: arm.vsExpected.ci,
    ownWorkHashes: arm.ownWorkHashes,
    workRatio: arm.workRatio,
  };
}

const excludesOne = ([low, high]: Interval) => low > 1 || high < 1;

/** Runs the whole experiment. `hooks.checkpoint` sees the jobs of every phase, in order. */
export async function runStrategyExperiment(
  options: StrategyExperimentOptions,
  hooks: HarnessHooks = {},
): Promise<StrategyExperimentReport> {
  const zeroBits = options.zeroBits ?? 8;
  const budgetPerJob = options.budgetPerJob ?? 2048;
  const jobCount = options.jobs ?? 64;
  const ids = options.strategyIds ?? ALL_ARM_IDS;
  const real = options.realNonces ?? [];
  const root = createRandom(options.seed);
  const retestJobs = jobCount;
  const controlJobs = options.skipPositiveControl ? 0 : POSITIVE_CONTROL.jobs;
  const totalJobs = jobCount + retestJobs + controlJobs;
  let offset = 0;
  const phase: HarnessHooks = {
    checkpoint: (done) => hooks.checkpoint?.(offset + done, totalJobs),
  };

  const strategies = buildStrategies(ids, options.seed, zeroBits, real);
  const main = await runHarness(
    {
      jobs: makeJobHeaders(root.derive('evaluation-jobs'), jobCount),
      zeroBits,
      budgetPerJob,
      random: root.derive('arms'),
    },
    strategies,
    phase,
  );
  offset += jobCount;
  const seq = main.sequential;
  const pValues = main.arms.map((a) => a.vsSequential.pValue);
  const holmP = adjustPValues(pValues, 'holm');
  const holmAlpha = adjustedAlphas(pValues, 'holm');
  const arms = main.arms.map((a, i) => report(a, holmP[i]!, holmAlpha[i]!, seq.hits, seq.hashes));

  // Re-test the best-looking arm on fresh jobs: a chance winner falls back.
  const bestIndex = arms.reduce((b, a, i) => (a.ratio > arms[b]!.ratio ? i : b), 0);
  const bestId = arms[bestIndex]!.id;
  const again = await runHarness(
    {
      jobs: makeJobHeaders(root.derive('retest-jobs'), retestJobs),
      zeroBits,
      budgetPerJob,
      random: root.derive('retest-arms'),
    },
    buildStrategies([bestId], options.seed, zeroBits, real),
    phase,
  );
  offset += retestJobs;
  const retestArm = again.arms[0]!;

  let positiveControl: PositiveControlReport | null = null;
  if (!options.skipPositiveControl) {
    const pc = POSITIVE_CONTROL;
    const control = await runHarness(
      {
        jobs: makeJobHeaders(root.derive('control-jobs'), pc.jobs),
        zeroBits: pc.zeroBits,
        budgetPerJob: pc.budgetPerJob,
        rounds: pc.rounds,
        random: root.derive('control-arms'),
      },
      [withinJobModelStrategy(pc.trainingNoncesPerJob)],
      phase,
    );
    const arm = control.arms[0]!;
    positiveControl = {
      id: arm.id,
      rounds: pc.rounds,
      zeroBits: pc.zeroBits,
      jobs: pc.jobs,
      trainingNoncesPerJob: pc.trainingNoncesPerJob,
      hashes: arm.hashes,
      hits: arm.hits,
      hitsPerHash: arm.hitsPerHash,
      baseline: 'expected',
      ratio: arm.vsExpected.ratio,
      ci95: arm.vsExpected.ci,
      pValue: arm.vsExpected.pValue,
      sequentialHits: control.sequential.hits,
      sequentialHashes: control.sequential.hashes,
      ownWorkHashes: arm.ownWorkHashes,
    };
  }

  return {
    seed: options.seed,
    hash: 'SHA-256d',
    zeroBits,
    p: main.p,
    jobs: jobCount,
    budgetPerJob,
    sequential: { hashes: seq.hashes, hits: seq.hits, hitsPerHash: seq.hitsPerHash },
    arms,
    unadjustedMisses: arms.filter((a) => excludesOne(a.ci95)).map((a) => a.id),
    holmMisses: arms.filter((a) => excludesOne(a.ci95Holm)).map((a) => a.id),
    retest: {
      id: bestId,
      jobs: retestJobs,
      ratio: retestArm.vsSequential.ratio,
      ci95: retestArm.vsSequential.ci,
      pValue: retestArm.vsSequential.pValue,
      hits: retestArm.hits,
      sequentialHits: again.sequential.hits,
    },
    positiveControl,
  };
}
