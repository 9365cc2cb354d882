/**
 * Corrections for testing many strategies at once. With 20 strategies tested at the 5% level,
 * about one "wins" by chance alone; a family-wise correction keeps the chance of any false win
 * at 5%.
 *
 * Adjusted p-values come from stdlib's `padjust` (Holm's step-down method, S. Holm, Scand. J.
 * Statist. 6 (1979), and Bonferroni). Holm-adjusted interval levels: the arm with the i-th
 * smallest p-value (i = 1..m) gets the level 1 - alpha / (m - i + 1), and once an arm is not
 * rejected every later arm keeps that arm's level. This makes each interval agree with its
 * Holm decision (an interval excludes 1 exactly when Holm rejects, up to the test's and the
 * interval's own small differences); Bonferroni intervals (level 1 - alpha / m for all) are the
 * simultaneous ones.
 */
import padjust from '@stdlib/stats-padjust';

export type Correction = 'holm' | 'bonferroni';

/** Adjusted p-values, in the order given. */
export function adjustPValues(pValues: readonly number[], method: Correction): number[] {
  if (pValues.length === 0) return [];
  return padjust([...pValues], method);
}

/**
 * The per-arm alpha that Holm's procedure (or Bonferroni's) uses for each p-value, in the order
 * given: build each arm's adjusted interval at level 1 - alpha_i.
 */
export function adjustedAlphas(
  pValues: readonly number[],
  method: Correction,
  alpha = 0.05,
): number[] {
  const m = pValues.length;
  if (method === 'bonferroni') return pValues.map(() => alpha / m);
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]!);
  const out = new Array<number>(m);
  let stopped = false;
  let level = alpha / m;
  order.forEach((arm, rank) => {
    if (!stopped) {
      level = alpha / (m - rank);
      if (pValues[arm]! > level) stopped = true;
    }
    out[arm] = level;
  });
  return out;
}
