/**
 * The geometric miner's "algebraic constraints", added as difficulty rises, and what they keep.
 *
 * Bytes are the nonce's little-endian bytes as they sit in the header (byte0 = nonce & 0xff,
 * header byte 76). Each level adds to the one before (a reading: "added as difficulty rises"):
 * - level 1: nonce even and byte0 <= 127;
 * - level 2: also nonce mod 4 in {0, 1} and byte1 <= 127;
 * - level 3: also nonce mod 8 in {0..3} and byte2 <= 63;
 * - level 4: also nonce mod 16 in {0..7} and byte3 <= 31;
 * - at every level: byte0 ^ byte1 ^ byte2 ^ byte3 < 128.
 * The design's "reduction" multiplies one factor per constraint (1 / the share each keeps on its
 * own), as if they were independent: 8, 32, 256, 4096. The exact share of the 2^32 nonces kept
 * is computed here by counting (the XOR condition is implied from level 2 on, so the true factor
 * is smaller). A filter that skips nonces at random skips the same share of the winners: that is
 * what coverage on real winning nonces measures.
 */

export const CONSTRAINT_LEVELS = [1, 2, 3, 4] as const;
export type ConstraintLevel = (typeof CONSTRAINT_LEVELS)[number];

const MOD_LIMIT = [1, 2, 4, 8]; // level k: nonce mod 2^k below this (1 = even)
const BYTE_LIMIT = [127, 127, 63, 31]; // level k: byte(k-1) at most this

/** Whether `nonce` satisfies every constraint up to `level`. */
export function passesConstraints(nonce: number, level: ConstraintLevel): boolean {
  const n = nonce >>> 0;
  const b = [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24];
  if ((b[0]! ^ b[1]! ^ b[2]! ^ b[3]!) >= 128) return false;
  for (let k = 1; k <= level; k++) {
    if (n % 2 ** k >= MOD_LIMIT[k - 1]!) return false;
    if (b[k - 1]! > BYTE_LIMIT[k - 1]!) return false;
  }
  return true;
}

/** The design's reduction: the product of one factor per constraint, as if independent. */
export function claimedReduction(level: ConstraintLevel): number {
  let factor = 2; // XOR < 128 keeps half
  for (let k = 1; k <= level; k++) {
    factor *= 2 ** k / MOD_LIMIT[k - 1]!;
    factor *= 256 / (BYTE_LIMIT[k - 1]! + 1);
  }
  return factor;
}

/** The exact share of all 2^32 nonces that pass `level` (counted byte by byte over the XOR). */
export function exactKeptFraction(level: ConstraintLevel): number {
  // Byte 0 carries all the mod conditions (2^k divides 256 for k <= 4).
  const allowed = (byte: number) => (value: number) => {
    if (byte === 0) {
      for (let k = 1; k <= level; k++) if (value % 2 ** k >= MOD_LIMIT[k - 1]!) return false;
    }
    return byte + 1 > level || value <= BYTE_LIMIT[byte]!;
  };
  let dist = new Float64Array(256);
  dist[0] = 1;
  for (let byte = 0; byte < 4; byte++) {
    const ok = allowed(byte);
    const next = new Float64Array(256);
    for (let v = 0; v < 256; v++) {
      if (!ok(v)) continue;
      for (let x = 0; x < 256; x++) next[x ^ v]! += dist[x]!;
    }
    dist = next;
  }
  let kept = 0;
  for (let x = 0; x < 128; x++) kept += dist[x]!;
  return kept / 2 ** 32;
}

export interface CoverageRow {
  id: string;
  /** Real winning nonces that pass (the blocks it would have found). */
  covered: number;
  total: number;
  coverage: number;
  /** Share of all nonces it lets through (hashes it keeps). */
  keptFraction: number;
  /** The factor the design claims. */
  claimedReduction: number;
  /** Coverage / kept share: expected blocks per hash done, relative to hashing everything. */
  blocksPerHashRatio: number;
}

/** Coverage of every constraint level on real winning nonces. */
export function constraintCoverage(nonces: ArrayLike<number>): CoverageRow[] {
  return CONSTRAINT_LEVELS.map((level) => {
    let covered = 0;
    for (let i = 0; i < nonces.length; i++) if (passesConstraints(nonces[i]!, level)) covered++;
    const keptFraction = exactKeptFraction(level);
    const coverage = covered / nonces.length;
    return {
      id: `level${level}`,
      covered,
      total: nonces.length,
      coverage,
      keptFraction,
      claimedReduction: claimedReduction(level),
      blocksPerHashRatio: coverage / keptFraction,
    };
  });
}
