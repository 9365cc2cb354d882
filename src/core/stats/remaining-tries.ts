/**
 * Memorylessness measured on real data: "after N misses, how many more tries until success?"
 *
 * From observed tries-to-success samples, keep the races that had already missed N times
 * (tries > N) and look at what they still needed (tries - N). For a geometric law the answer
 * has the same distribution as a fresh race, so its mean is still 1/p whatever N is: a block is
 * never "due". The interval is meanTriesInterval's exact chi-square interval.
 */
import { meanTriesInterval, type MeanInterval } from './geometric';

/** What the races that survived N misses still needed. */
export interface RemainingTries {
  /** The misses already behind them. */
  misses: number;
  /** How many of the races got that far without a success. */
  survivors: number;
  /** All races considered. */
  total: number;
  /** The mean of (tries - misses) over the survivors with its interval; null with no survivor. */
  remaining: MeanInterval | null;
}

/**
 * Remaining tries after `misses` misses, from observed tries-to-success.
 * @throws RangeError when misses is not a whole number >= 0
 */
export function remainingTriesAfter(
  tries: readonly number[],
  misses: number,
  level = 0.95,
): RemainingTries {
  if (!Number.isInteger(misses) || misses < 0) {
    throw new RangeError(`misses must be a whole number >= 0, got ${misses}`);
  }
  const left = tries.filter((value) => value > misses).map((value) => value - misses);
  return {
    misses,
    survivors: left.length,
    total: tries.length,
    remaining: left.length > 0 ? meanTriesInterval(left, level) : null,
  };
}
