import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import {
  ALL_REWRITE_READINGS,
  chiSquareP,
  ethicalFilter,
  lag1Autocorrelation,
  nonceBits,
  nonceBytes,
  observedChiSquare,
  originalQualityScore,
  QUALITY_THRESHOLD,
  rewriteQualityScore,
  runsTestZ,
  shannonEntropyBits,
} from './quality-filters';

// 0x04030201: little-endian bytes [1, 2, 3, 4]; bits 00000001 00000010 00000011 00000100.
const N = 0x04030201;

describe('the nonce oracle quality filters', () => {
  it('nonceBytes(n) is little-endian and nonceBits(n) reads each byte MSB first', () => {
    expect(nonceBytes(N)).toEqual([1, 2, 3, 4]);
    expect(nonceBits(N).join('')).toBe('00000001000000100000001100000100');
  });

  it('the four statistics of [1, 2, 3, 4], by hand', () => {
    expect(shannonEntropyBits([1, 2, 3, 4])).toBe(2);
    // mean 2.5, deviations -1.5 -0.5 0.5 1.5: (0.75 - 0.25 + 0.75) / 5
    expect(lag1Autocorrelation([1, 2, 3, 4])).toBeCloseTo(0.25, 12);
    // four values seen once, expected 4 / 256 each: 4 (1 - 1/64)^2 x 64 = 3969 / 16
    expect(observedChiSquare([1, 2, 3, 4])).toBeCloseTo(3969 / 16, 10);
    expect(chiSquareP(3969 / 16)).toBeCloseTo(0.663967, 5); // 1 - erf(6.9375 / sqrt(510))
    // 5 ones, 27 zeros, 9 runs: mean 2 5 27 / 32 + 1, variance 270 238 / (1024 31)
    expect(runsTestZ(nonceBits(N))).toBeCloseTo(0.4375 / Math.sqrt(64260 / 31744), 10);
  });

  it('originalQualityScore(0x04030201) = 0.35 x 2 / 7.5 + 0 + 0.2 + 0.2', () => {
    const s = originalQualityScore(N);
    expect(s.entropyTerm).toBeCloseTo(0.35 * (2 / 7.5), 12);
    expect(s.autocorrelationTerm).toBe(0); // 1 - 10 x 0.25 < 0
    expect(s.chiSquareTerm).toBe(0.2);
    expect(s.runsTerm).toBe(0.2); // |z| = 0.307: s = 0.92, min(1, s / 0.5) = 1
    expect(s.score).toBeCloseTo(0.493333, 5);
  });

  it('a repeated byte fails the chi-square term; equal bytes or bits score 0 where a statistic is undefined', () => {
    // bytes [1, 1, 2, 3]: chi2 = (2 - 1/64)^2 64 + 2 (1 - 1/64)^2 64 = 376.03: p ~ 0
    expect(originalQualityScore(0x03020101).chiSquareTerm).toBe(0);
    const zero = originalQualityScore(0);
    expect(zero.autocorrelationTerm).toBe(0);
    expect(zero.runsTerm).toBe(0);
    expect(zero.score).toBe(0);
  });

  it('the best possible original score is 0.35 x 2 / 7.5 + 0.25 + 0.2 + 0.2 = 0.7433 < 0.75', () => {
    expect(0.35 * (2 / 7.5) + 0.65).toBeLessThan(QUALITY_THRESHOLD);
    const random = createRandom('filters');
    let best = 0;
    for (let i = 0; i < 3000; i++)
      best = Math.max(best, originalQualityScore(random.nextUint32()).score);
    expect(best).toBeLessThan(0.7434);
    expect(best).toBeGreaterThan(0.6);
  });

  it('rewriteQualityScore(0x04030201), by hand, under the default reading', () => {
    // 0.4 x 2/8 + 0.3 (1 - |8/31 - 0.5| x 2) + 0.2 x 5/8 + 0.1 (1 - (27/32) / 0.5)
    const expected = 0.1 + 0.3 * (1 - Math.abs(8 / 31 - 0.5) * 2) + 0.125 + 0.1 * (1 - 27 / 16);
    expect(rewriteQualityScore(N)).toBeCloseTo(expected, 12);
    // bit entropy of 5 ones in 32 bits instead of the byte entropy
    const h = -(5 / 32) * Math.log2(5 / 32) - (27 / 32) * Math.log2(27 / 32);
    expect(rewriteQualityScore(N, { bitEntropy: 'bit', pattern: 'balance' })).toBeCloseTo(
      expected - 0.1 + 0.4 * (h / 8),
      12,
    );
    expect(rewriteQualityScore(N, { bitEntropy: 'byte', pattern: 'transitions' })).toBeCloseTo(
      0.1 + 0.3 * (1 - 8 / 31) + 0.125 + 0.1 * (1 - 27 / 16),
      12,
    );
  });

  it('no reading of the rewrite reaches 0.75 (each tops out below 0.7)', () => {
    const random = createRandom('rewrite');
    for (const reading of ALL_REWRITE_READINGS) {
      for (let i = 0; i < 500; i++) {
        expect(rewriteQualityScore(random.nextUint32(), reading)).toBeLessThan(0.7);
      }
    }
  });

  it('the ethical filter: 8 hex digits carry at most 3 bits, diversity is always 0.5', () => {
    const v = ethicalFilter(N); // "04030201": 0 four times, 4 3 2 1 once each
    expect(v.hexEntropyBits).toBeCloseTo(2, 12);
    expect(v.autocorrelation).toBeCloseTo(0.25, 12);
    expect(v.diversity).toBe(0.5);
    expect(v.passes).toBe(false);
    expect(ethicalFilter(0x12345678).hexEntropyBits).toBe(3);
    expect(ethicalFilter(0x12345678).passes).toBe(false);
  });
});
