/**
 * Geometry of a bar chart (pure: numbers in, numbers out), kept apart from its React rendering
 * so that the scale math is unit-tested: x and y scales, one rectangle per bar, optional
 * whiskers, and the path of a theoretical curve drawn over the bars.
 */
import { max, min } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { ContinuousScale } from './ticks';

/** One measured bar over [x0, x1), with an optional interval (low..high) drawn as a whisker. */
export interface Bar {
  x0: number;
  x1: number;
  value: number;
  low?: number;
  high?: number;
}

/** A point of a theoretical curve. */
export interface CurvePoint {
  x: number;
  y: number;
}

export interface BarLayoutInput {
  bars: readonly Bar[];
  curve?: readonly CurvePoint[];
  /** Outer size in CSS pixels. */
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  yScaleType?: 'linear' | 'log';
  /** x domain; default: from the first bar's x0 to the last bar's x1. */
  xDomain?: readonly [number, number];
}

export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Whisker {
  x: number;
  yLow: number;
  yHigh: number;
}

export interface BarLayout {
  innerWidth: number;
  innerHeight: number;
  x: ContinuousScale;
  y: ContinuousScale;
  /** One per input bar; null where the bar cannot be drawn (a zero on a log scale). */
  rects: (BarRect | null)[];
  whiskers: Whisker[];
  /** SVG path data of the curve ("" when there is none). */
  curvePath: string;
  /** The highest point of the curve in pixels, where its direct label goes. */
  curvePeak: { x: number; y: number } | null;
}

const BAR_GAP_PX = 1;

/** Scales and shapes for a bar chart of `bars`, with `curve` drawn over them. */
export function barChartLayout(input: BarLayoutInput): BarLayout {
  const { bars, curve = [], width, height, margin, yScaleType = 'linear' } = input;
  const innerWidth = Math.max(10, width - margin.left - margin.right);
  const innerHeight = Math.max(10, height - margin.top - margin.bottom);
  const xDomain = input.xDomain ?? [min(bars, (b) => b.x0) ?? 0, max(bars, (b) => b.x1) ?? 1];
  const x = scaleLinear().domain(xDomain).range([0, innerWidth]);

  const tops = [...bars.map((b) => Math.max(b.value, b.high ?? b.value)), ...curve.map((p) => p.y)];
  const top = max(tops) ?? 1;
  let y: ContinuousScale;
  if (yScaleType === 'log') {
    const positives = [
      ...bars.flatMap((b) => [b.value, b.low ?? b.value]),
      ...curve.map((p) => p.y),
    ].filter((v) => v > 0);
    const bottom = min(positives) ?? 1;
    y = scaleLog()
      .domain([bottom / 2, Math.max(top, bottom) * 1.5])
      .range([innerHeight, 0])
      .nice();
  } else {
    y = scaleLinear()
      .domain([0, top > 0 ? top : 1])
      .range([innerHeight, 0])
      .nice();
  }
  const base = y.domain()[0]!;
  const baseY = y(base);
  const visible = (value: number) => yScaleType === 'linear' || value > 0;

  const rects = bars.map((bar) => {
    if (!visible(bar.value)) return null;
    const left = x(bar.x0);
    const barWidth = Math.max(1, x(bar.x1) - left - BAR_GAP_PX);
    const topY = y(Math.max(bar.value, base));
    return { x: left, y: topY, width: barWidth, height: Math.max(0, baseY - topY) };
  });

  const whiskers: Whisker[] = [];
  for (const bar of bars) {
    if (bar.low === undefined || bar.high === undefined || !visible(bar.high)) continue;
    whiskers.push({
      x: (x(bar.x0) + x(bar.x1)) / 2,
      yLow: y(visible(bar.low) ? Math.max(bar.low, base) : base),
      yHigh: y(bar.high),
    });
  }

  const points = curve.filter((p) => visible(p.y)).map((p) => ({ x: x(p.x), y: y(p.y) }));
  const curvePath = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join('');
  const curvePeak = points.reduce<{ x: number; y: number } | null>(
    (best, p) => (best === null || p.y < best.y ? p : best),
    null,
  );
  return { innerWidth, innerHeight, x, y, rects, whiskers, curvePath, curvePeak };
}
