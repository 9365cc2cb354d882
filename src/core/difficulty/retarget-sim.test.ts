import { describe, expect, it } from 'vitest';
import { simOptionsProblem, simulateRetargets } from './retarget-sim';

describe('simulateRetargets', () => {
  it('is replayable from its seed and changes with it', () => {
    const o = { seed: 7, periods: 8, changeAt: 2, factor: 2 };
    expect(simulateRetargets(o)).toEqual(simulateRetargets(o));
    expect(simulateRetargets({ ...o, seed: 8 })[0]!.meanBlockTime).not.toBe(
      simulateRetargets(o)[0]!.meanBlockTime,
    );
  });

  it('halving the hash rate doubles block times for one period, then recovers', () => {
    const runs = [1, 2, 3, 4, 5].map((seed) =>
      simulateRetargets({ seed, periods: 8, changeAt: 3, factor: 0.5 }),
    );
    for (const run of runs) {
      expect(run[3]!.meanBlockTime).toBeGreaterThan(1000);
      expect(run[7]!.meanBlockTime).toBeGreaterThan(540);
      expect(run[7]!.meanBlockTime).toBeLessThan(660);
      expect(run[7]!.relativeDifficulty).toBeGreaterThan(0.42);
      expect(run[7]!.relativeDifficulty).toBeLessThan(0.58);
    }
  });

  it('doubling the hash rate halves block times for one period', () => {
    const run = simulateRetargets({ seed: 9, periods: 6, changeAt: 1, factor: 2 });
    expect(run[1]!.meanBlockTime).toBeLessThan(330);
    expect(run[5]!.relativeDifficulty).toBeGreaterThan(1.8);
  });

  it('a 16x jump hits the 4x clamp, so recovery takes more than one period', () => {
    const run = simulateRetargets({ seed: 3, periods: 5, changeAt: 1, factor: 16 });
    expect(run[1]!.clamp).toBe('low');
    expect(run[2]!.relativeDifficulty).toBeCloseTo(4, 1);
    expect(run[2]!.meanBlockTime).toBeLessThan(200);
  });

  it('rejects bad options with a message', () => {
    expect(simOptionsProblem({ seed: 1, periods: 0, changeAt: 0, factor: 2 })).toMatch(/periods/);
    expect(simOptionsProblem({ seed: 1, periods: 5, changeAt: 5, factor: 2 })).toMatch(/period/);
    expect(simOptionsProblem({ seed: 1, periods: 5, changeAt: 1, factor: 100 })).toMatch(/factor/);
    expect(() => simulateRetargets({ seed: 1, periods: 5, changeAt: 1, factor: NaN })).toThrow(
      RangeError,
    );
  });
});
