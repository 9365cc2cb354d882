/**
 * Pearson's chi-square goodness-of-fit test: do observed counts fit expected counts?
 *
 * statistic = sum (observed - expected)^2 / expected; under the hypothesis it follows a
 * chi-square distribution with (bins - 1) degrees of freedom, and the p-value is the chance
 * of a statistic at least this large: 1 - CDF. Bins whose expected count is below
 * `minExpected` (Cochran's rule of thumb: 5) are merged into their neighbour first, from the
 * end of the list, because the approximation is poor for small expected counts.
 * CDF: @stdlib/stats-base-dists-chisquare-cdf (regularised lower incomplete gamma).
 */
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';

export interface ChiSquareResult {
  statistic: number;
  degreesOfFreedom: number;
  /** P(chi-square >= statistic) under the hypothesis; in [0, 1]. */
  pValue: number;
  /** Number of bins after merging. */
  bins: number;
}

/**
 * Merges adjacent bins (from the last towards the first) until every expected count is at least
 * `minExpected`. Returns the merged observed and expected lists.
 */
export function mergeSmallBins(
  observed: readonly number[],
  expected: readonly number[],
  minExpected: number,
): { observed: number[]; expected: number[] } {
  const outObserved: number[] = [];
  const outExpected: number[] = [];
  let carryObserved = 0;
  let carryExpected = 0;
  for (let i = expected.length - 1; i >= 0; i--) {
    carryObserved += observed[i]!;
    carryExpected += expected[i]!;
    if (carryExpected >= minExpected) {
      outObserved.unshift(carryObserved);
      outExpected.unshift(carryExpected);
      carryObserved = 0;
      carryExpected = 0;
    }
  }
  if (carryExpected > 0 || carryObserved > 0) {
    if (outExpected.length === 0) {
      outObserved.push(carryObserved);
      outExpected.push(carryExpected);
    } else {
      outObserved[0]! += carryObserved;
      outExpected[0]! += carryExpected;
    }
  }
  return { observed: outObserved, expected: outExpected };
}

/**
 * Chi-square goodness of fit of `observed` to `expected` (same length, same total).
 * @throws RangeError when the lengths differ or fewer than 2 bins remain after merging
 */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  expected: readonly number[],
  minExpected = 5,
): ChiSquareResult {
  if (observed.length !== expected.length) {
    throw new RangeError(`observed has ${observed.length} bins, expected ${expected.length}`);
  }
  const merged = mergeSmallBins(observed, expected, minExpected);
  const bins = merged.expected.length;
  if (bins < 2) throw new RangeError('a goodness-of-fit test needs at least 2 bins');
  let statistic = 0;
  for (let i = 0; i < bins; i++) {
    const e = merged.expected[i]!;
    const diff = merged.observed[i]! - e;
    statistic += (diff * diff) / e;
  }
  const degreesOfFreedom = bins - 1;
  const pValue = Math.min(1, Math.max(0, 1 - chisquareCdf(statistic, degreesOfFreedom)));
  return { statistic, degreesOfFreedom, pValue, bins };
}
