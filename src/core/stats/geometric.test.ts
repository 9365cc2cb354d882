import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import {
  chiSquareQuantile,
  gapsBetween,
  geometricCdf,
  geometricMean,
  geometricPmf,
  geometricQuantile,
  geometricVariance,
  meanTriesInterval,
  runningMean,
  sampleGeometric,
} from './geometric';

describe('geometricPmf(k, p) and geometricCdf(k, p)', () => {
  it('gives the textbook values for p = 1/2', () => {
    expect(geometricPmf(1, 0.5)).toBe(0.5);
    expect(geometricPmf(3, 0.5)).toBe(0.125);
    expect(geometricPmf(0, 0.5)).toBe(0);
    expect(geometricCdf(3, 0.5)).toBeCloseTo(0.875, 15);
    expect(geometricCdf(0, 0.5)).toBe(0);
  });

  it('the cdf is the running sum of the pmf', () => {
    const p = 1 / 37;
    let sum = 0;
    for (let k = 1; k <= 300; k++) {
      sum += geometricPmf(k, p);
      expect(geometricCdf(k, p)).toBeCloseTo(sum, 12);
    }
  });

  it('stays accurate for tiny p: cdf(1/p) is 1 - 1/e to 1e-12 at p = 2^-40', () => {
    const p = 2 ** -40;
    expect(geometricCdf(2 ** 40, p)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(geometricPmf(1, p)).toBe(p);
  });

  it('p = 1 succeeds on the first try', () => {
    expect(geometricPmf(1, 1)).toBe(1);
    expect(geometricPmf(2, 1)).toBe(0);
    expect(geometricCdf(1, 1)).toBe(1);
  });

  it('rejects p outside (0, 1] and negative or fractional tries', () => {
    expect(() => geometricPmf(1, 0)).toThrow(RangeError);
    expect(() => geometricPmf(1, 1.5)).toThrow(RangeError);
    expect(() => geometricPmf(-1, 0.5)).toThrow(RangeError);
    expect(() => geometricPmf(1.5, 0.5)).toThrow(RangeError);
    expect(() => geometricCdf(-1, 0.5)).toThrow(RangeError);
  });
});

describe('geometricMean, geometricVariance, geometricQuantile', () => {
  it('mean 1/p and variance (1 - p)/p^2', () => {
    expect(geometricMean(2 ** -16)).toBe(65536);
    expect(geometricVariance(0.25)).toBe(12);
  });

  it('the quantile is the smallest k whose cdf reaches q', () => {
    for (const p of [0.5, 0.1, 2 ** -12]) {
      for (const q of [0.01, 0.5, 0.632, 0.99]) {
        const k = geometricQuantile(q, p);
        expect(geometricCdf(k, p)).toBeGreaterThanOrEqual(q);
        if (k > 1) expect(geometricCdf(k - 1, p)).toBeLessThan(q);
      }
    }
    expect(geometricQuantile(0.5, 0.5)).toBe(1);
  });
});

describe('chiSquareQuantile(probability, df)', () => {
  it('inverts the chi-square cdf (known table values)', () => {
    // df = 2 is exponential with mean 2: the q-quantile is -2 ln(1 - q).
    expect(chiSquareQuantile(0.975, 2)).toBeCloseTo(-2 * Math.log(0.025), 9);
    expect(chiSquareQuantile(0.025, 2)).toBeCloseTo(-2 * Math.log(0.975), 9);
    // Tables: chi-square(0.95, 10) = 18.307, chi-square(0.05, 10) = 3.940.
    expect(chiSquareQuantile(0.95, 10)).toBeCloseTo(18.307, 3);
    expect(chiSquareQuantile(0.05, 10)).toBeCloseTo(3.9403, 3);
  });
});

describe('meanTriesInterval(tries)', () => {
  it('brackets the sample mean, skewed to the right', () => {
    const interval = meanTriesInterval([10, 20, 30]);
    expect(interval.mean).toBe(20);
    expect(interval.n).toBe(3);
    expect(interval.lower).toBeLessThan(20);
    expect(interval.upper).toBeGreaterThan(20);
    expect(interval.upper - 20).toBeGreaterThan(20 - interval.lower);
  });

  it('one sample of 1/p gives the exact exponential interval [1/p * 2/q(0.975,2), ...]', () => {
    const interval = meanTriesInterval([1000]);
    expect(interval.lower).toBeCloseTo(2000 / (-2 * Math.log(0.025)), 6);
    expect(interval.upper).toBeCloseTo(2000 / (-2 * Math.log(0.975)), 6);
  });

  it('covers 1/p in about 95% of seeded simulated experiments (within 4 standard errors)', () => {
    const random = createRandom('geometric-coverage');
    const p = 2 ** -12;
    const experiments = 2000;
    let covered = 0;
    for (let e = 0; e < experiments; e++) {
      const tries = Array.from({ length: 20 }, () => sampleGeometric(random, p));
      const { lower, upper } = meanTriesInterval(tries);
      if (lower <= 1 / p && 1 / p <= upper) covered++;
    }
    const se = Math.sqrt((0.95 * 0.05) / experiments);
    expect(Math.abs(covered / experiments - 0.95)).toBeLessThan(4 * se);
  });

  it('rejects an empty list, a zero and a bad level', () => {
    expect(() => meanTriesInterval([])).toThrow(RangeError);
    expect(() => meanTriesInterval([0])).toThrow(RangeError);
    expect(() => meanTriesInterval([1], 1)).toThrow(RangeError);
  });
});

describe('sampleGeometric(random, p)', () => {
  it('has mean 1/p within 4 standard errors over 20,000 seeded draws', () => {
    const random = createRandom(7);
    const p = 1 / 500;
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sampleGeometric(random, p);
    const se = Math.sqrt(geometricVariance(p) / n);
    expect(Math.abs(sum / n - 1 / p)).toBeLessThan(4 * se);
  });

  it('matches the pmf at k = 1 (the chance of a first-try hit)', () => {
    const random = createRandom(8);
    const p = 0.2;
    const n = 20_000;
    let ones = 0;
    for (let i = 0; i < n; i++) if (sampleGeometric(random, p) === 1) ones++;
    expect(Math.abs(ones / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });
});

describe('runningMean and gapsBetween', () => {
  it('runningMean gives the mean of each prefix', () => {
    expect(runningMean([2, 4, 6])).toEqual([2, 3, 4]);
    expect(runningMean([])).toEqual([]);
  });

  it('gapsBetween turns cumulative positions into tries per solution', () => {
    expect(gapsBetween([5, 12, 13])).toEqual([5, 7, 1]);
    expect(() => gapsBetween([5, 5])).toThrow(RangeError);
    expect(() => gapsBetween([0])).toThrow(RangeError);
  });
});
