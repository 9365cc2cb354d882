/**
 * What a target means in numbers: difficulty, probability per hash, expected hashes, and
 * "bits of work".
 *
 * A hash is modelled as uniform on [0, 2^256), so one try meets `target` with probability
 * p = (target + 1) / 2^256 (the hashes 0..target). The number of tries until the first success
 * is geometric with mean 1/p = 2^256 / (target + 1), which is Bitcoin Core's per-block work
 * (`GetBlockProof`, src/chain.cpp, up to its integer rounding). "Bits of work" is log2(1/p):
 * a target met by hashes with N leading zero bits (targetFromLeadingZeroBits) has exactly N.
 * Difficulty is the difficulty-1 target divided by the target (Core's `GetDifficulty`,
 * src/rpc/blockchain.cpp, computes the same ratio from the compact bits).
 *
 * Precision: every function returns the correctly rounded double of the exact value (relative
 * error <= 2^-53, about 1.1e-16), computed from bigints rather than from tiny doubles, so that
 * p = 2^-200 or a difficulty of 1e20 is as accurate as p = 1/2. For valid bits this equals
 * Core's `GetDifficulty`, which divides once and then scales by powers of 256 (exact).
 */
import { bitLength } from './leading-zero-bits';
import { assertTargetRange, DIFFICULTY_1_TARGET, TargetError } from './target';

const TWO_256 = 1n << 256n;

/**
 * num / den as the correctly rounded double (round to nearest, ties to even).
 * Both must be positive bigints (num may be 0).
 */
export function ratioToNumber(num: bigint, den: bigint): number {
  if (den <= 0n || num < 0n) throw new RangeError('ratioToNumber needs num >= 0 and den > 0');
  if (num === 0n) return 0;
  // Scale so that the integer quotient has 55 or 56 bits: 53 for the double, one guard bit,
  // and below them a sticky bit that records a non-zero remainder, so one rounding suffices.
  const shift = 55 - (bitLength(num) - bitLength(den));
  const scaledNum = shift >= 0 ? num << BigInt(shift) : num;
  const scaledDen = shift >= 0 ? den : den << BigInt(-shift);
  let quotient = scaledNum / scaledDen;
  if (quotient * scaledDen !== scaledNum) quotient |= 1n;
  // Number(bigint) rounds to nearest; multiplying by a power of two is exact in this range.
  return Number(quotient) * 2 ** -shift;
}

function assertPositiveTarget(target: bigint): void {
  assertTargetRange(target);
  if (target === 0n) throw new TargetError('zero', 'difficulty of a zero target is undefined');
}

/**
 * Difficulty relative to block 0's target (bits 0x1d00ffff): DIFFICULTY_1_TARGET / target.
 * Difficulty 1 is the genesis block; mainnet targets give difficulty >= 1.
 * @throws TargetError for target 0 or outside [0, 2^256)
 */
export function difficultyFromTarget(target: bigint): number {
  assertPositiveTarget(target);
  return ratioToNumber(DIFFICULTY_1_TARGET, target);
}

/** Probability that one uniform 256-bit hash is <= target: (target + 1) / 2^256. */
export function hashProbability(target: bigint): number {
  assertTargetRange(target);
  // Number() rounds the numerator once; the power-of-two scaling is exact (no underflow:
  // the smallest p, 2^-256, is a normal double).
  return Number(target + 1n) * 2 ** -256;
}

/** The same probability as an exact fraction of bigints (denominator 2^256). */
export function hashProbabilityExact(target: bigint): { numerator: bigint; denominator: bigint } {
  assertTargetRange(target);
  return { numerator: target + 1n, denominator: TWO_256 };
}

/** Expected number of hashes until the first one <= target: 1/p = 2^256 / (target + 1). */
export function expectedHashes(target: bigint): number {
  assertTargetRange(target);
  return ratioToNumber(TWO_256, target + 1n);
}

/**
 * Bits of work, log2(1/p) = 256 - log2(target + 1): 0 for the maximal target, exactly N for
 * the target of N leading zero bits, about 32 at difficulty 1.
 */
export function bitsOfWork(target: bigint): number {
  assertTargetRange(target);
  const value = target + 1n;
  const length = bitLength(value);
  // log2(value) = (length - 1) + log2(m) with m = value / 2^(length - 1) in [1, 2): the integer
  // part is exact and the fraction comes from the top 53 bits, so no precision is lost to
  // the size of the number.
  const top =
    length > 53
      ? Number(value >> BigInt(length - 53)) * 2 ** -52
      : Number(value) * 2 ** (1 - length);
  return 256 - (length - 1) - Math.log2(top);
}
