import { describe, expect, it } from 'vitest';
import { histogramMoments, wilsonInterval } from './histogram';

describe('histogramMoments(counts)', () => {
  it('gives the mean, sample SD and standard error of the counted values', () => {
    // values 1, 1, 3, 3: mean 2, sample variance 4/3
    const moments = histogramMoments([0, 2, 0, 2]);
    expect(moments.total).toBe(4);
    expect(moments.mean).toBe(2);
    expect(moments.sd).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(moments.standardError).toBeCloseTo(Math.sqrt(4 / 3) / 2, 12);
  });

  it('is all zeros for an empty histogram', () => {
    expect(histogramMoments([0, 0])).toEqual({ total: 0, mean: 0, sd: 0, standardError: 0 });
  });
});

describe('wilsonInterval(successes, trials)', () => {
  it('matches published 95 % values (0/10 -> [0, 0.2775]; 5/10 -> [0.2366, 0.7634])', () => {
    const [lo0, hi0] = wilsonInterval(0, 10);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.2775, 4);
    const [lo5, hi5] = wilsonInterval(5, 10);
    expect(lo5).toBeCloseTo(0.2366, 4);
    expect(hi5).toBeCloseTo(0.7634, 4);
  });
});
