/**
 * The chain a page walks through for one target: bits -> target -> difficulty -> p -> expected
 * hashes; the same for "N leading zero bits"; and the comparison hash <= target, with the first
 * hex digit where the two numbers differ (the digit that decides) and both as log2 values for
 * drawing on one axis. Nothing here throws on bits a person typed: impossible bits come back as
 * a reason (negative, overflow, zero), as Bitcoin Core's DeriveTarget rejects them.
 *
 * Sources: target.ts (compact encoding, Bitcoin Core arith_uint256.cpp), difficulty.ts.
 */
import { bitsOfWork, difficultyFromTarget, expectedHashes, hashProbability } from './difficulty';
import { displayHexToBigint } from './hash-order';
import { bitLength } from './leading-zero-bits';
import {
  bitsToTarget,
  isValidMainnetTarget,
  targetFromLeadingZeroBits,
  targetToBits,
  targetToHex,
  TargetError,
  type TargetErrorReason,
} from './target';

/** What one target means, in every unit the page shows. */
export interface TargetSummary {
  target: bigint;
  /** 64 hex digits, most significant first. */
  targetHex: string;
  /** DIFFICULTY_1_TARGET / target. */
  difficulty: number;
  /** Probability that one uniform hash is <= target. */
  probability: number;
  /** 1 / probability. */
  expectedHashes: number;
  /** log2(1 / probability): "bits of work". */
  workBits: number;
  /** Whether mainnet would accept this target (1 <= target <= 2^224 - 1). */
  mainnetValid: boolean;
}

/** Summarises a positive target. @throws TargetError for 0 or a value outside [0, 2^256) */
export function summarizeTarget(target: bigint): TargetSummary {
  return {
    target,
    targetHex: targetToHex(target),
    difficulty: difficultyFromTarget(target),
    probability: hashProbability(target),
    expectedHashes: expectedHashes(target),
    workBits: bitsOfWork(target),
    mainnetValid: isValidMainnetTarget(target),
  };
}

export type BitsSummary =
  | ({ ok: true; bits: number } & TargetSummary)
  | { ok: false; bits: number; reason: TargetErrorReason };

/** The chain from compact bits, or why the bits encode no usable target. Never throws. */
export function summarizeBits(bits: number): BitsSummary {
  try {
    return { ok: true, bits, ...summarizeTarget(bitsToTarget(bits)) };
  } catch (error) {
    if (error instanceof TargetError) return { ok: false, bits, reason: error.reason };
    throw error;
  }
}

/** The target "at least N leading zero bits" summarised, with the compact bits nearest it. */
export interface ZeroBitsSummary extends TargetSummary {
  zeroBits: number;
  /** Whole hex zeros at the start of the target: floor(N / 4). */
  hexZeroDigits: number;
  /** targetToBits(target): compact bits keep 3 significant bytes, rounding the target down. */
  compactBits: number;
  /** The target those compact bits decode to (<= target). */
  compactTarget: bigint;
}

/** The difficulty slider's numbers for N leading zero bits, 1 <= N <= 255. */
export function summarizeZeroBits(zeroBits: number): ZeroBitsSummary {
  if (!Number.isInteger(zeroBits) || zeroBits < 1 || zeroBits > 255) {
    throw new RangeError(`zero bits must be a whole number from 1 to 255, got ${zeroBits}`);
  }
  const target = targetFromLeadingZeroBits(zeroBits);
  const compactBits = targetToBits(target);
  return {
    ...summarizeTarget(target),
    zeroBits,
    hexZeroDigits: Math.floor(zeroBits / 4),
    compactBits,
    compactTarget: bitsToTarget(compactBits),
  };
}

/** log2 of a positive bigint, accurate to double precision at any size. */
export function log2OfBigint(value: bigint): number {
  if (value <= 0n) throw new RangeError(`log2 needs a positive value, got ${value}`);
  const length = bitLength(value);
  if (length <= 53) return Math.log2(Number(value));
  // Keep the top 53 bits exactly; the shifted-out part changes log2 by under 2^-52 relative.
  return length - 53 + Math.log2(Number(value >> BigInt(length - 53)));
}

/** hash <= target, and how to see it. */
export interface TargetComparison {
  meets: boolean;
  /** Both as 64 hex digits, most significant first. */
  hashHex: string;
  targetHex: string;
  /** Index (0..63) of the first hex digit where they differ, -1 when equal. */
  firstDifferentDigit: number;
  /** log2 of each value (null for 0), for a shared log axis. */
  hashLog2: number | null;
  targetLog2: number | null;
}

/**
 * Compares a display-order hash (64 hex digits) with a target, as Bitcoin does (hash read as a
 * 256-bit number). @throws HexError on a malformed hash
 */
export function compareHashWithTarget(hashHex: string, target: bigint): TargetComparison {
  const hash = displayHexToBigint(hashHex);
  const targetHex = targetToHex(target);
  const lowerHash = hashHex.toLowerCase();
  let firstDifferentDigit = -1;
  for (let i = 0; i < 64; i++) {
    if (lowerHash[i] !== targetHex[i]) {
      firstDifferentDigit = i;
      break;
    }
  }
  return {
    meets: hash <= target,
    hashHex: lowerHash,
    targetHex,
    firstDifferentDigit,
    hashLog2: hash === 0n ? null : log2OfBigint(hash),
    targetLog2: target === 0n ? null : log2OfBigint(target),
  };
}
