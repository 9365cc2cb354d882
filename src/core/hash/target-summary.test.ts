import { describe, expect, it } from 'vitest';
import {
  compareHashWithTarget,
  log2OfBigint,
  summarizeBits,
  summarizeTarget,
  summarizeZeroBits,
} from './target-summary';
import { DIFFICULTY_1_TARGET } from './target';

const GENESIS_HASH = '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f';

describe('target summary', () => {
  it('summarizeBits(0x1d00ffff) is difficulty 1, p = 2^-32 (up to 0xffff/0x10000), 2^32 hashes', () => {
    const summary = summarizeBits(0x1d00ffff);
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    expect(summary.target).toBe(DIFFICULTY_1_TARGET);
    expect(summary.targetHex).toBe('00000000ffff' + '0'.repeat(52));
    expect(summary.difficulty).toBe(1);
    expect(summary.expectedHashes).toBeCloseTo(2 ** 32 * (0x10000 / 0xffff), -2);
    expect(summary.probability * summary.expectedHashes).toBeCloseTo(1, 12);
    expect(summary.workBits).toBeCloseTo(32, 4);
    expect(summary.mainnetValid).toBe(true);
  });

  it('summarizeBits names the reason for negative, overflowing and zero bits, never throws', () => {
    expect(summarizeBits(0x04923456)).toEqual({ ok: false, bits: 0x04923456, reason: 'negative' });
    expect(summarizeBits(0xff123456)).toEqual({ ok: false, bits: 0xff123456, reason: 'overflow' });
    expect(summarizeBits(0)).toEqual({ ok: false, bits: 0, reason: 'zero' });
  });

  it('summarizeBits at block 300,000 (bits 0x1900896c) gives difficulty 8,000,872,135.97', () => {
    const summary = summarizeBits(0x1900896c);
    expect(summary.ok && summary.difficulty).toBeCloseTo(8_000_872_135.968, 2);
  });

  it('summarizeTarget of an easy target is not mainnet-valid and has difficulty < 1', () => {
    const summary = summarizeTarget((1n << 255n) - 1n);
    expect(summary.mainnetValid).toBe(false);
    expect(summary.difficulty).toBeLessThan(1);
    expect(summary.probability).toBe(0.5);
  });

  it('summarizeZeroBits(N): p = 2^-N exactly, 2^N expected hashes, floor(N/4) hex zeros', () => {
    for (const n of [1, 4, 17, 32, 64, 80]) {
      const summary = summarizeZeroBits(n);
      expect(summary.probability).toBe(2 ** -n);
      expect(summary.expectedHashes).toBe(2 ** n);
      expect(summary.workBits).toBe(n);
      expect(summary.hexZeroDigits).toBe(Math.floor(n / 4));
      expect(summary.targetHex.startsWith('0'.repeat(Math.floor(n / 4)))).toBe(true);
      expect(summary.compactTarget <= summary.target).toBe(true);
    }
  });

  it('summarizeZeroBits: 4 more bits = one more hex zero = 16x the expected hashes', () => {
    const a = summarizeZeroBits(40);
    const b = summarizeZeroBits(44);
    expect(b.expectedHashes / a.expectedHashes).toBe(16);
    expect(b.hexZeroDigits - a.hexZeroDigits).toBe(1);
  });

  it('summarizeZeroBits(32) has the compact bits of difficulty 1', () => {
    expect(summarizeZeroBits(32).compactBits).toBe(0x1d00ffff);
    expect(() => summarizeZeroBits(0)).toThrow(RangeError);
    expect(() => summarizeZeroBits(256)).toThrow(RangeError);
  });

  it('log2OfBigint is exact on powers of two and accurate beyond 2^53', () => {
    expect(log2OfBigint(1n)).toBe(0);
    expect(log2OfBigint(1n << 200n)).toBe(200);
    expect(log2OfBigint(3n << 100n)).toBeCloseTo(100 + Math.log2(3), 12);
    expect(log2OfBigint((1n << 256n) - 1n)).toBeCloseTo(256, 12);
    expect(() => log2OfBigint(0n)).toThrow(RangeError);
  });

  it('compareHashWithTarget: genesis meets its target; the first different digit is 8', () => {
    const comparison = compareHashWithTarget(GENESIS_HASH, DIFFICULTY_1_TARGET);
    expect(comparison.meets).toBe(true);
    // 00000000 0 vs 00000000 f: the hash's 9th digit (index 8) is smaller.
    expect(comparison.firstDifferentDigit).toBe(8);
    expect(comparison.hashLog2!).toBeLessThan(comparison.targetLog2!);
    expect(comparison.targetLog2).toBeCloseTo(224, 3);
  });

  it('compareHashWithTarget: a larger hash fails, an equal hash meets, a zero hash has no log2', () => {
    const target = DIFFICULTY_1_TARGET;
    const above = compareHashWithTarget('00000001' + '0'.repeat(56), target);
    expect(above.meets).toBe(false);
    expect(above.firstDifferentDigit).toBe(7);
    const equal = compareHashWithTarget('00000000FFFF' + '0'.repeat(52), target);
    expect(equal.meets).toBe(true);
    expect(equal.firstDifferentDigit).toBe(-1);
    expect(compareHashWithTarget('0'.repeat(64), target).hashLog2).toBeNull();
  });
});
