/**
 * The "91% recall, 100% rejection" test, reproduced and fixed.
 *
 * The design's test compared "winning" headers that had an all-zero merkle root and small
 * nonces with "random" headers that had a random root. Any statistic of the header bytes tells
 * those apart: it detects zero bytes, not winners. Reproduced here with real headers: the
 * unmatched "winners" get a zero root and a nonce below 2^16, the "random" ones a random root
 * and nonce. The fix compares like with like: the same real header with its real winning nonce
 * (a real winner at the real target) against the same header with a random nonce (which misses
 * that target with probability above 1 - 2^-32).
 *
 * Score: the weighted distance to the 7-D target (inverse-solver.ts); the detector flags a
 * header as a winner when the distance is below a threshold. The threshold is tuned on the
 * unmatched sets (the one that maximises recall + rejection), then the same threshold is
 * applied to the matched sets. Reported with the AUC and its interval (0.5 = chance) and the
 * recall at the median of the negatives (chance: 50%).
 */
import type { Random } from '../../random';
import { rocAuc } from '../../stats/auc';
import { clopperPearson, type Interval } from '../../stats/intervals';
import { headerDimensions } from './dimensions';
import { weightedDistance } from './inverse-solver';

export interface DetectorResult {
  positives: number;
  negatives: number;
  /** Flag as a winner if the distance is strictly below this. */
  threshold: number;
  recall: number;
  recallCi95: Interval;
  rejection: number;
  auc: number;
  aucCi95: Interval;
  /** Recall when the threshold is the median of the negatives (half of them flagged). */
  recallAtMedian: number;
  recallAtMedianCi95: Interval;
}

const score = (header: Uint8Array) => weightedDistance(headerDimensions(header));

/** Detector numbers for positive and negative headers. */
export function evaluateDetector(
  positives: readonly Uint8Array[],
  negatives: readonly Uint8Array[],
  fixedThreshold?: number,
): DetectorResult {
  const pos = positives.map(score);
  const neg = negatives.map(score);
  const threshold = fixedThreshold ?? bestThreshold(pos, neg);
  const recalled = pos.filter((s) => s < threshold).length;
  const sortedNeg = [...neg].sort((a, b) => a - b);
  const median = sortedNeg[Math.floor(sortedNeg.length / 2)]!;
  const atMedian = pos.filter((s) => s < median).length;
  // Lower distance = "more like a winner", so the AUC is computed on the negated distance.
  const auc = rocAuc(
    [...pos, ...neg].map((s) => -s),
    [...pos.map(() => true), ...neg.map(() => false)],
  );
  return {
    positives: pos.length,
    negatives: neg.length,
    threshold,
    recall: recalled / pos.length,
    recallCi95: clopperPearson(recalled, pos.length),
    rejection: neg.filter((s) => s >= threshold).length / neg.length,
    auc: auc.auc,
    aucCi95: auc.ci,
    recallAtMedian: atMedian / pos.length,
    recallAtMedianCi95: clopperPearson(atMedian, pos.length),
  };
}

/** The threshold with the largest recall + rejection (Youden's J) over the observed scores. */
export function bestThreshold(pos: readonly number[], neg: readonly number[]): number {
  const candidates = [...pos, ...neg].sort((a, b) => a - b);
  let best = candidates[0]!;
  let bestJ = -Infinity;
  for (let i = 0; i < candidates.length; i++) {
    // Midway to the next distinct score, so that "strictly below" splits cleanly.
    const t =
      i + 1 < candidates.length ? (candidates[i]! + candidates[i + 1]!) / 2 : candidates[i]! + 1e-9;
    let recalled = 0;
    let rejected = 0;
    for (const s of pos) if (s < t) recalled++;
    for (const s of neg) if (s >= t) rejected++;
    const j = recalled / pos.length + rejected / neg.length;
    if (j > bestJ) {
      bestJ = j;
      best = t;
    }
  }
  return best;
}

function withFields(header: Uint8Array, root: Uint8Array | null, nonce: number): Uint8Array {
  const copy = header.slice();
  if (root) copy.set(root, 36);
  new DataView(copy.buffer).setUint32(76, nonce >>> 0, true);
  return copy;
}

/** The design's unmatched sets, built from `count` real headers (drawn by `random`). */
export function unmatchedSets(
  headers: readonly Uint8Array[],
  count: number,
  random: Random,
): { winners: Uint8Array[]; randoms: Uint8Array[] } {
  const zeroRoot = new Uint8Array(32);
  const winners: Uint8Array[] = [];
  const randoms: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const w = headers[random.int(0, headers.length - 1)]!;
    winners.push(withFields(w, zeroRoot, random.int(0, 0xffff)));
    const r = headers[random.int(0, headers.length - 1)]!;
    randoms.push(withFields(r, random.fillBytes(new Uint8Array(32)), random.nextUint32()));
  }
  return { winners, randoms };
}

/** Matched sets: the same real header with its real winning nonce, and with a random nonce. */
export function matchedSets(
  headers: readonly Uint8Array[],
  count: number,
  random: Random,
): { winners: Uint8Array[]; randoms: Uint8Array[] } {
  const winners: Uint8Array[] = [];
  const randoms: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const h = headers[random.int(0, headers.length - 1)]!;
    winners.push(h.slice());
    randoms.push(withFields(h, null, random.nextUint32()));
  }
  return { winners, randoms };
}
