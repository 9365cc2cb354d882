/**
 * Does a sample of "tries until the first hit" follow the geometric law with chance p per try?
 * Chi-square goodness of fit over `bins` bins of equal theoretical probability (cut at the
 * geometric quantiles), so every bin expects n / bins samples whatever p is. Used to show that
 * choosing a block's transactions leaves the attempts per block geometric with mean 1/p.
 */
import { chiSquareGoodnessOfFit, type ChiSquareResult } from './chi-square';
import { geometricCdf, geometricQuantile } from './geometric';

export interface GeometricFit extends ChiSquareResult {
  /** Upper edge (inclusive) of each bin; the last bin is open. */
  edges: number[];
  observed: number[];
  expected: number[];
}

export function geometricFit(tries: readonly number[], p: number, bins = 6): GeometricFit {
  if (tries.length === 0) throw new RangeError('no tries to fit');
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const edge = geometricQuantile(i / bins, p);
    if (edge !== edges[edges.length - 1]) edges.push(edge);
  }
  const n = tries.length;
  const observed = new Array<number>(edges.length + 1).fill(0);
  for (const k of tries) {
    let b = edges.findIndex((edge) => k <= edge);
    if (b < 0) b = edges.length;
    observed[b]! += 1;
  }
  const expected = observed.map((_, b) => {
    const upper = b < edges.length ? geometricCdf(edges[b]!, p) : 1;
    const lower = b === 0 ? 0 : geometricCdf(edges[b - 1]!, p);
    return n * (upper - lower);
  });
  return { ...chiSquareGoodnessOfFit(observed, expected), edges, observed, expected };
}
