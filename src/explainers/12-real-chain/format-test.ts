/** Formats a chi-square result for the takeaway lines ("χ² = …, p = …"). */
import type { ChiSquareResult } from '../../core/stats/chi-square';

export function pText(p: number): string {
  if (p < 1e-4) return p === 0 ? '< 10⁻¹⁵' : p.toExponential(1);
  return p.toFixed(p < 0.01 ? 4 : 3);
}

export function chiValues(result: ChiSquareResult) {
  return {
    chi: result.statistic.toFixed(1),
    df: result.degreesOfFreedom,
    p: pText(result.pValue),
  };
}
