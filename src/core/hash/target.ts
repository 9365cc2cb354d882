/**
 * The proof-of-work target: compact "bits" <-> 256-bit target, validity, comparison.
 *
 * A block is valid proof of work when its hash, read as a 256-bit number, is <= the target.
 * Headers carry the target in a 32-bit floating-point-like "compact" form, `bits`:
 * exponent = bits >>> 24 (a length in bytes), mantissa = bits & 0x007fffff, and bit 0x00800000
 * a sign. target = mantissa * 256^(exponent - 3), computed with shifts (for exponent < 3 the
 * mantissa is shifted right first, dropping bytes).
 *
 * `decodeCompact` and `targetToBits` reproduce Bitcoin Core's `arith_uint256::SetCompact` and
 * `GetCompact` exactly (src/arith_uint256.cpp; tests copied from src/test/arith_uint256_tests.cpp).
 * `bitsToTarget` adds the checks of Core's `DeriveTarget` (src/pow.cpp) that apply to any
 * chain: a negative, overflowing or zero target is an error, never a silent value. Any other
 * target is allowed, so that demos can use easy targets; `isValidMainnetTarget` adds the mainnet
 * limit `powLimit` = 2^224 - 1 (src/kernel/chainparams.cpp).
 */
import { HexError } from '../hex';
import { bigintToHex64, displayHexToBigint } from './hash-order';
import { bitLength } from './leading-zero-bits';

/** Why a target (or its compact form) was rejected. */
export type TargetErrorReason = 'negative' | 'overflow' | 'zero' | 'range';

/** A compact target or target value that Bitcoin Core would reject or that is out of range. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
  constructor(
    readonly reason: TargetErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** The largest 256-bit value, the easiest possible target (every hash meets it). */
export const MAX_TARGET = (1n << 256n) - 1n;

/** Bitcoin mainnet's `powLimit`: 00000000ffff...ff (2^224 - 1), the easiest allowed target. */
export const MAINNET_POW_LIMIT = (1n << 224n) - 1n;

/** Compact bits of the difficulty-1 target (block 0), the easiest bits mainnet allows. */
export const DIFFICULTY_1_BITS = 0x1d00ffff;

/** The difficulty-1 target, 0x00000000ffff0000...0 (0xffff * 2^208), from bits 0x1d00ffff. */
export const DIFFICULTY_1_TARGET = 0xffffn << 208n;

/** The raw result of Bitcoin Core's SetCompact: the value and its two flags. */
export interface CompactDecoding {
  /** The decoded value, reduced mod 2^256 as Core's shifts do (meaningless on overflow). */
  target: bigint;
  /** The sign bit is set and the (shifted) mantissa is not zero. */
  negative: boolean;
  /** The value does not fit in 256 bits. */
  overflow: boolean;
}

/** Bits as "0x" + 8 lower-case hex digits. */
export function bitsToHex(bits: number): string {
  return `0x${(bits >>> 0).toString(16).padStart(8, '0')}`;
}

function assertBitsRange(bits: number): void {
  if (!Number.isInteger(bits) || bits < 0 || bits > 0xffffffff) {
    throw new TargetError('range', `bits must be a whole number from 0 to 0xffffffff, got ${bits}`);
  }
}

/** Bitcoin Core's `SetCompact`, flags and all, without judging the result. */
export function decodeCompact(bits: number): CompactDecoding {
  assertBitsRange(bits);
  const exponent = bits >>> 24;
  let mantissa = bits & 0x007fffff;
  let target: bigint;
  if (exponent <= 3) {
    mantissa >>>= 8 * (3 - exponent);
    target = BigInt(mantissa);
  } else {
    target = (BigInt(mantissa) << BigInt(8 * (exponent - 3))) & MAX_TARGET;
  }
  // Both flags test the mantissa after the shift, exactly as Core does.
  const negative = mantissa !== 0 && (bits & 0x00800000) !== 0;
  const overflow =
    mantissa !== 0 &&
    (exponent > 34 || (mantissa > 0xff && exponent > 33) || (mantissa > 0xffff && exponent > 32));
  return { target, negative, overflow };
}

/**
 * The target encoded by compact `bits`.
 * @throws TargetError "negative target", "overflow" or "zero target" (Core's DeriveTarget
 *   rejects all three), or "range" when `bits` is not a uint32
 */
export function bitsToTarget(bits: number): bigint {
  const { target, negative, overflow } = decodeCompact(bits);
  const label = `bits ${bitsToHex(bits)}`;
  if (negative) {
    throw new TargetError(
      'negative',
      `${label}: negative target (sign bit 0x00800000 set with a non-zero mantissa)`,
    );
  }
  if (overflow) {
    throw new TargetError('overflow', `${label}: overflow (the target does not fit in 256 bits)`);
  }
  if (target === 0n) {
    throw new TargetError('zero', `${label}: zero target (Bitcoin rejects a target of 0)`);
  }
  return target;
}

/**
 * Bitcoin Core's `GetCompact` (non-negative): the canonical compact form of `target`, keeping
 * its 3 most significant bytes (lower bytes are truncated) and never setting the sign bit.
 * 0 encodes as 0x00000000, which `bitsToTarget` rejects.
 * @throws TargetError "range" when target is outside [0, 2^256)
 */
export function targetToBits(target: bigint): number {
  assertTargetRange(target);
  let size = Math.ceil(bitLength(target) / 8);
  let compact =
    size <= 3 ? Number(target) * 256 ** (3 - size) : Number(target >> BigInt(8 * (size - 3)));
  // The 0x00800000 bit is the sign: move the mantissa down a byte instead of setting it.
  if (compact & 0x00800000) {
    compact >>>= 8;
    size++;
  }
  return ((size << 24) | compact) >>> 0;
}

/** True when `target` is a target mainnet accepts: 1 <= target <= powLimit (2^224 - 1). */
export function isValidMainnetTarget(target: bigint): boolean {
  return target >= 1n && target <= MAINNET_POW_LIMIT;
}

/** True when compact `bits` decode without error to a target mainnet accepts. */
export function isValidMainnetBits(bits: number): boolean {
  try {
    return isValidMainnetTarget(bitsToTarget(bits));
  } catch (error) {
    if (error instanceof TargetError) return false;
    throw error;
  }
}

/**
 * Parses compact bits typed by a person: 1 to 8 hex digits, with or without "0x".
 * @throws HexError on anything else
 */
export function parseBitsHex(text: string): number {
  const digits = /^0[xX]/.test(text) ? text.slice(2) : text;
  const bad = digits.search(/[^0-9a-fA-F]/);
  if (bad >= 0) {
    const position = bad + text.length - digits.length;
    throw new HexError(
      `bits: '${text[position]}' at position ${position} is not a hex digit`,
      position,
    );
  }
  if (digits.length < 1 || digits.length > 8) {
    throw new HexError(`bits: expected 1 to 8 hex digits (a uint32), got ${digits.length}`);
  }
  return parseInt(digits, 16);
}

/**
 * The target for "at least N leading zero bits": 2^(256 - N) - 1, so that a uniformly random
 * hash meets it with probability exactly 2^-N. N = 256 gives target 0 (only the zero hash).
 */
export function targetFromLeadingZeroBits(zeroBits: number): bigint {
  if (!Number.isInteger(zeroBits) || zeroBits < 0 || zeroBits > 256) {
    throw new RangeError(`zero bits must be a whole number from 0 to 256, got ${zeroBits}`);
  }
  return (1n << BigInt(256 - zeroBits)) - 1n;
}

/**
 * True when `hash` <= `target`. The hash is its numeric value (bigint) or display-order hex
 * (64 digits); compare internal-order bytes via `internalHashToBigint`.
 */
export function hashMeetsTarget(hash: bigint | string, target: bigint): boolean {
  const value = typeof hash === 'string' ? displayHexToBigint(hash) : hash;
  return value <= target;
}

/** A target as 64 hex digits, most significant first (comparable with display-order hashes). */
export function targetToHex(target: bigint): string {
  assertTargetRange(target);
  return bigintToHex64(target);
}

/** Throws TargetError "range" unless 0 <= target < 2^256. */
export function assertTargetRange(target: bigint): void {
  if (target < 0n || target > MAX_TARGET) {
    throw new TargetError('range', `a target must be in [0, 2^256), got ${target}`);
  }
}
