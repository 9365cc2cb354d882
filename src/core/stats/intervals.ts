/**
 * Exact confidence intervals and tests for counts of hits: the binomial proportion
 * (Clopper-Pearson), the Poisson rate (Garwood), and the ratio of two hit rates (the
 * conditional binomial method), plus the exact two-sided binomial test.
 *
 * Why these: a hit is a rare event counted over many hashes, so normal approximations break down
 * exactly where the pages need them (0 to a few hits). All intervals here are "exact" in the
 * Clopper-Pearson sense: coverage is at least the nominal level for every true value.
 *
 * Sources: C. J. Clopper and E. S. Pearson, Biometrika 26 (1934); F. Garwood, Biometrika 28
 * (1936); the conditional method for a ratio of Poisson rates is in W. Ulm, Am. J. Epidemiol.
 * 131 (1990) and in any epidemiology text ("exact rate ratio"). Quantiles and CDFs come from
 * stdlib (@stdlib/stats-base-dists-*).
 */
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';

/** An interval [low, high]; high may be Infinity. */
export type Interval = [low: number, high: number];

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
  }
}

function assertAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

/**
 * Clopper-Pearson interval for a proportion: k successes in n trials, level 1 - alpha.
 * For n = 0 it is [0, 1].
 */
export function clopperPearson(k: number, n: number, alpha = 0.05): Interval {
  assertCount('k', k);
  assertCount('n', n);
  assertAlpha(alpha);
  if (k > n) throw new RangeError(`k (${k}) cannot exceed n (${n})`);
  if (n === 0) return [0, 1];
  const low = k === 0 ? 0 : betaQuantile(alpha / 2, k, n - k + 1);
  const high = k === n ? 1 : betaQuantile(1 - alpha / 2, k + 1, n - k);
  return [low, high];
}

/** Garwood's exact interval for the mean of a Poisson count k, level 1 - alpha. */
export function poissonMeanInterval(k: number, alpha = 0.05): Interval {
  assertCount('k', k);
  assertAlpha(alpha);
  const low = k === 0 ? 0 : chisquareQuantile(alpha / 2, 2 * k) / 2;
  const high = chisquareQuantile(1 - alpha / 2, 2 * k + 2) / 2;
  return [low, high];
}

/**
 * Exact two-sided binomial test of H0: P(success) = p for k successes in n trials: the
 * probability of an outcome at most as likely as the one seen ("minimum likelihood" method, as
 * R's binom.test), computed from stdlib's CDF on both tails. Returns a p-value in [0, 1].
 */
export function binomialTestTwoSided(k: number, n: number, p: number): number {
  assertCount('k', k);
  assertCount('n', n);
  if (k > n) throw new RangeError(`k (${k}) cannot exceed n (${n})`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (n === 0) return 1;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  // Doubling the smaller tail is the usual exact two-sided test for the sizes on these pages;
  // it never exceeds 1 and matches binom.test closely away from tiny n.
  const lower = binomialCdf(k, n, p);
  const upper = k === 0 ? 1 : 1 - binomialCdf(k - 1, n, p);
  return Math.min(1, 2 * Math.min(lower, upper));
}

/** A ratio of hit rates with its interval and a two-sided p-value for "ratio = 1". */
export interface RateRatio {
  /** (hitsA / hashesA) / (hitsB / hashesB); NaN when both hit counts are 0. */
  ratio: number;
  ci: Interval;
  pValue: number;
}

/**
 * The ratio of two hit rates, arm A against arm B, each a Poisson count over a known number of
 * hashes. Conditional on the total k = kA + kB, kA ~ Binomial(k, pi) with
 * pi = ratio nA / (ratio nA + nB), so the Clopper-Pearson interval for pi maps to an exact
 * interval for the ratio, and the binomial test of pi = nA / (nA + nB) tests ratio = 1.
 */
export function rateRatio(
  hitsA: number,
  hashesA: number,
  hitsB: number,
  hashesB: number,
  alpha = 0.05,
): RateRatio {
  for (const [name, v] of [
    ['hitsA', hitsA],
    ['hashesA', hashesA],
    ['hitsB', hitsB],
    ['hashesB', hashesB],
  ] as const) {
    assertCount(name, v);
  }
  if (hashesA === 0 || hashesB === 0) throw new RangeError('both arms need at least one hash');
  const total = hitsA + hitsB;
  const scale = hashesB / hashesA;
  const toRatio = (pi: number) => (pi >= 1 ? Infinity : (pi / (1 - pi)) * scale);
  const [piLow, piHigh] = clopperPearson(hitsA, total, alpha);
  const ratio = total === 0 ? NaN : hitsB === 0 ? Infinity : hitsA / hashesA / (hitsB / hashesB);
  return {
    ratio,
    ci: total === 0 ? [0, Infinity] : [toRatio(piLow), toRatio(piHigh)],
    pValue: binomialTestTwoSided(hitsA, total, hashesA / (hashesA + hashesB)),
  };
}

/**
 * Hits against a known chance per hash p: ratio = hits / (hashes p), its exact interval from
 * Garwood's, and the exact binomial test of "every hash hits with probability p".
 */
export function ratioToExpected(hits: number, hashes: number, p: number, alpha = 0.05): RateRatio {
  assertCount('hits', hits);
  assertCount('hashes', hashes);
  if (hashes === 0) throw new RangeError('at least one hash is needed');
  if (!(p > 0 && p <= 1)) throw new RangeError(`p must be in (0, 1], got ${p}`);
  const expected = hashes * p;
  const [low, high] = poissonMeanInterval(hits, alpha);
  return {
    ratio: hits / expected,
    ci: [low / expected, high / expected],
    pValue: binomialTestTwoSided(hits, hashes, p),
  };
}
