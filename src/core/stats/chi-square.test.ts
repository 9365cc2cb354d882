import { describe, expect, it } from 'vitest';
import { chiSquareGoodnessOfFit, mergeSmallBins } from './chi-square';

describe('chiSquareGoodnessOfFit(observed, expected)', () => {
  it('gives p = 1 for a perfect fit', () => {
    const result = chiSquareGoodnessOfFit([25, 25, 25, 25], [25, 25, 25, 25]);
    expect(result.statistic).toBe(0);
    expect(result.degreesOfFreedom).toBe(3);
    expect(result.pValue).toBe(1);
  });

  it('gives the textbook p of 0.05 at statistic 3.841 with 1 degree of freedom', () => {
    // observed 60/40 against 50/50 of 100 -> statistic 4; and a constructed 3.841 case.
    expect(chiSquareGoodnessOfFit([60, 40], [50, 50]).pValue).toBeCloseTo(0.0455, 4);
    const d = Math.sqrt((3.841459 * 50) / 2);
    expect(chiSquareGoodnessOfFit([50 + d, 50 - d], [50, 50]).pValue).toBeCloseTo(0.05, 5);
  });

  it('gives the upper-tail p of a fair die rolled 60 times (a known worked example)', () => {
    // 5, 8, 9, 8, 10, 20 against 10 each: statistic 13.4, df 5, p = 0.0199
    const result = chiSquareGoodnessOfFit([5, 8, 9, 8, 10, 20], [10, 10, 10, 10, 10, 10]);
    expect(result.statistic).toBeCloseTo(13.4, 10);
    expect(result.pValue).toBeCloseTo(0.0199, 4);
  });

  it('rejects lists of different length or a single bin', () => {
    expect(() => chiSquareGoodnessOfFit([1, 2], [3])).toThrow(RangeError);
    expect(() => chiSquareGoodnessOfFit([10], [10])).toThrow(RangeError);
  });
});

describe('mergeSmallBins(observed, expected, min)', () => {
  it('merges the small tail bins into one bin of at least min', () => {
    expect(mergeSmallBins([50, 25, 12, 7, 3, 3], [50, 25, 12.5, 6.25, 3.125, 3.125], 5)).toEqual({
      observed: [50, 25, 12, 7, 6],
      expected: [50, 25, 12.5, 6.25, 6.25],
    });
  });

  it('adds a leftover small first bin to its neighbour', () => {
    expect(mergeSmallBins([1, 9, 10], [2, 8, 10], 5)).toEqual({
      observed: [10, 10],
      expected: [10, 10],
    });
  });
});
