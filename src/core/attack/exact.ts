/**
 * The exact probability of the double-spend race of section 11 of the Bitcoin paper.
 *
 * Every new block is the attacker's with probability q and the honest network's with
 * p = 1 - q, independently. While the honest chain finds its z blocks, the number k of the
 * attacker's blocks is negative binomial (k attacker blocks before the z-th honest one):
 * NB(k; z, p) = C(k + z - 1, k) p^z q^k. The paper replaces this by a Poisson count with the same
 * mean (lambda = z q / p), which treats the honest blocks as arriving at exactly their average
 * times. A deficit of d = z - k > 0 blocks is then closed with the gambler's-ruin probability
 * (q/p)^d, and k >= z means the attacker has already caught up:
 *
 *   P_exact = 1 - sum_{k=0}^{z} NB(k; z, p) (1 - (q/p)^(z-k)),   and P = 1 for q >= p.
 *
 * This form is given e.g. by M. Rosenfeld, "Analysis of hashrate-based double spending" (2014)
 * and A. P. Ozisik and B. N. Levine, "An explanation of Nakamoto's analysis of double-spend
 * attacks" (2017). The sum is taken in the cancellation-free, log-stepped form of paper.ts; the
 * tests check the pmf against stdlib's negative binomial pmf (x failures before r successes).
 */
import {
  catchUpProbability,
  checkAttackInput,
  firstConfirmationsBelow,
  paperAttackerSuccess,
  type LogPmfSteps,
} from './paper';

/** The exact probability that the attacker ever catches up from z confirmations behind. */
export function exactAttackerSuccess(q: number, z: number): number {
  checkAttackInput(q, z);
  const p = 1 - q;
  if (q >= p || z === 0) return 1;
  if (q === 0) return 0;
  return catchUpProbability(negativeBinomialLogPmfSteps(z, p), z, q / p);
}

/**
 * log pmf at k = 0 and the step log(pmf(k+1) / pmf(k)) of NB(k; z, p), the number of attacker
 * blocks before the z-th honest one: NB(0) = p^z, NB(k+1) / NB(k) = q (k + z) / (k + 1).
 */
export function negativeBinomialLogPmfSteps(z: number, p: number): LogPmfSteps {
  const q = 1 - p;
  return { logAt0: z * Math.log(p), logStep: (k) => Math.log((q * (k + z)) / (k + 1)) };
}

/** One row of the paper-versus-exact comparison. */
export interface AttackComparison {
  z: number;
  paper: number;
  exact: number;
  /** paper / exact (null when exact is 0). Above 1: the paper overstates the risk. */
  ratio: number | null;
  /** paper - exact. */
  difference: number;
}

/** Paper and exact probabilities for each z from 0 to `maxZ`. */
export function compareOverConfirmations(q: number, maxZ: number): AttackComparison[] {
  const rows: AttackComparison[] = [];
  for (let z = 0; z <= maxZ; z++) rows.push(compareAt(q, z));
  return rows;
}

/** Paper and exact probabilities at one (q, z). */
export function compareAt(q: number, z: number): AttackComparison {
  const paper = paperAttackerSuccess(q, z);
  const exact = exactAttackerSuccess(q, z);
  return { z, paper, exact, ratio: exact > 0 ? paper / exact : null, difference: paper - exact };
}

/**
 * The smallest z whose exact probability is below `threshold`, searched up to `maxZ` (null if
 * none is): the exact counterpart of the paper's "P < 0.001" table.
 */
export function exactConfirmationsNeeded(
  q: number,
  threshold = 0.001,
  maxZ = 10_000,
): number | null {
  return firstConfirmationsBelow((z) => exactAttackerSuccess(q, z), threshold, maxZ);
}
