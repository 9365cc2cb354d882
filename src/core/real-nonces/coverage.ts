/**
 * A predictor of winning nonces trained on real winners, judged on later real blocks.
 *
 * Training: the top byte of every training nonce (256 regions of 2^24 nonces each) is counted;
 * the predicted ranges are the fewest regions, most-winners first, that held at least
 * `trainingMass` of the training winners. Judging: on held-out blocks (later heights), the
 * coverage is the fraction of their winning nonces that fall in the predicted ranges, with a
 * Clopper-Pearson interval, against the area share: the fraction of the 2^32 space those ranges
 * take. Coverage above the area share says the search order of real miners is real, not that
 * a nonce is predictable: see the harness test in predictor-test.ts.
 */
import { binomialTestTwoSided, clopperPearson, type Interval } from '../stats/intervals';

/** The predicted regions (top-byte values) and what they cover. */
export interface RangePrediction {
  /** Top-byte values, each a range [v 2^24, (v + 1) 2^24). */
  topBytes: number[];
  /** Fraction of the 2^32 nonce space they take: topBytes.length / 256. */
  areaShare: number;
  /** Fraction of the training winners that fell in them. */
  trainingCoverage: number;
}

/** The fewest top-byte regions, most-winners first (ties: smaller byte), holding `trainingMass`. */
export function predictRanges(trainNonces: ArrayLike<number>, trainingMass = 0.5): RangePrediction {
  if (!(trainingMass > 0 && trainingMass <= 1)) {
    throw new RangeError(`the training mass is in (0, 1], got ${trainingMass}`);
  }
  if (trainNonces.length === 0) throw new RangeError('no training nonces');
  const counts = new Array<number>(256).fill(0);
  for (let i = 0; i < trainNonces.length; i++) counts[trainNonces[i]! >>> 24]!++;
  const order = counts
    .map((count, value) => ({ count, value }))
    .sort((a, b) => b.count - a.count || a.value - b.value);
  const topBytes: number[] = [];
  let held = 0;
  for (const { count, value } of order) {
    if (held >= trainingMass * trainNonces.length) break;
    topBytes.push(value);
    held += count;
  }
  topBytes.sort((a, b) => a - b);
  return {
    topBytes,
    areaShare: topBytes.length / 256,
    trainingCoverage: held / trainNonces.length,
  };
}

export interface CoverageResult {
  prediction: RangePrediction;
  heldOut: number;
  /** Held-out winners inside the predicted ranges. */
  inside: number;
  coverage: number;
  ci95: Interval;
  /** Exact two-sided binomial test of coverage = area share. */
  pValue: number;
  /** coverage / areaShare: 1 would be a predictor no better than a random guess of ranges. */
  lift: number;
}

/** How many held-out winning nonces fall in the predicted ranges. */
export function judgeCoverage(
  prediction: RangePrediction,
  heldOutNonces: ArrayLike<number>,
  alpha = 0.05,
): CoverageResult {
  const set = new Set(prediction.topBytes);
  let inside = 0;
  for (let i = 0; i < heldOutNonces.length; i++) if (set.has(heldOutNonces[i]! >>> 24)) inside++;
  const n = heldOutNonces.length;
  const coverage = n === 0 ? NaN : inside / n;
  return {
    prediction,
    heldOut: n,
    inside,
    coverage,
    ci95: clopperPearson(inside, n, alpha),
    pValue: n === 0 ? 1 : binomialTestTwoSided(inside, n, prediction.areaShare),
    lift: coverage / prediction.areaShare,
  };
}

/** Splits records by height: training below `splitHeight`, held out at or above it. */
export function splitAtHeight(
  heights: ArrayLike<number>,
  nonces: ArrayLike<number>,
  splitHeight: number,
): { trainNonces: Uint32Array; heldOutNonces: Uint32Array; heldOutIndices: number[] } {
  const train: number[] = [];
  const held: number[] = [];
  const heldOutIndices: number[] = [];
  for (let i = 0; i < heights.length; i++) {
    if (heights[i]! < splitHeight) train.push(nonces[i]!);
    else {
      held.push(nonces[i]!);
      heldOutIndices.push(i);
    }
  }
  return {
    trainNonces: Uint32Array.from(train),
    heldOutNonces: Uint32Array.from(held),
    heldOutIndices,
  };
}
