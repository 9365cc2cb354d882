/**
 * Chainwork, as Bitcoin Core counts it. A block's proof is the expected number of hashes to
 * meet its target, 2^256 / (target + 1), computed as Core's GetBlockProof does, in 256-bit
 * arithmetic: (~target / (target + 1)) + 1. Bits that decode to a negative, overflowing or zero
 * target give 0, as in Core. A branch's chainwork is the sum over its blocks; nodes follow the
 * branch with the most chainwork, which need not be the one with the most blocks.
 */
import { decodeCompact, MAX_TARGET } from '../hash/target';

/** Work of one block with this target: floor(2^256 / (target + 1)); 0 for target <= 0. */
export function targetProof(target: bigint): bigint {
  if (target <= 0n || target > MAX_TARGET) return 0n;
  return (MAX_TARGET - target) / (target + 1n) + 1n;
}

/** Bitcoin Core's GetBlockProof for compact bits. */
export function blockProof(bits: number): bigint {
  const { target, negative, overflow } = decodeCompact(bits);
  if (negative || overflow || target === 0n) return 0n;
  return targetProof(target);
}

/** Cumulative chainwork of a branch given each block's bits. */
export function chainWork(bitsList: readonly number[]): bigint {
  let total = 0n;
  for (const bits of bitsList) total += blockProof(bits);
  return total;
}

export interface BranchComparison {
  workA: bigint;
  workB: bigint;
  /** The branch a node follows: most work; 'tie' when equal (then the first one seen stays). */
  winner: 'a' | 'b' | 'tie';
  /** The branch with more blocks, or 'tie'. */
  longer: 'a' | 'b' | 'tie';
}

/** Compares two competing branches (each given as its blocks' bits) by chainwork. */
export function compareBranches(a: readonly number[], b: readonly number[]): BranchComparison {
  const workA = chainWork(a);
  const workB = chainWork(b);
  return {
    workA,
    workB,
    winner: workA > workB ? 'a' : workB > workA ? 'b' : 'tie',
    longer: a.length > b.length ? 'a' : b.length > a.length ? 'b' : 'tie',
  };
}

/** A bigint as "0x" + lower-case hex, the way Core prints chainwork (without leading zeros). */
export function workToHex(work: bigint): string {
  return `0x${work.toString(16)}`;
}
