/**
 * The features the nonce oracle's models see (docs/case-studies.md §1).
 *
 * - `stringFeatures`: the predictor's features of the nonce *as a string*: the lengths of its
 *   decimal and hex strings, the character entropy of each, and the fractions of hex digits
 *   that are a-f and 0-9. (Six numbers; the design lists "lengths, character entropy, fraction
 *   of a-f and 0-9 digits", read here as one of each per string where it makes sense.) For the
 *   nonces 0..9999 these collapse into 129 distinct vectors (11 from the decimal string, 31
 *   from the hex string; measured in the tests): a model cannot tell apart two nonces with the
 *   same vector.
 * - `bitFeatures`: the later generator's features: entropy of the popcounts of the 4 bytes,
 *   zero density, a "pattern" score from bit transitions (|transitions / 31 - 0.5| x 2, the
 *   same reading as the rewrite filter's) and "uniqueness", the mean Hamming distance to recent
 *   valid nonces divided by 32 (0.5 when there are none yet).
 * - `byteFeatures`: the nonce's 4 bytes (little-endian), for the positive control: the same
 *   forest, given features that can see the top byte in which SHA-256d cut to 4 rounds leaks.
 */
import { nonceBits, nonceBytes, shannonEntropyBits } from './quality-filters';

/** [decimal length, hex length, decimal char entropy, hex char entropy, hex a-f, hex 0-9]. */
export function stringFeatures(nonce: number): number[] {
  const dec = String(nonce);
  const hex = nonce.toString(16);
  let letters = 0;
  for (const c of hex) if (c >= 'a') letters++;
  return [
    dec.length,
    hex.length,
    shannonEntropyBits(dec.split('')),
    shannonEntropyBits(hex.split('')),
    letters / hex.length,
    (hex.length - letters) / hex.length,
  ];
}

function popcount(x: number): number {
  let v = x >>> 0;
  let c = 0;
  while (v) {
    v &= v - 1;
    c++;
  }
  return c;
}

/** [popcount entropy, zero density, pattern, uniqueness] of a nonce given recent valid ones. */
export function bitFeatures(nonce: number, recentValid: readonly number[]): number[] {
  const bits = nonceBits(nonce);
  const popcounts = nonceBytes(nonce).map(popcount);
  let transitions = 0;
  for (let i = 1; i < 32; i++) if (bits[i] !== bits[i - 1]) transitions++;
  let hamming = 0;
  for (const v of recentValid) hamming += popcount((nonce ^ v) >>> 0);
  return [
    shannonEntropyBits(popcounts),
    bits.filter((b) => b === 0).length / 32,
    Math.abs(transitions / 31 - 0.5) * 2,
    recentValid.length ? hamming / recentValid.length / 32 : 0.5,
  ];
}

/** The nonce's 4 bytes as numbers (little-endian). */
export function byteFeatures(nonce: number): number[] {
  return nonceBytes(nonce);
}
