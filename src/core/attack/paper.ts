/**
 * The double-spend race as computed in section 11 ("Calculations") of S. Nakamoto, "Bitcoin: A
 * Peer-to-Peer Electronic Cash System" (2008): an attacker with a share q of the hash rate tries
 * to overtake the honest chain after the merchant has waited z confirmations.
 *
 * The paper approximates the attacker's progress during those z honest blocks by a Poisson count
 * with mean lambda = z q / p (p = 1 - q), and a deficit of d blocks is closed later with the
 * gambler's-ruin probability (q/p)^d:
 *
 *   P = 1 - sum_{k=0}^{z} Poisson(k; lambda) (1 - (q/p)^(z-k)).
 *
 * The paper's C function `AttackerSuccessProbability` computes exactly this sum (the tests run a
 * port of it). Here it is summed in a form without cancellation, so that tiny probabilities keep
 * their digits: P = sum_{k<=z} pmf(k) (q/p)^(z-k) + sum_{k>z} pmf(k), with the pmf stepped in
 * log space from k to k + 1 (no underflow at large z; 20-60x faster than calling stdlib's pmf per
 * term, measured; the tests check every term against stdlib's Poisson and negative binomial
 * pmfs). For q >= p the attacker always catches up (P = 1); the paper assumes p > q.
 */
/** Throws a RangeError unless q is in [0, 1] and z is a whole number >= 0. */
export function checkAttackInput(q: number, z: number): void {
  if (!Number.isFinite(q) || q < 0 || q > 1) {
    throw new RangeError(`q (the attacker's share of the hash rate) must be from 0 to 1, got ${q}`);
  }
  if (!Number.isSafeInteger(z) || z < 0) {
    throw new RangeError(`z (confirmations) must be a whole number from 0 up, got ${z}`);
  }
}

/** The paper's probability that the attacker ever catches up from z confirmations behind. */
export function paperAttackerSuccess(q: number, z: number): number {
  checkAttackInput(q, z);
  const p = 1 - q;
  if (q >= p) return 1;
  if (q === 0) return z === 0 ? 1 : 0;
  const lambda = z * (q / p);
  return catchUpProbability(poissonLogPmfSteps(lambda), z, q / p);
}

/** log pmf at k = 0 and the step log(pmf(k+1) / pmf(k)) of the Poisson law with mean lambda. */
export function poissonLogPmfSteps(lambda: number): LogPmfSteps {
  return { logAt0: -lambda, logStep: (k) => Math.log(lambda / (k + 1)) };
}

/** A pmf on 0, 1, 2, ... given by its log at 0 and the log-ratio of consecutive terms. */
export interface LogPmfSteps {
  logAt0: number;
  logStep: (k: number) => number;
}

/**
 * The chance of catching up when the attacker's count k during the z honest blocks has the
 * given pmf: behind by z - k > 0 he catches up with probability ratio^(z-k); k >= z, he already
 * has. Only positive terms are added. The tail k > z is summed until a term is below 1e-17 of
 * the total; both pmfs used here have their mode below z, so the tail terms only shrink.
 */
export function catchUpProbability(pmf: LogPmfSteps, z: number, ratio: number): number {
  const logRatio = Math.log(ratio);
  let logPmf = pmf.logAt0;
  let total = 0;
  for (let k = 0; k <= z; k++) {
    total += Math.exp(logPmf + (z - k) * logRatio);
    logPmf += pmf.logStep(k);
  }
  for (let k = z + 1; ; k++) {
    const term = Math.exp(logPmf);
    total += term;
    if (term <= total * 1e-17) break;
    logPmf += pmf.logStep(k);
  }
  return Math.min(1, total);
}

/**
 * The paper's "Solving for P less than 0.1%": the smallest z whose probability is below
 * `threshold`, searched up to `maxZ` (null if none is).
 */
export function paperConfirmationsNeeded(
  q: number,
  threshold = 0.001,
  maxZ = 10_000,
): number | null {
  return firstConfirmationsBelow((z) => paperAttackerSuccess(q, z), threshold, maxZ);
}

/**
 * The smallest z in [0, maxZ] with probability(z) < threshold, or null, for a probability that
 * falls as z grows (both formulas do): doubling, then bisection, so about 2 log2(z) evaluations.
 */
export function firstConfirmationsBelow(
  probability: (z: number) => number,
  threshold: number,
  maxZ: number,
): number | null {
  if (probability(0) < threshold) return 0;
  let low = 0; // probability(low) >= threshold
  let high = 1;
  while (high <= maxZ && probability(high) >= threshold) {
    low = high;
    high *= 2;
  }
  if (high > maxZ) {
    if (probability(maxZ) >= threshold) return null;
    high = maxZ;
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (probability(mid) < threshold) high = mid;
    else low = mid;
  }
  return high;
}
