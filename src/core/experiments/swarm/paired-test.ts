/**
 * The A/B test of the tuner: paired, interleaved slices and a stopping rule.
 *
 * Each pair is one slice of arm A (the incumbent) and one of arm B (the challenger), run back to
 * back in a seeded random order, so a drift in the machine's speed (this kind of machine drifts
 * by tens of percent between runs, and other programs load it) hits both arms of a pair alike.
 * The statistic is the mean of the paired differences d = rate(B) - rate(A) with a Student t
 * interval (quantile from @stdlib), and the same for log(rate(B) / rate(A)), whose interval,
 * exponentiated, bounds the ratio.
 *
 * Stopping rule: the test looks at the data only after 4, 6, 8, 12 and 16 pairs. Each look uses
 * level alpha / 5 (Bonferroni over the looks), so peeking five times still keeps the chance of
 * rolling out a change that is not faster at most alpha. It stops at the first look where the
 * ratio interval lies entirely above 1 (B is faster), entirely below 1 (A is faster), or inside
 * [1 - margin, 1 + margin] (no difference worth having); after 16 pairs it stops anyway and
 * keeps A.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Interval } from '../../stats/intervals';

export const LOOKS: readonly number[] = [4, 6, 8, 12, 16];
export const DEFAULT_ALPHA = 0.05;
/** Ratios within 3 % of 1 are not worth a roll-out. */
export const DEFAULT_MARGIN = 0.03;

export interface PairedSummary {
  pairs: number;
  /** Mean of rate(B) - rate(A), hashes per second, and its interval. */
  meanDifference: number;
  differenceInterval: Interval;
  /** exp(mean of log(rate(B) / rate(A))) and its interval. */
  ratio: number;
  ratioInterval: Interval;
  /** Two-sided level of these intervals (1 - alpha per look). */
  level: number;
}

export type Verdict = 'challenger' | 'incumbent' | 'equivalent' | 'undecided';

/** Mean and t interval of a sample (at least two values). */
export function tInterval(values: readonly number[], alpha: number): [number, Interval] {
  const n = values.length;
  if (n < 2) throw new RangeError('a t interval needs at least two values');
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  const half = tQuantile(1 - alpha / 2, n - 1) * Math.sqrt(variance / n);
  return [mean, [mean - half, mean + half]];
}

/** The paired summary of rates (hashes/s) of A and B, pair by pair, at level 1 - alpha. */
export function summarisePairs(
  ratesA: readonly number[],
  ratesB: readonly number[],
  alpha: number,
): PairedSummary {
  if (ratesA.length !== ratesB.length) throw new RangeError('both arms need the same pairs');
  if (ratesA.some((r) => !(r > 0)) || ratesB.some((r) => !(r > 0))) {
    throw new RangeError('every rate must be above 0');
  }
  const differences = ratesB.map((b, i) => b - ratesA[i]!);
  const logRatios = ratesB.map((b, i) => Math.log(b / ratesA[i]!));
  const [meanDifference, differenceInterval] = tInterval(differences, alpha);
  const [meanLog, [lowLog, highLog]] = tInterval(logRatios, alpha);
  return {
    pairs: ratesA.length,
    meanDifference,
    differenceInterval,
    ratio: Math.exp(meanLog),
    ratioInterval: [Math.exp(lowLog), Math.exp(highLog)],
    level: 1 - alpha,
  };
}

/** The verdict of one look at a summary. */
export function verdictOf(summary: PairedSummary, margin: number): Verdict {
  const [low, high] = summary.ratioInterval;
  if (low > 1) return 'challenger';
  if (high < 1) return 'incumbent';
  if (low >= 1 - margin && high <= 1 + margin) return 'equivalent';
  return 'undecided';
}

/** Per-look alpha of the stopping rule. */
export function lookAlpha(alpha = DEFAULT_ALPHA): number {
  return alpha / LOOKS.length;
}
