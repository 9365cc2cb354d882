/**
 * The predictor put to the harness: the existing "real winners' ranges" strategy
 * (experiments/strategies.ts), trained on the winning nonces of earlier real blocks, hashes
 * real held-out headers (each with every nonce it proposes) against the sequential scan with the
 * same budget. Whatever its coverage of real winners, its hits per hash should match the
 * sequential scan's: the ratio's interval should contain 1.
 */
import { runHarness, type ArmResult, type HarnessHooks } from '../experiments/harness';
import { builtInStrategy } from '../experiments/strategies';
import { createRandom, type Seed } from '../random';

export interface PredictorTestOptions {
  seed: Seed;
  trainNonces: ArrayLike<number>;
  /** Held-out real headers: the jobs. */
  jobHeaders: readonly Uint8Array[];
  budgetPerJob: number;
  zeroBits: number;
}

export interface PredictorTestResult {
  seed: Seed;
  jobs: number;
  budgetPerJob: number;
  zeroBits: number;
  sequential: ArmResult;
  realRanges: ArmResult;
}

export async function runPredictorTest(
  options: PredictorTestOptions,
  hooks: HarnessHooks = {},
): Promise<PredictorTestResult> {
  const result = await runHarness(
    {
      jobs: options.jobHeaders,
      zeroBits: options.zeroBits,
      budgetPerJob: options.budgetPerJob,
      random: createRandom(options.seed).derive('real-ranges'),
    },
    [builtInStrategy('realRanges', options.trainNonces)],
    hooks,
  );
  return {
    seed: options.seed,
    jobs: result.jobs,
    budgetPerJob: result.budgetPerJob,
    zeroBits: result.zeroBits,
    sequential: result.sequential,
    realRanges: result.arms[0]!,
  };
}

/** Up to `count` headers evenly spread over `headers` (deterministic: first, ..., last). */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(items[Math.floor((i * items.length) / count)]!);
  return out;
}
