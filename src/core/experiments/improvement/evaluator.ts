/**
 * The design's evaluator: score = 1 / (1 + t), the ratchet, improvement = (new - old) / old,
 * and the 0.1 % trigger.
 *
 * With t in seconds, 1 / (1 + t) is close to 1 - t, so the relative "improvement" of a faster
 * run is (t_old - t_new) / (1 + t_new): about the time saved, in seconds. A run that is 1 ms
 * faster than the best so far crosses 0.1 %; nothing about any model is measured. If t is read
 * in milliseconds instead, the same 1 ms is worth (1 - 1/(1 + t)) and almost any record mints.
 */

/** The unit t is read in before scoring: the design uses seconds. */
export type TimeUnit = 's' | 'ms';

/** The design's threshold: mint when the improvements sum above 0.001 (0.1 %). */
export const MINT_THRESHOLD = 0.001;

/** The design's starting capability score. */
export const INITIAL_SCORE = 0.5;

/** 1 / (1 + t), with t in the given unit. */
export function timeScore(seconds: number, unit: TimeUnit = 's'): number {
  const t = unit === 's' ? seconds : seconds * 1000;
  return 1 / (1 + t);
}

/** (new - old) / old. */
export function relativeImprovement(oldScore: number, newScore: number): number {
  return (newScore - oldScore) / oldScore;
}

/**
 * The ratchet: the stored score moves only up, and never above 1. Returns the new stored value
 * and the improvement (0 when the new score does not beat the stored one).
 */
export function ratchet(stored: number, score: number): { stored: number; improvement: number } {
  const capped = Math.min(1, score);
  if (capped <= stored) return { stored, improvement: 0 };
  return { stored: capped, improvement: relativeImprovement(stored, capped) };
}

/** The sum of the improvements, and whether it is above the 0.1 % trigger. */
export function mintTrigger(improvements: Record<string, number>): {
  sum: number;
  mints: boolean;
} {
  let sum = 0;
  for (const value of Object.values(improvements)) sum += value;
  return { sum, mints: sum > MINT_THRESHOLD };
}

/**
 * One evaluation round: every task's time is scored and ratcheted against its stored value.
 * A task with no stored value starts from `initialScore` (the design's 0.5), or, when that is
 * null, its first score becomes the record with no improvement.
 */
export function evaluateRound(
  stored: Record<string, number>,
  secondsById: Record<string, number>,
  unit: TimeUnit = 's',
  initialScore: number | null = INITIAL_SCORE,
): {
  stored: Record<string, number>;
  improvements: Record<string, number>;
  sum: number;
  mints: boolean;
} {
  const next: Record<string, number> = { ...stored };
  const improvements: Record<string, number> = {};
  for (const [id, seconds] of Object.entries(secondsById)) {
    const score = timeScore(seconds, unit);
    const previous = next[id] ?? initialScore;
    if (previous === null) {
      next[id] = Math.min(1, score);
      continue;
    }
    const step = ratchet(previous, score);
    next[id] = step.stored;
    if (step.improvement > 0) improvements[id] = step.improvement;
  }
  const { sum, mints } = mintTrigger(improvements);
  return { stored: next, improvements, sum, mints };
}
