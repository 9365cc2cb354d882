/**
 * Summaries of integer-valued histograms (counts[v] = how many times value v occurred) and the
 * Wilson score interval for a proportion.
 */

export interface HistogramMoments {
  total: number;
  mean: number;
  /** Sample standard deviation (n - 1 in the denominator); 0 for fewer than 2 values. */
  sd: number;
  /** Standard error of the mean, sd / sqrt(total). */
  standardError: number;
}

/** Count, mean, sample SD and standard error of the values a histogram counts. */
export function histogramMoments(counts: ArrayLike<number>): HistogramMoments {
  let total = 0;
  let sum = 0;
  for (let v = 0; v < counts.length; v++) {
    total += counts[v]!;
    sum += v * counts[v]!;
  }
  const mean = total > 0 ? sum / total : 0;
  let squares = 0;
  for (let v = 0; v < counts.length; v++) squares += counts[v]! * (v - mean) ** 2;
  const sd = total > 1 ? Math.sqrt(squares / (total - 1)) : 0;
  return { total, mean, sd, standardError: total > 0 ? sd / Math.sqrt(total) : 0 };
}

/**
 * Wilson score interval for a proportion of `successes` in `trials` (Wilson, JASA 1927);
 * z = 1.96 gives 95 %. Stays inside [0, 1] and behaves at 0 and n successes.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.96): [number, number] {
  if (trials <= 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half =
    (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
