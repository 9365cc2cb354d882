/**
 * Tick math for the axes: which values get a tick, and how many decimals their labels need.
 * Pure functions over d3 scales (d3 computes, React renders).
 */

/** The part of a continuous d3 scale (linear or log) that the axes use. */
export interface ContinuousScale {
  (value: number): number;
  ticks(count?: number): number[];
  domain(): number[];
  range(): number[];
}

/** True for a d3 log scale (it is the only one with a `base`). */
export function isLogScale(scale: ContinuousScale): boolean {
  return typeof (scale as unknown as { base?: unknown }).base === 'function';
}

/**
 * Tick values for `scale`, about `count` of them. A log scale keeps only exact powers of its
 * base when d3 proposes too many (1, 2, 3 ... 9 per decade), so labels never crowd.
 */
export function axisTickValues(scale: ContinuousScale, count: number): number[] {
  const ticks = scale.ticks(count);
  if (!isLogScale(scale) || ticks.length <= count * 1.5) return ticks;
  const base = (scale as unknown as { base(): number }).base();
  const powers = ticks.filter((value) => {
    const exponent = Math.log(value) / Math.log(base);
    return Math.abs(exponent - Math.round(exponent)) < 1e-9;
  });
  if (powers.length <= count * 1.5) return powers;
  const stride = Math.ceil(powers.length / count);
  return powers.filter((_, index) => index % stride === 0);
}

/**
 * Decimals needed to write every tick distinctly: 0 for whole numbers, else enough for the
 * smallest step between neighbouring ticks (0.05 steps need 2). At most 6.
 */
export function tickDecimals(values: readonly number[]): number {
  let decimals = 0;
  for (const value of values) {
    for (let digits = decimals; digits <= 6; digits++) {
      if (Math.abs(value * 10 ** digits - Math.round(value * 10 ** digits)) < 1e-9) {
        decimals = digits;
        break;
      }
      if (digits === 6) decimals = 6;
    }
  }
  return decimals;
}
