/**
 * The geometric distribution of "tries until the first success", the law of mining luck.
 *
 * Each hash meets the target independently with probability p, so the number of tries K until
 * the first success (the success included) has P(K = k) = (1 - p)^(k - 1) p for k = 1, 2, ...,
 * mean 1/p and variance (1 - p)/p^2 (any probability textbook, e.g. Feller, "An Introduction to
 * Probability Theory and Its Applications", vol. 1, XI.2 and XIII.9). It is memoryless:
 * P(K > n + m | K > n) = P(K > m).
 *
 * Precision: the pmf and cdf go through log1p/expm1, so p = 2^-40 is as accurate as p = 1/2.
 *
 * The interval for the mean (`meanTriesInterval`) treats tries as exponential, which the
 * geometric law becomes when p is small: K = ceil(E / -ln(1 - p)) for an exponential E, so the
 * two differ by less than one try, negligible next to 1/p >= 4,096 in this app's races. For n
 * exponential samples with sum S and mean mu, 2S/mu is chi-square with 2n degrees of freedom,
 * which gives the exact interval [2S / q(1 - a/2), 2S / q(a/2)] with q the chi-square quantile
 * (e.g. Johnson, Kotz and Balakrishnan, "Continuous Univariate Distributions", vol. 1, ch. 19).
 * Unlike "mean +- 1.96 standard errors", it is right-skewed as the sampling law of the mean is,
 * and it stays honest for a handful of races.
 */
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';

function assertProbability(p: number): void {
  if (!(p > 0 && p <= 1)) throw new RangeError(`p must be in (0, 1], got ${p}`);
}

function assertTries(k: number): void {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`tries must be a whole number >= 0`);
}

/** P(K = k): the chance that the k-th try is the first success (0 for k = 0). */
export function geometricPmf(k: number, p: number): number {
  assertProbability(p);
  assertTries(k);
  if (k === 0) return 0;
  if (p === 1) return k === 1 ? 1 : 0;
  return p * Math.exp((k - 1) * Math.log1p(-p));
}

/** P(K <= k) = 1 - (1 - p)^k: the chance of success within k tries. */
export function geometricCdf(k: number, p: number): number {
  assertProbability(p);
  if (!(k >= 0)) throw new RangeError('tries must be >= 0');
  if (p === 1) return k >= 1 ? 1 : 0;
  return -Math.expm1(Math.floor(k) * Math.log1p(-p));
}

/** Mean tries to the first success, 1/p. */
export function geometricMean(p: number): number {
  assertProbability(p);
  return 1 / p;
}

/** Variance of the tries, (1 - p)/p^2. */
export function geometricVariance(p: number): number {
  assertProbability(p);
  return (1 - p) / (p * p);
}

/** The smallest k with P(K <= k) >= q: the q-quantile of the tries (q in (0, 1)). */
export function geometricQuantile(q: number, p: number): number {
  assertProbability(p);
  if (!(q > 0 && q < 1)) throw new RangeError(`q must be in (0, 1), got ${q}`);
  if (p === 1) return 1;
  // Rounding can put the float just past a step, so settle on the exact step afterwards.
  let k = Math.max(1, Math.ceil(Math.log1p(-q) / Math.log1p(-p)));
  while (k > 1 && geometricCdf(k - 1, p) >= q) k--;
  while (geometricCdf(k, p) < q) k++;
  return k;
}

/** Inverse of the chi-square CDF with `df` degrees of freedom, by bisection (to 1e-12 relative). */
export function chiSquareQuantile(probability: number, df: number): number {
  if (!(probability > 0 && probability < 1)) throw new RangeError('probability must be in (0, 1)');
  if (!(df > 0)) throw new RangeError('df must be > 0');
  let lo = 0;
  let hi = Math.max(1, df);
  while (chisquareCdf(hi, df) < probability) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (chisquareCdf(mid, df) < probability) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A mean with its confidence interval. */
export interface MeanInterval {
  /** Number of samples. */
  n: number;
  /** The sample mean. */
  mean: number;
  lower: number;
  upper: number;
  /** The confidence level, e.g. 0.95. */
  level: number;
}

/**
 * The mean of observed tries-to-success and its exact chi-square interval (see the module
 * comment): exact for exponential waiting times, within one try for geometric ones.
 * @throws RangeError for no samples, a non-positive sample or a level outside (0, 1)
 */
export function meanTriesInterval(tries: readonly number[], level = 0.95): MeanInterval {
  if (tries.length === 0) throw new RangeError('at least one sample is needed');
  if (!(level > 0 && level < 1)) throw new RangeError('level must be in (0, 1)');
  let sum = 0;
  for (const value of tries) {
    if (!(value > 0)) throw new RangeError(`tries must be > 0, got ${value}`);
    sum += value;
  }
  const n = tries.length;
  const alpha = 1 - level;
  return {
    n,
    mean: sum / n,
    lower: (2 * sum) / chiSquareQuantile(1 - alpha / 2, 2 * n),
    upper: (2 * sum) / chiSquareQuantile(alpha / 2, 2 * n),
    level,
  };
}

/** The running mean after each sample: out[i] = mean of tries[0..i]. */
export function runningMean(tries: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  tries.forEach((value, i) => {
    sum += value;
    out.push(sum / (i + 1));
  });
  return out;
}

/**
 * Gaps between consecutive solutions of one sequential scan: [t0, t1 - t0, t2 - t1, ...] for
 * solutions found at cumulative tries t0 < t1 < ... (each solution's `hashesDone`).
 * @throws RangeError when the positions are not strictly increasing positive numbers
 */
export function gapsBetween(positions: readonly number[]): number[] {
  const gaps: number[] = [];
  let previous = 0;
  for (const position of positions) {
    if (!(position > previous)) {
      throw new RangeError(`positions must increase strictly, got ${position} after ${previous}`);
    }
    gaps.push(position - previous);
    previous = position;
  }
  return gaps;
}

/** Anything with a uniform `next()` in [0, 1): core/random.ts's `Random`. */
export interface UniformSource {
  next(): number;
}

/**
 * One geometric sample (tries to the first success) by inversion: ceil(ln U / ln(1 - p)),
 * with U in (0, 1]. For simulations labelled as such; the races on the page are real hashing.
 */
export function sampleGeometric(random: UniformSource, p: number): number {
  assertProbability(p);
  if (p === 1) return 1;
  const u = 1 - random.next(); // (0, 1]
  return Math.max(1, Math.ceil(Math.log(u) / Math.log1p(-p)));
}
