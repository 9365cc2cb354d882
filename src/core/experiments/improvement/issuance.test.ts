import { describe, expect, it } from 'vitest';
import { improvementReward, issuanceSeries, scheduledReward } from './issuance';

describe('the reward', () => {
  it('halves every 210,000 blocks', () => {
    expect(scheduledReward(0)).toBe(50);
    expect(scheduledReward(209_999)).toBe(50);
    expect(scheduledReward(210_000)).toBe(25);
    expect(scheduledReward(420_000)).toBe(12.5);
  });
  it("the design's own example: 9.3 % gives 54.65, 43.72 to the miner, 10.93 to genesis", () => {
    const r = improvementReward(0, 0.093);
    expect(r.total).toBeCloseTo(54.65, 10);
    expect(r.miner).toBeCloseTo(43.72, 10);
    expect(r.genesis).toBeCloseTo(10.93, 10);
  });
});

describe('issuanceSeries', () => {
  it('the fixed schedule issues 10.5 M in the first era and 15.75 M after two', () => {
    const points = issuanceSeries(420_000, 210_000, () => 0.01);
    expect(points.map((p) => p.height)).toEqual([210_000, 420_000]);
    expect(points[0]!.fixed).toBe(10_500_000);
    expect(points[1]!.fixed).toBe(15_750_000);
    expect(points[1]!.withMultiplier).toBeCloseTo(15_750_000 * 1.01, 3);
    expect(points[1]!.genesisWallet).toBeCloseTo(15_750_000 * 1.01 * 0.2, 3);
  });
  it('samples the last block too', () => {
    expect(issuanceSeries(25, 10, () => 0).map((p) => p.height)).toEqual([10, 20, 25]);
  });
});
