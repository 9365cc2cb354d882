/**
 * What the uniformity reveal shows: chi-square tests of both histograms, the share of digests
 * with 8 or more leading zero bits (with a Wilson 95 % interval) against 2^-8, and the bars,
 * whiskers and curves to draw.
 */
import {
  expectedLeadingZeros,
  uniformityReport,
  type UniformityCounts,
  type UniformityReport,
} from '../../core/experiments/uniformity';
import { wilsonInterval } from '../../core/stats/histogram';
import type { Bar, CurvePoint } from '../../charts/bar-layout';

export interface UniformitySummary {
  report: UniformityReport;
  atLeast8: number;
  atLeast8Share: number;
  atLeast8Interval: [number, number];
  byteBars: Bar[];
  byteCurve: CurvePoint[];
  zeroBars: Bar[];
  zeroCurve: CurvePoint[];
  zeroExpected: number[];
}

export function summariseUniformity(counts: UniformityCounts): UniformitySummary {
  const n = counts.hashes;
  let atLeast8 = 0;
  counts.leadingZeros.forEach((count, k) => {
    if (k >= 8) atLeast8 += count;
  });
  const zeroExpected = expectedLeadingZeros(n);
  // Draw k up to the last non-empty bin (at least up to where N 2^-(k+1) >= 1).
  let lastK = 0;
  counts.leadingZeros.forEach((count, k) => {
    if (count > 0 || zeroExpected[k]! >= 1) lastK = Math.max(lastK, k);
  });
  const zeroBars: Bar[] = [];
  for (let k = 0; k <= lastK; k++) {
    const count = counts.leadingZeros[k]!;
    const [low, high] = wilsonInterval(count, n);
    zeroBars.push({ x0: k - 0.5, x1: k + 0.5, value: count, low: low * n, high: high * n });
  }
  return {
    report: uniformityReport(counts),
    atLeast8,
    atLeast8Share: n > 0 ? atLeast8 / n : 0,
    atLeast8Interval: wilsonInterval(atLeast8, n),
    byteBars: Array.from(counts.firstByte, (count, b) => ({ x0: b, x1: b + 1, value: count })),
    byteCurve: [
      { x: 0, y: n / 256 },
      { x: 256, y: n / 256 },
    ],
    zeroBars,
    zeroCurve: zeroBars.map((_, k) => ({ x: k, y: zeroExpected[k]! })),
    zeroExpected,
  };
}
