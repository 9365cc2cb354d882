/**
 * Bit-level comparison of byte strings: XOR and Hamming distance (the number of bit positions
 * where two equal-length strings differ; Hamming, "Error detecting and error correcting
 * codes", Bell System Technical Journal, 1950).
 */

/** Set bits in each byte value 0..255. */
const POPCOUNT8 = Uint8Array.from({ length: 256 }, (_, byte) => {
  let count = 0;
  for (let b = byte; b; b >>= 1) count += b & 1;
  return count;
});

/** Number of set bits in `bytes`. */
export function popcount(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) count += POPCOUNT8[bytes[i]!]!;
  return count;
}

/** a XOR b, byte by byte. @throws RangeError when the lengths differ */
export function xorBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length !== b.length) throw new RangeError(`lengths differ: ${a.length} and ${b.length}`);
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

/** Bits that differ between a and b. @throws RangeError when the lengths differ */
export function hammingDistance(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new RangeError(`lengths differ: ${a.length} and ${b.length}`);
  let count = 0;
  for (let i = 0; i < a.length; i++) count += POPCOUNT8[a[i]! ^ b[i]!]!;
  return count;
}

/** Bit `index` of `bytes`, counting from the most significant bit of byte 0 (as printed). */
export function bitAt(bytes: Uint8Array, index: number): 0 | 1 {
  return ((bytes[index >>> 3]! >>> (7 - (index & 7))) & 1) as 0 | 1;
}

/** A copy of `bytes` with bit `index` (most significant bit of byte 0 first) flipped. */
export function flipBit(bytes: Uint8Array, index: number): Uint8Array {
  if (!Number.isInteger(index) || index < 0 || index >= bytes.length * 8) {
    throw new RangeError(`bit index must be in 0..${bytes.length * 8 - 1}, got ${index}`);
  }
  const copy = bytes.slice();
  copy[index >>> 3]! ^= 0x80 >>> (index & 7);
  return copy;
}
