/**
 * Observed tries-to-success against the geometric law, ready to draw: equal-width bins with the
 * observed count, the count the geometric law expects (n * P(bin)) and a 95% band around that
 * expectation (binomial, normal approximation, clipped at 0); and the empirical CDF as steps.
 */
import { geometricCdf } from './geometric';

export interface TriesBin {
  /** The bin holds tries in (x0, x1]. */
  x0: number;
  x1: number;
  observed: number;
  expected: number;
  /** 95% range of the count under the geometric law (expected +- 1.96 sd, at least 0). */
  expectedLow: number;
  expectedHigh: number;
}

/**
 * Bins tries into `binCount` bins of equal width covering (0, maxTries]; tries above maxTries
 * are counted in `beyond` (with their expected count) so that nothing silently disappears.
 */
export function binTries(
  tries: readonly number[],
  p: number,
  binCount: number,
  maxTries: number,
): { bins: TriesBin[]; beyond: { observed: number; expected: number } } {
  if (!Number.isInteger(binCount) || binCount < 1) throw new RangeError('binCount must be >= 1');
  if (!(maxTries > 0)) throw new RangeError('maxTries must be > 0');
  const n = tries.length;
  const width = maxTries / binCount;
  const counts = new Array<number>(binCount).fill(0);
  let beyondObserved = 0;
  for (const value of tries) {
    if (value > maxTries) beyondObserved++;
    else counts[Math.min(binCount - 1, Math.max(0, Math.ceil(value / width) - 1))]!++;
  }
  const bins = counts.map((observed, i) => {
    const x0 = i * width;
    const x1 = (i + 1) * width;
    const probability = geometricCdf(Math.floor(x1), p) - geometricCdf(Math.floor(x0), p);
    const expected = n * probability;
    const sd = Math.sqrt(n * probability * (1 - probability));
    return {
      x0,
      x1,
      observed,
      expected,
      expectedLow: Math.max(0, expected - 1.96 * sd),
      expectedHigh: expected + 1.96 * sd,
    };
  });
  return {
    bins,
    beyond: { observed: beyondObserved, expected: n * (1 - geometricCdf(maxTries, p)) },
  };
}

/** The empirical CDF as (x, fraction of samples <= x), one point per distinct sorted value. */
export function empiricalCdf(tries: readonly number[]): { x: number; y: number }[] {
  const sorted = [...tries].sort((a, b) => a - b);
  const points: { x: number; y: number }[] = [];
  sorted.forEach((value, i) => {
    const last = points[points.length - 1];
    if (last && last.x === value) last.y = (i + 1) / sorted.length;
    else points.push({ x: value, y: (i + 1) / sorted.length });
  });
  return points;
}
