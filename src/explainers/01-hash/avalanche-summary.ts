/**
 * What the avalanche reveal shows, from the histogram of distances: mean with its 95 %
 * interval, SD, the chi-square fit to Binomial(256, 1/2), and the bars and curve to draw.
 */
import { DIGEST_BITS } from '../../core/experiments/avalanche';
import { binomialPmf } from '../../core/stats/binomial';
import { chiSquareGoodnessOfFit, type ChiSquareResult } from '../../core/stats/chi-square';
import { histogramMoments, type HistogramMoments } from '../../core/stats/histogram';

export interface AvalancheSummary {
  moments: HistogramMoments;
  meanLow: number;
  meanHigh: number;
  fit: ChiSquareResult;
  /** counts and expected counts per distance 0..256 */
  expected: number[];
}

const PMF = binomialPmf(DIGEST_BITS, 0.5);

export function summariseAvalanche(counts: ArrayLike<number>): AvalancheSummary {
  const moments = histogramMoments(counts);
  const expected = PMF.map((p) => p * moments.total);
  return {
    moments,
    meanLow: moments.mean - 1.96 * moments.standardError,
    meanHigh: moments.mean + 1.96 * moments.standardError,
    fit: chiSquareGoodnessOfFit(Array.from(counts), expected),
    expected,
  };
}
