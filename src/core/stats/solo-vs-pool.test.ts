import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import {
  poolIncome,
  samplePoisson,
  simulateIncomes,
  soloDrySpellProbability,
  soloIncome,
  soloMeanSecondsToBlock,
  type IncomeModel,
} from './solo-vs-pool';

const model: IncomeModel = { hashesPerSec: 1_000_000, pBlock: 2 ** -24, pShare: 2 ** -16 };

describe('solo and pool income (analytic)', () => {
  it('have the same mean; the pool spread is smaller by sqrt(pShare / pBlock)', () => {
    const solo = soloIncome(model, 600);
    const pool = poolIncome(model, 600);
    expect(pool.mean).toBeCloseTo(solo.mean, 12);
    expect(solo.mean).toBeCloseTo((1e6 * 600) / 2 ** 24, 12);
    expect(solo.sd).toBeCloseTo(Math.sqrt(solo.mean), 12);
    expect(solo.sd / pool.sd).toBeCloseTo(16, 12);
  });

  it('solo waits 1 / (h pBlock) seconds on average and may go dry with exp(-h t pBlock)', () => {
    expect(soloMeanSecondsToBlock(model)).toBeCloseTo(2 ** 24 / 1e6, 12);
    expect(soloDrySpellProbability(model, soloMeanSecondsToBlock(model))).toBeCloseTo(
      Math.exp(-1),
      12,
    );
  });

  it('rejects a share harder than a block and a zero rate', () => {
    expect(() => soloIncome({ ...model, pShare: 2 ** -30 }, 1)).toThrow(RangeError);
    expect(() => poolIncome({ ...model, hashesPerSec: 0 }, 1)).toThrow(RangeError);
  });
});

describe('samplePoisson and simulateIncomes (seeded)', () => {
  it('samplePoisson has mean and variance equal to its parameter (within 4 standard errors)', () => {
    const random = createRandom('poisson');
    const n = 5000;
    const values = Array.from({ length: n }, () => samplePoisson(random, 3));
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean - 3)).toBeLessThan(4 * Math.sqrt(3 / n));
    // Var of the sample variance of a Poisson(3): (mu + 2 mu^2 (n/(n-1))) / n, about (3 + 18)/n.
    expect(Math.abs(variance - 3)).toBeLessThan(4 * Math.sqrt(21 / n));
    expect(samplePoisson(random, 0)).toBe(0);
  });

  it('simulated solo and pool incomes share the mean; the pool varies far less', () => {
    const random = createRandom('incomes');
    const seconds = 60;
    const periods = 2000;
    const { solo, pool } = simulateIncomes(random, model, seconds, periods);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const expected = soloIncome(model, seconds);
    const soloSe = expected.sd / Math.sqrt(periods);
    expect(Math.abs(mean(solo) - expected.mean)).toBeLessThan(4 * soloSe);
    expect(Math.abs(mean(pool) - expected.mean)).toBeLessThan(4 * soloSe);
    const sd = (xs: number[]) => {
      const m = mean(xs);
      return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
    };
    expect(sd(solo) / sd(pool)).toBeGreaterThan(10);
    expect(sd(solo) / sd(pool)).toBeLessThan(22);
  });
});
