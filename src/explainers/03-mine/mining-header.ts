/**
 * The job the chapter mines: a real block's header with its target replaced by the reader's
 * difficulty. The bits field is set to the compact form of "N leading zero bits" and the
 * target is what those bits decode to, so a block found here is valid by its own header's
 * rules (hash <= the target its bits encode), just at an easy difficulty. The compact form keeps
 * 3 bytes, so that target is a hair below 2^(256 - N) and its hashes still have >= N zero bits.
 */
import { parseHeader, serializeHeader } from '../../core/hash/block-header';
import { expectedHashes } from '../../core/hash/difficulty';
import { bitsToTarget, targetFromLeadingZeroBits, targetToBits } from '../../core/hash/target';
import { bytesToHex } from '../../core/hex';

export const MIN_ZERO_BITS = 8;
export const MAX_ZERO_BITS = 40;

export interface MiningHeader {
  headerHex: string;
  zeroBits: number;
  bits: number;
  target: bigint;
  expectedHashes: number;
}

/** The header to mine: `realHeader` with bits for `zeroBits` leading zero bits and nonce 0. */
export function miningHeader(realHeader: Uint8Array, zeroBits: number): MiningHeader {
  const bits = targetToBits(targetFromLeadingZeroBits(zeroBits));
  const target = bitsToTarget(bits);
  const header = { ...parseHeader(realHeader), bits, nonce: 0 };
  return {
    headerHex: bytesToHex(serializeHeader(header)),
    zeroBits,
    bits,
    target,
    expectedHashes: expectedHashes(target),
  };
}

/** A typed difficulty, or null when it is not a whole number from 8 to 40. */
export function parseZeroBits(text: string): number | null {
  if (!/^\s*\d{1,2}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= MIN_ZERO_BITS && value <= MAX_ZERO_BITS ? value : null;
}
