import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { sampleGeometric } from './geometric';
import { binTries, empiricalCdf } from './tries-histogram';

describe('binTries(tries, p, binCount, maxTries)', () => {
  it('puts each sample in its (x0, x1] bin and counts the rest as beyond', () => {
    const { bins, beyond } = binTries([1, 10, 11, 20, 21, 100], 0.05, 2, 20);
    expect(bins.map((b) => b.observed)).toEqual([2, 2]);
    expect(beyond.observed).toBe(2);
    expect(bins[0]).toMatchObject({ x0: 0, x1: 10 });
  });

  it('expected counts add up to n with the beyond part', () => {
    const tries = Array.from({ length: 50 }, (_, i) => i + 1);
    const { bins, beyond } = binTries(tries, 0.02, 10, 200);
    const total = bins.reduce((s, b) => s + b.expected, 0) + beyond.expected;
    expect(total).toBeCloseTo(50, 9);
  });

  it('seeded geometric data land inside the 95% band in most bins', () => {
    const random = createRandom('bins');
    const p = 2 ** -12;
    const tries = Array.from({ length: 5000 }, () => sampleGeometric(random, p));
    const { bins } = binTries(tries, p, 20, 5 / p);
    const inside = bins.filter((b) => b.observed >= b.expectedLow && b.observed <= b.expectedHigh);
    // 20 bins at 95% each: at least 15 inside has probability > 0.999.
    expect(inside.length).toBeGreaterThanOrEqual(15);
  });

  it('rejects zero bins and a non-positive range', () => {
    expect(() => binTries([1], 0.5, 0, 10)).toThrow(RangeError);
    expect(() => binTries([1], 0.5, 2, 0)).toThrow(RangeError);
  });
});

describe('empiricalCdf(tries)', () => {
  it('steps up by 1/n per sample, merging ties', () => {
    expect(empiricalCdf([3, 1, 3, 2])).toEqual([
      { x: 1, y: 0.25 },
      { x: 2, y: 0.5 },
      { x: 3, y: 1 },
    ]);
    expect(empiricalCdf([])).toEqual([]);
  });
});
