/**
 * The nonce oracle's "quality filters", re-implemented as the design computes them (see
 * docs/case-studies.md §1): scores of a 4-byte nonce from statistics of its own bytes, and a
 * threshold of 0.75 to keep a nonce.
 *
 * - `originalQualityScore`: the "six filters", really a weighted blend of four statistics:
 *   0.35 min(1, H / 7.5) (H = Shannon entropy in bits of the byte values), 0.25 max(0, 1 -
 *   10 |r1|) (r1 = lag-1 autocorrelation of the bytes), 0.20 [p > 0.05] with p = 1 - erf(|chi2 -
 *   255| / sqrt(510)) (chi2 over the observed byte values only, expected count n / 256) and
 *   0.20 min(1, s / 0.5) with s = max(0, 1 - |z| / 4) (z of a Wald-Wolfowitz runs test on the
 *   bits). Four bytes have at most 2 bits of entropy, so the score tops out at 0.35 x 2 / 7.5 +
 *   0.25 + 0.2 + 0.2 = 0.7433 < 0.75: it rejects every nonce.
 * - `rewriteQualityScore`: 0.4 bitEntropy / 8 + 0.3 (1 - pattern) + 0.2 distinct 4-bit chunks /
 *   chunks + 0.1 (1 - zeroDensity / 0.5). Every reading of the open terms keeps bitEntropy <= 2
 *   bits and the other terms <= 0.3 + 0.2 + 0.1, so it tops out below 0.7: it passes nothing.
 * - `ethicalFilter`: hex entropy >= 3.5 bits (8 hex digits carry at most 3), lag-1
 *   autocorrelation >= 0.7 and a "diversity" > 0.5 that the design sets to exactly 0.5.
 *
 * Readings chosen where the description leaves a detail open (each documented on the page):
 * the nonce's bytes are taken little-endian, as they sit in the Monero hashing blob; bits are
 * read most significant first within each byte; r1 = sum (x_i - m)(x_{i+1} - m) / sum (x_i -
 * m)^2 (the usual sample autocorrelation), and a term that would divide by zero (all bytes
 * equal, or all bits equal for the runs test) scores 0, as the design's Python does when the
 * statistic is NaN. The rewrite's open terms have a default reading and alternatives
 * (`RewriteReading`); the experiment reports the best score under every reading.
 */
import { errorFunction } from 'simple-statistics';

/** The design's threshold: keep a nonce whose score is at least this. */
export const QUALITY_THRESHOLD = 0.75;

/** The nonce's 4 bytes, little-endian (as at offset 39 of a Monero hashing blob). */
export function nonceBytes(nonce: number): number[] {
  return [nonce & 0xff, (nonce >>> 8) & 0xff, (nonce >>> 16) & 0xff, nonce >>> 24];
}

/** The nonce's 32 bits: bytes little-endian, each byte most significant bit first. */
export function nonceBits(nonce: number): number[] {
  const bits: number[] = [];
  for (const byte of nonceBytes(nonce)) for (let b = 7; b >= 0; b--) bits.push((byte >>> b) & 1);
  return bits;
}

/** Shannon entropy in bits of the values in `items` (their empirical distribution). */
export function shannonEntropyBits(items: ArrayLike<number | string>): number {
  const counts = new Map<number | string, number>();
  for (let i = 0; i < items.length; i++) counts.set(items[i]!, (counts.get(items[i]!) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / items.length;
    h -= p * Math.log2(p);
  }
  return h === 0 ? 0 : h; // no -0
}

/** Lag-1 sample autocorrelation; NaN when every value is the same. */
export function lag1Autocorrelation(values: readonly number[]): number {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    den += d * d;
    if (i + 1 < n) num += d * (values[i + 1]! - mean);
  }
  return den === 0 ? NaN : num / den;
}

/** Chi-square over the observed byte values only, expected count n / 256 each. */
export function observedChiSquare(bytes: readonly number[]): number {
  const expected = bytes.length / 256;
  const counts = new Map<number, number>();
  for (const b of bytes) counts.set(b, (counts.get(b) ?? 0) + 1);
  let chi2 = 0;
  for (const c of counts.values()) chi2 += (c - expected) ** 2 / expected;
  return chi2;
}

/** The design's "p-value" of that chi-square: 1 - erf(|chi2 - 255| / sqrt(510)). */
export function chiSquareP(chi2: number): number {
  return 1 - errorFunction(Math.abs(chi2 - 255) / Math.sqrt(510));
}

/** |z| of the Wald-Wolfowitz runs test on bits; NaN when all bits are equal. */
export function runsTestZ(bits: readonly number[]): number {
  const n = bits.length;
  const ones = bits.reduce((s, b) => s + b, 0);
  const zeros = n - ones;
  let runs = n > 0 ? 1 : 0;
  for (let i = 1; i < n; i++) if (bits[i] !== bits[i - 1]) runs++;
  const mean = (2 * ones * zeros) / n + 1;
  const variance = (2 * ones * zeros * (2 * ones * zeros - n)) / (n * n * (n - 1));
  return variance > 0 ? Math.abs(runs - mean) / Math.sqrt(variance) : NaN;
}

/** The four weighted terms of the original score, and their sum. */
export interface OriginalScore {
  entropyTerm: number;
  autocorrelationTerm: number;
  chiSquareTerm: number;
  runsTerm: number;
  score: number;
}

const orZero = (x: number) => (Number.isNaN(x) ? 0 : x);

/** The original "six filters" score of a nonce (keep it if score >= 0.75). */
export function originalQualityScore(nonce: number): OriginalScore {
  const bytes = nonceBytes(nonce);
  const entropyTerm = 0.35 * Math.min(1, shannonEntropyBits(bytes) / 7.5);
  const autocorrelationTerm = orZero(
    0.25 * Math.max(0, 1 - 10 * Math.abs(lag1Autocorrelation(bytes))),
  );
  const chiSquareTerm = chiSquareP(observedChiSquare(bytes)) > 0.05 ? 0.2 : 0;
  const s = Math.max(0, 1 - runsTestZ(nonceBits(nonce)) / 4);
  const runsTerm = orZero(0.2 * Math.min(1, s / 0.5));
  const score = entropyTerm + autocorrelationTerm + chiSquareTerm + runsTerm;
  return { entropyTerm, autocorrelationTerm, chiSquareTerm, runsTerm, score };
}

/**
 * Readings of the rewrite's open terms. bitEntropy: "byte" = Shannon entropy in bits of the
 * byte values (default: the same entropy the original score uses), "bit" = entropy of the 0/1
 * distribution of the 32 bits. pattern: "balance" = |transitions / 31 - 0.5| x 2 (default: 0
 * when half the neighbouring bits differ, as in random bits), "transitions" = transitions / 31.
 */
export interface RewriteReading {
  bitEntropy: 'byte' | 'bit';
  pattern: 'balance' | 'transitions';
}

export const DEFAULT_REWRITE_READING: RewriteReading = { bitEntropy: 'byte', pattern: 'balance' };

export const ALL_REWRITE_READINGS: readonly RewriteReading[] = [
  { bitEntropy: 'byte', pattern: 'balance' },
  { bitEntropy: 'bit', pattern: 'balance' },
  { bitEntropy: 'byte', pattern: 'transitions' },
  { bitEntropy: 'bit', pattern: 'transitions' },
];

/** The rewrite's score of a nonce under a reading (keep it if score >= 0.75). */
export function rewriteQualityScore(
  nonce: number,
  reading: RewriteReading = DEFAULT_REWRITE_READING,
): number {
  const bits = nonceBits(nonce);
  const bitEntropy =
    reading.bitEntropy === 'byte'
      ? shannonEntropyBits(nonceBytes(nonce))
      : shannonEntropyBits(bits);
  let transitions = 0;
  for (let i = 1; i < 32; i++) if (bits[i] !== bits[i - 1]) transitions++;
  const pattern =
    reading.pattern === 'balance' ? Math.abs(transitions / 31 - 0.5) * 2 : transitions / 31;
  const chunks: number[] = [];
  for (let i = 0; i < 32; i += 4)
    chunks.push(bits[i]! * 8 + bits[i + 1]! * 4 + bits[i + 2]! * 2 + bits[i + 3]!);
  const distinctChunks = new Set(chunks).size / chunks.length;
  const zeroDensity = bits.filter((b) => b === 0).length / 32;
  return (
    0.4 * (bitEntropy / 8) +
    0.3 * (1 - pattern) +
    0.2 * distinctChunks +
    0.1 * (1 - zeroDensity / 0.5)
  );
}

/** The "ethical" filter's three checks and its verdict. */
export interface EthicalVerdict {
  hexEntropyBits: number;
  autocorrelation: number;
  /** Always exactly 0.5 in the design, so "diversity > 0.5" never holds. */
  diversity: number;
  passes: boolean;
}

/** The "ethical" filter: hex entropy >= 3.5, lag-1 autocorrelation >= 0.7, diversity > 0.5. */
export function ethicalFilter(nonce: number): EthicalVerdict {
  const hex = nonce.toString(16).padStart(8, '0');
  const hexEntropyBits = shannonEntropyBits(hex.split(''));
  const autocorrelation = lag1Autocorrelation(nonceBytes(nonce));
  const diversity = 0.5;
  const passes = hexEntropyBits >= 3.5 && autocorrelation >= 0.7 && diversity > 0.5;
  return { hexEntropyBits, autocorrelation, diversity, passes };
}
