import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisTickValues, isLogScale, tickDecimals } from './ticks';

describe('axisTickValues(scale, count)', () => {
  it('gives d3 linear ticks unchanged: 0..256 in steps of 50', () => {
    const x = scaleLinear().domain([0, 256]).range([0, 500]);
    expect(axisTickValues(x, 5)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('keeps only powers of ten on a log scale spanning several decades', () => {
    const y = scaleLog().domain([1, 1000]).range([300, 0]);
    expect(isLogScale(y)).toBe(true);
    expect(y.ticks(5).length).toBeGreaterThan(20); // 1, 2, ..., 9, 10, 20, ...
    expect(axisTickValues(y, 5)).toEqual([1, 10, 100, 1000]);
    const wide = scaleLog().domain([1, 1e12]).range([300, 0]);
    expect(axisTickValues(wide, 4)).toEqual([1, 1e4, 1e8, 1e12]);
  });

  it('keeps every d3 tick on a log scale narrow enough not to crowd', () => {
    const y = scaleLog().domain([10, 40]).range([300, 0]);
    expect(axisTickValues(y, 5)).toEqual(y.ticks(5));
  });

  it('treats a linear scale as not log', () => {
    expect(isLogScale(scaleLinear())).toBe(false);
  });
});

describe('tickDecimals(values)', () => {
  it('is 0 for whole numbers, 1 for halves, 2 for 0.05 steps', () => {
    expect(tickDecimals([0, 50, 100])).toBe(0);
    expect(tickDecimals([0, 0.5, 1])).toBe(1);
    expect(tickDecimals([0.05, 0.1, 0.15])).toBe(2);
  });

  it('copes with floating-point noise such as 0.1 + 0.2 and caps at 6', () => {
    expect(tickDecimals([0.1 + 0.2])).toBe(1);
    expect(tickDecimals([Math.PI])).toBe(6);
  });
});
