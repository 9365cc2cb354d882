/**
 * The binomial distribution Binomial(n, p): its probability mass function, mean and standard
 * deviation. The number of output bits that change when one input bit flips is, for an ideal
 * hash, Binomial(256, 1/2): each of the 256 bits flips independently with probability 1/2.
 *
 * The pmf is computed in log space (log C(n, k) summed term by term), so n in the thousands
 * does not overflow; exact for the sizes used here to about 1e-12 relative error.
 */

/** P(X = k) for k = 0..n, X ~ Binomial(n, p). @throws RangeError on a bad n or p */
export function binomialPmf(n: number, p: number): number[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`n must be a whole number >= 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (p === 0 || p === 1) {
    return Array.from({ length: n + 1 }, (_, k) => ((p === 0 ? k === 0 : k === n) ? 1 : 0));
  }
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const pmf: number[] = [];
  let logChoose = 0; // log C(n, 0)
  for (let k = 0; k <= n; k++) {
    if (k > 0) logChoose += Math.log(n - k + 1) - Math.log(k);
    pmf.push(Math.exp(logChoose + k * logP + (n - k) * logQ));
  }
  return pmf;
}

/** Mean n p of Binomial(n, p). */
export function binomialMean(n: number, p: number): number {
  return n * p;
}

/** Standard deviation sqrt(n p (1 - p)) of Binomial(n, p). */
export function binomialSd(n: number, p: number): number {
  return Math.sqrt(n * p * (1 - p));
}
