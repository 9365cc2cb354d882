/**
 * The plain-words verdict of a run, from the ratio's interval alone, so it never claims more
 * than the interval says: "no evidence" when it contains 1, "above" or "below" only when all of
 * it is, and "no hits" when there is nothing to compare.
 */
import type { ArmResult } from '../../core/experiments/harness';

export type Verdict = 'noEvidence' | 'better' | 'worse' | 'noHits';

export function verdictOf(arm: ArmResult, sequential: ArmResult): Verdict {
  if (arm.hits + sequential.hits === 0) return 'noHits';
  const [low, high] = arm.vsSequential.ci;
  if (low > 1) return 'better';
  if (high < 1) return 'worse';
  return 'noEvidence';
}
