import { describe, expect, it } from 'vitest';
import { barChartLayout } from './bar-layout';

const margin = { top: 10, right: 10, bottom: 10, left: 10 };

describe('barChartLayout(input)', () => {
  it('maps bars onto the inner area, base at the bottom, tallest bar reaching the nice top', () => {
    const layout = barChartLayout({
      bars: [
        { x0: 0, x1: 1, value: 5 },
        { x0: 1, x1: 2, value: 10 },
      ],
      width: 220,
      height: 120,
      margin,
    });
    expect(layout.innerWidth).toBe(200);
    expect(layout.innerHeight).toBe(100);
    expect(layout.y.domain()).toEqual([0, 10]);
    expect(layout.rects[0]).toEqual({ x: 0, y: 50, width: 99, height: 50 });
    expect(layout.rects[1]).toEqual({ x: 100, y: 0, width: 99, height: 100 });
  });

  it('draws the curve through its points and finds its peak in pixels', () => {
    const layout = barChartLayout({
      bars: [{ x0: 0, x1: 4, value: 2 }],
      curve: [
        { x: 0, y: 0 },
        { x: 2, y: 4 },
        { x: 4, y: 0 },
      ],
      width: 220,
      height: 120,
      margin,
    });
    expect(layout.curvePath).toBe('M0.0,100.0L100.0,0.0L200.0,100.0');
    expect(layout.curvePeak).toEqual({ x: 100, y: 0 });
  });

  it('puts whiskers at bar centres from low to high', () => {
    const layout = barChartLayout({
      bars: [{ x0: 0, x1: 2, value: 5, low: 4, high: 6 }],
      width: 220,
      height: 120,
      margin,
      yScaleType: 'linear',
    });
    expect(layout.y.domain()).toEqual([0, 6]);
    expect(layout.whiskers).toEqual([{ x: 100, yLow: layout.y(4), yHigh: 0 }]);
  });

  it('on a log scale skips zero bars and spans every positive value', () => {
    const layout = barChartLayout({
      bars: [
        { x0: 0, x1: 1, value: 1000 },
        { x0: 1, x1: 2, value: 0 },
        { x0: 2, x1: 3, value: 3 },
      ],
      curve: [{ x: 2.5, y: 0.5 }],
      width: 220,
      height: 120,
      margin,
      yScaleType: 'log',
    });
    const [lo, hi] = layout.y.domain() as [number, number];
    expect(lo).toBeLessThanOrEqual(0.25);
    expect(hi).toBeGreaterThanOrEqual(1500);
    expect(layout.rects[1]).toBeNull();
    expect(layout.rects[0]!.height).toBeGreaterThan(layout.rects[2]!.height);
  });
});
