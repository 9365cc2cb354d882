/**
 * Intervals when the independent unit is a cluster (a job), not a single trial (a hash).
 *
 * In the round-reduced control, the hashes of one job are not independent: with SHA-256d cut to
 * 3 rounds or fewer the nonce never enters the hash, so a job's hashes all hit or all miss. An
 * interval that counts hashes as independent trials (Garwood, Clopper-Pearson on hashes) is then
 * far too narrow. The jobs, though, are independent draws (fresh random headers), so the
 * between-job spread tells how much the total can vary.
 *
 * - `clusterProportion`: a proportion summed over clusters (hits / hashes), with the
 *   Korn-Graubard interval: the Clopper-Pearson interval on an effective sample size
 *   n_eff = p(1 - p) / var(p), var(p) estimated between clusters (the linearised variance of a
 *   ratio estimator), with n_eff adjusted for the cluster degrees of freedom. With independent
 *   trials it is the ordinary Clopper-Pearson interval; when each cluster is all-or-nothing it
 *   becomes Clopper-Pearson over the clusters. Following the NCHS standard, the design effect is
 *   not allowed below 1, and n_eff = n when p is 0 or 1 (nothing to estimate the spread from).
 *   Sources: E. L. Korn and B. I. Graubard, "Confidence intervals for proportions with small
 *   expected number of positive counts estimated from survey data", Survey Methodology 24
 *   (1998) 193-201; J. D. Parker et al., "National Center for Health Statistics data
 *   presentation standards for proportions", Vital Health Stat 2(175), 2017.
 * - `clusterWeightedMean`: a weighted mean of one value per cluster (e.g. each job's AUC, weighted
 *   by its positive-negative pairs) with a Student t interval from the between-cluster variance
 *   of the same ratio estimator.
 * - `studentTQuantile`: t quantiles from stdlib's beta quantile, since
 *   P(|T| > t) = I_{nu / (nu + t^2)}(nu / 2, 1 / 2) for T ~ t(nu).
 */
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import type { Interval } from './intervals';

/** The quantile of Student's t distribution with `df` degrees of freedom, for prob in (0, 1). */
export function studentTQuantile(prob: number, df: number): number {
  if (!(prob > 0 && prob < 1)) throw new RangeError(`prob must be in (0, 1), got ${prob}`);
  if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
  if (prob === 0.5) return 0;
  const tail = prob < 0.5 ? prob : 1 - prob;
  const x = betaQuantile(2 * tail, df / 2, 0.5);
  const t = Math.sqrt((df * (1 - x)) / x);
  return prob < 0.5 ? -t : t;
}

export interface ClusterProportion {
  /** Sum of successes over sum of trials. */
  proportion: number;
  ci: Interval;
  /** Clusters (jobs) with at least one trial. */
  clusters: number;
  /** Trials the interval is worth after the adjustment (at most the real number). */
  effectiveTrials: number;
  /** Real trials over effective trials before the degrees-of-freedom step (>= 1). */
  designEffect: number;
}

function assertAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

/**
 * Successes over trials summed over clusters, with the Korn-Graubard interval (level 1 - alpha).
 * @param successes - successes per cluster (whole numbers)
 * @param trials - trials per cluster (whole numbers, at least the successes)
 */
export function clusterProportion(
  successes: ArrayLike<number>,
  trials: ArrayLike<number>,
  alpha = 0.05,
): ClusterProportion {
  assertAlpha(alpha);
  if (successes.length !== trials.length) {
    throw new RangeError('one trial count per cluster is needed');
  }
  let x = 0;
  let n = 0;
  let clusters = 0;
  for (let j = 0; j < trials.length; j++) {
    const s = successes[j]!;
    const t = trials[j]!;
    if (!Number.isInteger(s) || !Number.isInteger(t) || s < 0 || t < s) {
      throw new RangeError(`cluster ${j}: need whole numbers 0 <= successes <= trials`);
    }
    x += s;
    n += t;
    if (t > 0) clusters++;
  }
  if (n === 0) throw new RangeError('at least one trial is needed');
  const p = x / n;
  let variance = 0;
  if (clusters > 1) {
    let sum = 0;
    for (let j = 0; j < trials.length; j++) {
      const residual = successes[j]! - p * trials[j]!;
      sum += residual * residual;
    }
    variance = ((clusters / (clusters - 1)) * sum) / (n * n);
  }
  const srsVariance = (p * (1 - p)) / n;
  // No spread to measure (p = 0 or 1, or one cluster): fall back to the trials themselves.
  const designEffect = variance > srsVariance && srsVariance > 0 ? variance / srsVariance : 1;
  let effective = n / designEffect;
  if (clusters > 1) {
    // Fewer clusters, fewer degrees of freedom: shrink n_eff by (t_{n-1} / t_{clusters-1})^2.
    const ratio =
      studentTQuantile(1 - alpha / 2, Math.max(1, n - 1)) /
      studentTQuantile(1 - alpha / 2, clusters - 1);
    effective *= Math.min(1, ratio * ratio);
  }
  const k = p * effective;
  const low = x === 0 ? 0 : betaQuantile(alpha / 2, k, effective - k + 1);
  const high = x === n ? 1 : betaQuantile(1 - alpha / 2, k + 1, effective - k);
  return { proportion: p, ci: [low, high], clusters, effectiveTrials: effective, designEffect };
}

export interface ClusterMean {
  mean: number;
  ci: Interval;
  /** Clusters that counted (positive weight, finite value). */
  clusters: number;
}

/**
 * The weighted mean of one value per cluster, sum(w v) / sum(w), with a Student t interval on
 * clusters - 1 degrees of freedom from the between-cluster variance
 * (clusters / (clusters - 1)) sum(w^2 (v - mean)^2) / (sum w)^2. Clusters with weight 0 or a
 * value that is not finite are left out. With no cluster the mean is NaN; with one, the interval
 * is `bounds`. The interval is clipped to `bounds` (default: unbounded).
 */
export function clusterWeightedMean(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  alpha = 0.05,
  bounds: Interval = [-Infinity, Infinity],
): ClusterMean {
  assertAlpha(alpha);
  if (values.length !== weights.length) throw new RangeError('one weight per value is needed');
  let sumW = 0;
  let sumWV = 0;
  let clusters = 0;
  for (let j = 0; j < values.length; j++) {
    const w = weights[j]!;
    const v = values[j]!;
    if (!(w >= 0)) throw new RangeError(`weights must be >= 0, got ${w}`);
    if (w === 0 || !Number.isFinite(v)) continue;
    sumW += w;
    sumWV += w * v;
    clusters++;
  }
  if (clusters === 0) return { mean: NaN, ci: [NaN, NaN], clusters };
  const mean = sumWV / sumW;
  if (clusters === 1) return { mean, ci: [bounds[0], bounds[1]], clusters };
  let sum = 0;
  for (let j = 0; j < values.length; j++) {
    const w = weights[j]!;
    const v = values[j]!;
    if (w === 0 || !Number.isFinite(v)) continue;
    sum += w * w * (v - mean) * (v - mean);
  }
  const se = Math.sqrt(((clusters / (clusters - 1)) * sum) / (sumW * sumW));
  const half = studentTQuantile(1 - alpha / 2, clusters - 1) * se;
  return {
    mean,
    ci: [Math.max(bounds[0], mean - half), Math.min(bounds[1], mean + half)],
    clusters,
  };
}
