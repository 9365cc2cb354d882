import { describe, expect, it } from 'vitest';
import { runAvalancheTrials } from '../../core/experiments/avalanche';
import { createRandom } from '../../core/random';
import { summariseAvalanche } from './avalanche-summary';

describe('summariseAvalanche(counts)', () => {
  it('for 3,000 seeded flips: 95 % interval covers 128, fit p in (0.001, 1], expected sums to n', () => {
    const counts = new Float64Array(257);
    runAvalancheTrials(createRandom(1), 3000, counts);
    const summary = summariseAvalanche(counts);
    expect(summary.meanLow).toBeLessThan(summary.moments.mean);
    expect(summary.meanHigh - summary.meanLow).toBeCloseTo(
      2 * 1.96 * summary.moments.standardError,
      12,
    );
    expect(Math.abs(summary.moments.mean - 128)).toBeLessThan(4 * (8 / Math.sqrt(3000)));
    expect(summary.fit.pValue).toBeGreaterThan(0.001);
    expect(summary.fit.pValue).toBeLessThanOrEqual(1);
    expect(summary.expected.reduce((a, b) => a + b, 0)).toBeCloseTo(3000, 6);
  });

  it('rejects a distribution that is far too narrow (all flips exactly 128)', () => {
    const counts = new Float64Array(257);
    counts[128] = 3000;
    expect(summariseAvalanche(counts).fit.pValue).toBeLessThan(1e-10);
  });
});
