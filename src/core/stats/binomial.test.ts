import { binomialDistribution } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { binomialMean, binomialPmf, binomialSd } from './binomial';

describe('binomialPmf(n, p)', () => {
  it('sums to 1 and peaks at 128 for Binomial(256, 1/2), with P(128) = C(256,128)/2^256', () => {
    const pmf = binomialPmf(256, 0.5);
    expect(pmf).toHaveLength(257);
    expect(pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(pmf.indexOf(Math.max(...pmf))).toBe(128);
    // Exact: C(256, 128) / 2^256 with BigInt.
    let choose = 1n;
    for (let k = 1n; k <= 128n; k++) choose = (choose * (257n - k)) / k;
    expect(pmf[128]).toBeCloseTo(Number((choose * 10n ** 15n) / 2n ** 256n) / 1e15, 12);
  });

  it('agrees with simple-statistics for Binomial(20, 0.3)', () => {
    // simple-statistics stops once the cumulative sum is within its epsilon of 1.
    const reference = binomialDistribution(20, 0.3) as number[];
    const pmf = binomialPmf(20, 0.3);
    expect(reference.length).toBeGreaterThan(10);
    reference.forEach((value, k) => expect(pmf[k]).toBeCloseTo(value, 10));
  });

  it('handles p = 0 and p = 1, and rejects a bad n or p', () => {
    expect(binomialPmf(3, 0)).toEqual([1, 0, 0, 0]);
    expect(binomialPmf(3, 1)).toEqual([0, 0, 0, 1]);
    expect(() => binomialPmf(-1, 0.5)).toThrow(RangeError);
    expect(() => binomialPmf(3, 1.5)).toThrow(RangeError);
  });
});

describe('binomialMean / binomialSd', () => {
  it('give 128 and 8 for Binomial(256, 1/2)', () => {
    expect(binomialMean(256, 0.5)).toBe(128);
    expect(binomialSd(256, 0.5)).toBe(8);
  });
});
