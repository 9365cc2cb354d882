/**
 * The uniformity experiment: hash N structured, predictable inputs and check that the outputs
 * look uniform.
 *
 * Input i is the UTF-8 text `${seed}:${i}` (i = 0..N-1): nothing random goes in, the seed only
 * names the run. Two histograms are kept over the SHA-256 digests: the first byte (expected:
 * N/256 in each of 256 bins) and the number of leading zero bits (exactly k zeros has
 * probability 2^-(k+1); at least k zeros has probability 2^-k). Each is compared with its
 * expectation by a chi-square goodness-of-fit test (chi-square.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { leadingZeroBitsOfBytes } from '../hash/leading-zero-bits';
import { chiSquareGoodnessOfFit, type ChiSquareResult } from '../stats/chi-square';

/** Leading-zero bins 0..LEADING_ZERO_BINS-1; the last bin also holds anything larger. */
export const LEADING_ZERO_BINS = 33;

const encoder = new TextEncoder();

/** The i-th input of a run: the UTF-8 bytes of `${seed}:${i}`. */
export function uniformityInput(seed: number, index: number): Uint8Array {
  return encoder.encode(`${seed}:${index}`);
}

export interface UniformityCounts {
  /** firstByte[b]: digests whose first byte is b. */
  firstByte: Float64Array;
  /** leadingZeros[k]: digests with exactly k leading zero bits (the last bin: k or more). */
  leadingZeros: Float64Array;
  hashes: number;
}

export function emptyUniformityCounts(): UniformityCounts {
  return {
    firstByte: new Float64Array(256),
    leadingZeros: new Float64Array(LEADING_ZERO_BINS),
    hashes: 0,
  };
}

/** Hashes inputs `from`..`to - 1` of the run named `seed` into `counts`. */
export function addUniformityHashes(
  counts: UniformityCounts,
  seed: number,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const digest = sha256(uniformityInput(seed, i));
    counts.firstByte[digest[0]!]! += 1;
    const zeros = Math.min(LEADING_ZERO_BINS - 1, leadingZeroBitsOfBytes(digest));
    counts.leadingZeros[zeros]! += 1;
    counts.hashes++;
  }
}

/** Expected leading-zero counts for N hashes: N 2^-(k+1), the last bin N 2^-(K-1) (k >= K-1). */
export function expectedLeadingZeros(hashes: number): number[] {
  return Array.from({ length: LEADING_ZERO_BINS }, (_, k) =>
    k === LEADING_ZERO_BINS - 1 ? hashes * 2 ** -k : hashes * 2 ** -(k + 1),
  );
}

export interface UniformityReport {
  firstByte: ChiSquareResult;
  leadingZeros: ChiSquareResult;
}

/** Chi-square tests of both histograms against their expectations. */
export function uniformityReport(counts: UniformityCounts): UniformityReport {
  const perByte = counts.hashes / 256;
  return {
    firstByte: chiSquareGoodnessOfFit(
      Array.from(counts.firstByte),
      Array.from({ length: 256 }, () => perByte),
    ),
    leadingZeros: chiSquareGoodnessOfFit(
      Array.from(counts.leadingZeros),
      expectedLeadingZeros(counts.hashes),
    ),
  };
}
