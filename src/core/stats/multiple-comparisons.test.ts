import { describe, expect, it } from 'vitest';
import { adjustedAlphas, adjustPValues } from './multiple-comparisons';

describe('adjustPValues(p, method)', () => {
  const p = [0.008, 0.03, 0.123, 0.6, 0.2];

  it('Holm: [0.04, 0.12, 0.369, 0.6, 0.4] (R p.adjust)', () => {
    const adjusted = adjustPValues(p, 'holm');
    [0.04, 0.12, 0.369, 0.6, 0.4].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 10));
  });

  it('Bonferroni multiplies by m, capped at 1', () => {
    const adjusted = adjustPValues(p, 'bonferroni');
    [0.04, 0.15, 0.615, 1, 1].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 10));
  });

  it('returns [] for no p-values', () => {
    expect(adjustPValues([], 'holm')).toEqual([]);
  });
});

describe('adjustedAlphas(p, method)', () => {
  it('Holm steps alpha/m, alpha/(m-1), ... until the first arm it does not reject', () => {
    const alphas = adjustedAlphas([0.008, 0.03, 0.123, 0.6, 0.2], 'holm');
    // ranks: 0.008 (0.01, rejected), 0.03 (0.0125, kept: stop), then all keep 0.0125.
    expect(alphas).toEqual([0.01, 0.0125, 0.0125, 0.0125, 0.0125]);
  });

  it('Bonferroni gives alpha/m to every arm', () => {
    expect(adjustedAlphas([0.5, 0.01], 'bonferroni')).toEqual([0.025, 0.025]);
  });

  it('agrees with the adjusted p-values: an arm is rejected iff its p <= its alpha', () => {
    const p = [0.001, 0.004, 0.02, 0.03, 0.5];
    const alphas = adjustedAlphas(p, 'holm');
    const adjusted = adjustPValues(p, 'holm');
    p.forEach((value, i) => expect(value <= alphas[i]!).toBe(adjusted[i]! <= 0.05));
  });
});
