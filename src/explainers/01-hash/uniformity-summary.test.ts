import { describe, expect, it } from 'vitest';
import { addUniformityHashes, emptyUniformityCounts } from '../../core/experiments/uniformity';
import { summariseUniformity } from './uniformity-summary';

describe('summariseUniformity(counts)', () => {
  const counts = emptyUniformityCounts();
  addUniformityHashes(counts, 1, 0, 20_000);
  const summary = summariseUniformity(counts);

  it('finds about 1 in 256 digests with 8 or more zero bits, 2^-8 inside a 4-SE band', () => {
    const n = 20_000;
    const se = Math.sqrt((2 ** -8 * (1 - 2 ** -8)) / n);
    expect(Math.abs(summary.atLeast8Share - 2 ** -8)).toBeLessThan(4 * se);
    const [low, high] = summary.atLeast8Interval;
    expect(low).toBeLessThan(summary.atLeast8Share);
    expect(high).toBeGreaterThan(summary.atLeast8Share);
  });

  it('draws 256 byte bars summing to N and zero-bit bars with whiskers around each count', () => {
    expect(summary.byteBars).toHaveLength(256);
    expect(summary.byteBars.reduce((a, b) => a + b.value, 0)).toBe(20_000);
    expect(summary.byteCurve[0]!.y).toBe(20_000 / 256);
    for (const bar of summary.zeroBars) {
      expect(bar.low!).toBeLessThanOrEqual(bar.value);
      expect(bar.high!).toBeGreaterThanOrEqual(bar.value);
    }
    expect(summary.zeroCurve[0]!.y).toBe(10_000);
    expect(summary.report.firstByte.pValue).toBeGreaterThan(0);
    expect(summary.report.firstByte.pValue).toBeLessThanOrEqual(1);
  });
});
