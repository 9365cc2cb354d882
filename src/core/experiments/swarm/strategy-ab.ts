/**
 * The tuner's A/B discipline turned on nonce strategies: the same jobs for both arms (paired),
 * the same decision rule (roll out only if the interval lies entirely above 1), but the metric
 * is hits per hash instead of hashes per second. Both arms run through the project's harness on
 * fresh seeded jobs with real SHA-256d; the ratio's interval is the harness's exact one.
 */
import { makeJobHeaders } from '../experiment-jobs';
import { runHarness, type HarnessHooks } from '../harness';
import { builtInStrategy, BASIC_STRATEGY_IDS, type BuiltInStrategyId } from '../strategies';
import type { Random } from '../../random';
import type { Interval } from '../../stats/intervals';

/** The challengers the page offers (all but 'realRanges', which needs the real-data file). */
export const AB_STRATEGY_IDS = BASIC_STRATEGY_IDS.filter((id) => id !== 'realRanges');

export interface StrategyAbOptions {
  random: Random;
  challenger: BuiltInStrategyId;
  jobs: number;
  budgetPerJob: number;
  zeroBits: number;
}

export interface StrategyAbReport {
  challenger: string;
  jobs: number;
  budgetPerJob: number;
  zeroBits: number;
  sequentialHits: number;
  challengerHits: number;
  hashesPerArm: number;
  /** Challenger's hits per hash over sequential's. */
  ratio: number;
  ci95: Interval;
  pValue: number;
  rollOut: boolean;
}

export async function runStrategyAb(
  options: StrategyAbOptions,
  hooks: HarnessHooks = {},
): Promise<StrategyAbReport> {
  const { random, challenger, jobs, budgetPerJob, zeroBits } = options;
  const result = await runHarness(
    {
      jobs: makeJobHeaders(random.derive('strategy-ab-jobs'), jobs),
      zeroBits,
      budgetPerJob,
      random: random.derive('strategy-ab-arms'),
    },
    [builtInStrategy(challenger)],
    hooks,
  );
  const arm = result.arms[0]!;
  return {
    challenger,
    jobs,
    budgetPerJob,
    zeroBits,
    sequentialHits: result.sequential.hits,
    challengerHits: arm.hits,
    hashesPerArm: arm.hashes,
    ratio: arm.vsSequential.ratio,
    ci95: arm.vsSequential.ci,
    pValue: arm.vsSequential.pValue,
    rollOut: arm.vsSequential.ci[0] > 1,
  };
}
