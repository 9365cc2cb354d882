import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../random';
import { clusterProportion, clusterWeightedMean, studentTQuantile } from './cluster-intervals';
import { clopperPearson } from './intervals';

describe('studentTQuantile(prob, df)', () => {
  it('matches tables: t(0.975; 1, 2, 10, 63) and the lower tail', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 5);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302653, 5);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTQuantile(0.975, 63)).toBeCloseTo(1.998341, 5);
    expect(studentTQuantile(0.025, 5)).toBeCloseTo(-2.570582, 5);
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it('tends to the normal quantile for many degrees of freedom', () => {
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 4);
  });

  it('rejects probabilities outside (0, 1) and df <= 0', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
  });
});

/** Binomial(n, p) by n Bernoulli draws (small n only). */
function binomial(random: Random, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random.next() < p) k++;
  return k;
}

describe('clusterProportion(successes, trials)', () => {
  it('sums over clusters and gives Clopper-Pearson over the clusters when each is all-or-nothing', () => {
    // 64 clusters of 256 trials; 5 clusters all successes, the rest none.
    const trials = new Array<number>(64).fill(256);
    const successes = trials.map((t, j) => (j < 5 ? t : 0));
    const result = clusterProportion(successes, trials);
    expect(result.proportion).toBeCloseTo(5 / 64, 12);
    // Design effect about the cluster size: the information is that of 64 trials, not 16,384.
    expect(result.designEffect).toBeGreaterThan(200);
    const [low, high] = clopperPearson(5, 64);
    expect(result.ci[0]).toBeLessThanOrEqual(low);
    expect(result.ci[1]).toBeGreaterThanOrEqual(high);
    // Only slightly wider than Clopper-Pearson on the 64 clusters (the t adjustment).
    expect(result.ci[1] - result.ci[0]).toBeLessThan(1.15 * (high - low));
  });

  it('is close to Clopper-Pearson on all trials when clusters do not vary more than chance', () => {
    // Every cluster exactly at the mean: no extra spread, design effect 1.
    const trials = new Array<number>(64).fill(512);
    const successes = trials.map(() => 32);
    const result = clusterProportion(successes, trials);
    expect(result.designEffect).toBe(1);
    const [low, high] = clopperPearson(64 * 32, 64 * 512);
    expect(result.ci[0]).toBeLessThanOrEqual(low);
    expect(result.ci[1]).toBeGreaterThanOrEqual(high);
    // The degrees-of-freedom step, (1.96 / t(0.975, 63))^2 = 0.962, widens it by about 2 %.
    expect(result.ci[1] - result.ci[0]).toBeLessThan(1.03 * (high - low));
  });

  it('handles 0 and all successes with one-sided intervals', () => {
    const none = clusterProportion([0, 0, 0], [10, 10, 10]);
    expect(none.ci[0]).toBe(0);
    // Clopper-Pearson's upper bound for 0 of n_eff, n_eff = 30 shrunk for 3 clusters' few
    // degrees of freedom: (t(0.975, 29) / t(0.975, 2))^2 = 0.226.
    expect(none.effectiveTrials).toBeCloseTo(30 * (2.04523 / 4.302653) ** 2, 3);
    expect(none.ci[1]).toBeCloseTo(1 - 0.025 ** (1 / none.effectiveTrials), 10);
    expect(none.ci[1]).toBeGreaterThan(clopperPearson(0, 30)[1]);
    const all = clusterProportion(new Array(8).fill(10), new Array(8).fill(10));
    expect(all.ci[1]).toBe(1);
    expect(all.ci[0]).toBeCloseTo(0.025 ** (1 / all.effectiveTrials), 10);
    expect(all.ci[0]).toBeGreaterThan(0.9);
  });

  it('rejects mismatched lengths, successes above trials and no trials', () => {
    expect(() => clusterProportion([1], [1, 2])).toThrow(RangeError);
    expect(() => clusterProportion([3], [2])).toThrow(RangeError);
    expect(() => clusterProportion([0], [0])).toThrow(RangeError);
  });

  // Coverage over seeded simulations; 400 runs at 95 % give a count with SD about 4.4, so the
  // bounds below are the nominal 380 +- 4.5 SD (and "at least" for the conservative case).
  it('covers the true proportion about 95 % of the time with independent trials (seed 11)', () => {
    const random = createRandom(11);
    let covered = 0;
    const p = 1 / 16;
    for (let run = 0; run < 400; run++) {
      const trials = new Array<number>(32).fill(64);
      const successes = trials.map((t) => binomial(random, t, p));
      const { ci } = clusterProportion(successes, trials);
      if (ci[0] <= p && p <= ci[1]) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(360);
    expect(covered).toBeLessThanOrEqual(398);
  });

  it('still covers when clusters are all-or-nothing, where counting trials fails (seed 12)', () => {
    const random = createRandom(12);
    const p = 1 / 8;
    let covered = 0;
    let coveredIfIndependent = 0;
    for (let run = 0; run < 400; run++) {
      const trials = new Array<number>(64).fill(128);
      const successes = trials.map((t) => (random.next() < p ? t : 0));
      const { ci } = clusterProportion(successes, trials);
      if (ci[0] <= p && p <= ci[1]) covered++;
      const total = successes.reduce((a, b) => a + b, 0);
      const naive = clopperPearson(total, 64 * 128);
      if (naive[0] <= p && p <= naive[1]) coveredIfIndependent++;
    }
    expect(covered).toBeGreaterThanOrEqual(360);
    // Treating the 8,192 trials as independent gives an interval about 11 times too narrow.
    expect(coveredIfIndependent).toBeLessThan(120);
  });
});

describe('clusterWeightedMean(values, weights)', () => {
  it('gives the weighted mean and a t interval from the between-cluster spread', () => {
    const result = clusterWeightedMean([1, 2, 3], [1, 1, 1]);
    expect(result.mean).toBe(2);
    // variance = 3/2 * (1 + 0 + 1) / 9 = 1/3; half-width = t(0.975, 2) sqrt(1/3).
    const half = 4.302653 * Math.sqrt(1 / 3);
    expect(result.ci[0]).toBeCloseTo(2 - half, 5);
    expect(result.ci[1]).toBeCloseTo(2 + half, 5);
    expect(result.clusters).toBe(3);
  });

  it('weights, skips weight 0 and non-finite values, and clips to bounds', () => {
    const result = clusterWeightedMean([0.5, 0.7, NaN, 0.1], [1, 3, 5, 0], 0.05, [0, 1]);
    expect(result.mean).toBeCloseTo(0.65, 12);
    expect(result.clusters).toBe(2);
    expect(result.ci[0]).toBeGreaterThanOrEqual(0);
    expect(result.ci[1]).toBeLessThanOrEqual(1);
  });

  it('is NaN with no cluster and the bounds with one', () => {
    expect(clusterWeightedMean([NaN], [1]).mean).toBeNaN();
    expect(clusterWeightedMean([0.8], [2], 0.05, [0, 1]).ci).toEqual([0, 1]);
  });
});
