import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { geometricFit } from './geometric-fit';
import { sampleGeometric } from './geometric';

describe('geometricFit(tries, p)', () => {
  it('cuts bins of equal theoretical probability: each expects n / bins', () => {
    const tries = Array.from({ length: 60 }, (_, i) => 1 + i * 40);
    const fit = geometricFit(tries, 2 ** -10);
    expect(fit.edges).toHaveLength(5);
    // Whole-number edges make the bins a hair unequal: within 0.1 of 10 each.
    for (const e of fit.expected) expect(Math.abs(e - 10)).toBeLessThan(0.1);
    expect(fit.observed.reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('accepts geometric samples (seeded: p-value well above 0.001)', () => {
    const random = createRandom('geometric-fit');
    const p = 1 / 1024;
    const tries = Array.from({ length: 600 }, () => sampleGeometric(random, p));
    expect(geometricFit(tries, p).pValue).toBeGreaterThan(0.001);
  });

  it('rejects tries that all sit at the mean (p-value below 1e-6)', () => {
    const tries = new Array<number>(600).fill(1024);
    expect(geometricFit(tries, 1 / 1024).pValue).toBeLessThan(1e-6);
  });
});
