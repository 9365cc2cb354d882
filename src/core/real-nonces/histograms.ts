/**
 * Histograms of winning nonces: over the whole 2^32 range in equal bins, and per byte (the four
 * bytes of the nonce as a number, byte 0 the least significant; 256 values each), each with its
 * chi-square goodness of fit against the uniform distribution (stats/chi-square.ts).
 */
import { chiSquareGoodnessOfFit, type ChiSquareResult } from '../stats/chi-square';

export const NONCE_SPACE = 2 ** 32;

/** Counts of nonces in `bins` equal bins of [0, 2^32); bins must divide 2^32 (a power of 2). */
export function nonceHistogram(nonces: ArrayLike<number>, bins = 32): number[] {
  if (!Number.isInteger(Math.log2(bins)) || bins < 1 || bins > 2 ** 16) {
    throw new RangeError(`bins must be a power of 2 from 1 to 65,536, got ${bins}`);
  }
  const shift = 32 - Math.log2(bins);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < nonces.length; i++) {
    counts[shift === 32 ? 0 : nonces[i]! >>> shift]!++;
  }
  return counts;
}

/** counts[b][v]: how many nonces have value v in byte b (byte 0 = least significant). */
export function byteCounts(nonces: ArrayLike<number>): number[][] {
  const counts = [0, 1, 2, 3].map(() => new Array<number>(256).fill(0));
  for (let i = 0; i < nonces.length; i++) {
    const n = nonces[i]!;
    for (let b = 0; b < 4; b++) counts[b]![(n >>> (8 * b)) & 0xff]!++;
  }
  return counts;
}

/** Chi-square of counts against equal expected counts (null when there are too few). */
export function uniformityTest(counts: readonly number[]): ChiSquareResult | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const expected = counts.map(() => total / counts.length);
  try {
    return chiSquareGoodnessOfFit(counts, expected);
  } catch {
    return null;
  }
}
