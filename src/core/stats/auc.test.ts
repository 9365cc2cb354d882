import { describe, expect, it } from 'vitest';
import { rocAuc } from './auc';

describe('rocAuc(scores, labels)', () => {
  it('is 0.75 for the textbook example [0.1, 0.4, 0.35, 0.8] with labels [0, 0, 1, 1]', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true]).auc).toBe(0.75);
  });

  it('counts ties as one half: all scores equal give 0.5', () => {
    expect(rocAuc([1, 1, 1, 1], [true, false, true, false]).auc).toBe(0.5);
  });

  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(rocAuc([1, 2, 3, 4], [false, false, true, true]).auc).toBe(1);
    expect(rocAuc([4, 3, 2, 1], [false, false, true, true]).auc).toBe(0);
  });

  it('uses the Hanley-McNeil standard error (A = 0.7188, 50 + 50 cases)', () => {
    const scores: number[] = [];
    const labels: boolean[] = [];
    // 50 negatives scored 0..49 and 50 positives 12.5..61.5: AUC = 1797 / 2500 = 0.7188, far from the clip at 1.
    for (let i = 0; i < 50; i++) {
      scores.push(i);
      labels.push(false);
      scores.push(i + 12.5);
      labels.push(true);
    }
    const r = rocAuc(scores, labels);
    const a = r.auc;
    expect(a).toBeCloseTo(0.7188, 10);
    const q1 = a / (2 - a);
    const q2 = (2 * a * a) / (1 + a);
    const se = Math.sqrt((a * (1 - a) + 49 * (q1 - a * a) + 49 * (q2 - a * a)) / 2500);
    expect(r.ci[1] - r.ci[0]).toBeCloseTo(2 * 1.959964 * se, 6);
    expect(r.positives).toBe(50);
    expect(r.negatives).toBe(50);
  });

  it('is NaN with [0, 1] when one class is missing', () => {
    const r = rocAuc([1, 2], [false, false]);
    expect(r.auc).toBeNaN();
    expect(r.ci).toEqual([0, 1]);
  });
});
