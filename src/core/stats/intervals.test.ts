import { describe, expect, it } from 'vitest';
import {
  binomialTestTwoSided,
  clopperPearson,
  poissonMeanInterval,
  rateRatio,
  ratioToExpected,
} from './intervals';

// Reference values from R 4.x: binom.test(k, n)$conf.int, poisson.test(k)$conf.int,
// binom.test(k, n, p)$p.value.
describe('clopperPearson(k, n)', () => {
  it('matches R binom.test for 5 of 10: [0.1871, 0.8129]', () => {
    const [low, high] = clopperPearson(5, 10);
    expect(low).toBeCloseTo(0.187086, 5);
    expect(high).toBeCloseTo(0.812914, 5);
  });

  it('gives [0, 0.3085] for 0 of 10 and [0.6915, 1] for 10 of 10', () => {
    expect(clopperPearson(0, 10)[0]).toBe(0);
    expect(clopperPearson(0, 10)[1]).toBeCloseTo(0.308497, 5);
    expect(clopperPearson(10, 10)[0]).toBeCloseTo(0.691503, 5);
    expect(clopperPearson(10, 10)[1]).toBe(1);
  });

  it('is [0, 1] for no trials and rejects k > n', () => {
    expect(clopperPearson(0, 0)).toEqual([0, 1]);
    expect(() => clopperPearson(3, 2)).toThrow(RangeError);
    expect(() => clopperPearson(1.5, 2)).toThrow(RangeError);
  });
});

describe('poissonMeanInterval(k)', () => {
  it('matches R poisson.test: k = 0 -> [0, 3.689], k = 10 -> [4.795, 18.390]', () => {
    expect(poissonMeanInterval(0)).toEqual([0, expect.closeTo(3.688879, 5)]);
    const [low, high] = poissonMeanInterval(10);
    expect(low).toBeCloseTo(4.795389, 5);
    expect(high).toBeCloseTo(18.390356, 5);
  });
});

describe('binomialTestTwoSided(k, n, p)', () => {
  it('matches R binom.test(7, 20, 0.5): p = 0.2632', () => {
    expect(binomialTestTwoSided(7, 20, 0.5)).toBeCloseTo(0.263176, 5);
  });

  it('is 1 at the centre and tiny far out', () => {
    expect(binomialTestTwoSided(10, 20, 0.5)).toBe(1);
    expect(binomialTestTwoSided(0, 1000, 0.1)).toBeLessThan(1e-40);
  });
});

describe('rateRatio(hitsA, hashesA, hitsB, hashesB)', () => {
  it('is 1 with p = 1 for equal counts over equal hashes', () => {
    const r = rateRatio(40, 1000, 40, 1000);
    expect(r.ratio).toBe(1);
    expect(r.pValue).toBe(1);
    expect(r.ci[0]).toBeLessThan(1);
    expect(r.ci[1]).toBeGreaterThan(1);
  });

  it('maps the Clopper-Pearson interval of kA / (kA + kB) to the ratio (R poisson.test)', () => {
    // poisson.test(c(10, 20), c(1, 1)): ratio 0.5, p = 0.09874
    const r = rateRatio(10, 1, 20, 1);
    expect(r.ratio).toBe(0.5);
    expect(r.pValue).toBeCloseTo(0.098732, 4);
    const [piLow, piHigh] = clopperPearson(10, 30);
    expect(r.ci[0]).toBeCloseTo(piLow / (1 - piLow), 10);
    expect(r.ci[1]).toBeCloseTo(piHigh / (1 - piHigh), 10);
  });

  it('accounts for different numbers of hashes', () => {
    const r = rateRatio(20, 2000, 10, 1000);
    expect(r.ratio).toBe(1);
    expect(r.pValue).toBe(1);
  });

  it('gives [0, Infinity] when neither arm hit', () => {
    const r = rateRatio(0, 100, 0, 100);
    expect(r.ratio).toBeNaN();
    expect(r.ci).toEqual([0, Infinity]);
  });

  it('covers the true ratio about 95% of the time (seeded simulation, within 4 SE)', async () => {
    const { createRandom } = await import('../random');
    const random = createRandom(7);
    const trials = 2000;
    let covered = 0;
    const poisson = (mean: number) => {
      // Knuth's method: fine for small means.
      const limit = Math.exp(-mean);
      let k = 0;
      let prod = random.next();
      while (prod > limit) {
        k++;
        prod *= random.next();
      }
      return k;
    };
    for (let i = 0; i < trials; i++) {
      const r = rateRatio(poisson(12), 1000, poisson(12), 1000);
      if (r.ci[0] <= 1 && 1 <= r.ci[1]) covered++;
    }
    // Exact intervals are conservative: coverage >= 95% minus sampling noise.
    const se = Math.sqrt((0.95 * 0.05) / trials);
    expect(covered / trials).toBeGreaterThan(0.95 - 4 * se);
  });
});

describe('ratioToExpected(hits, hashes, p)', () => {
  it('divides Garwood by the expected count', () => {
    const r = ratioToExpected(10, 1000, 0.01);
    expect(r.ratio).toBe(1);
    expect(r.ci[0]).toBeCloseTo(0.4795389, 5);
    expect(r.ci[1]).toBeCloseTo(1.8390356, 5);
    expect(r.pValue).toBeGreaterThan(0.9);
  });
});
