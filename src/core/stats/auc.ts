/**
 * The area under the ROC curve (AUC) of scores for positives against negatives, with a
 * confidence interval.
 *
 * AUC = P(score of a random positive > score of a random negative) + P(tie) / 2, the
 * Mann-Whitney U statistic divided by nPos nNeg, computed from mid-ranks in O(n log n).
 * The interval uses the standard error of J. A. Hanley and B. J. McNeil, "The meaning and use
 * of the area under a receiver operating characteristic (ROC) curve", Radiology 143 (1982),
 * with Q1 = A / (2 - A) and Q2 = 2 A^2 / (1 + A), clipped to [0, 1]. AUC = 0.5 is chance.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { Interval } from './intervals';

export interface AucResult {
  auc: number;
  ci: Interval;
  positives: number;
  negatives: number;
}

/** The AUC of `scores` where `labels[i]` says whether item i is a positive. */
export function rocAuc(
  scores: ArrayLike<number>,
  labels: ArrayLike<boolean>,
  alpha = 0.05,
): AucResult {
  const n = scores.length;
  if (labels.length !== n) throw new RangeError('scores and labels must have the same length');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  // Mid-ranks (1-based), ties sharing the mean of their ranks.
  let rankSumPos = 0;
  let positives = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let t = i; t <= j; t++) {
      if (labels[order[t]!]) {
        rankSumPos += midRank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) {
    return { auc: NaN, ci: [0, 1], positives, negatives };
  }
  const u = rankSumPos - (positives * (positives + 1)) / 2;
  const auc = u / (positives * negatives);
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const variance =
    (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) /
    (positives * negatives);
  const z = normalQuantile(1 - alpha / 2, 0, 1);
  const se = Math.sqrt(Math.max(0, variance));
  return {
    auc,
    ci: [Math.max(0, auc - z * se), Math.min(1, auc + z * se)],
    positives,
    negatives,
  };
}
