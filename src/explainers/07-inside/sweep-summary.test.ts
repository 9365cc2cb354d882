import { describe, expect, it } from 'vitest';
import type { RoundControlReport, RoundPoint } from '../../core/experiments/round-control';
import { aucSummary, bestWin } from './sweep-summary';

function point(rounds: number, ratio: number, low: number, aucs: number[]): RoundPoint {
  return {
    rounds,
    ratio,
    ci: [low, ratio + 0.1],
    aboveOne: low > 1,
    aucs: aucs.map((mean, i) => ({
      target: i === 0 ? 'hit' : i,
      auc: { mean, ci: [mean - 0.01, mean + 0.01], clusters: 64 },
    })),
  } as RoundPoint;
}

const report = (points: RoundPoint[]) => ({ points }) as RoundControlReport;

describe('bestWin(report) and aucSummary(report)', () => {
  const points = [
    point(3, 0, 0, [NaN, NaN]),
    point(4, 3.9, 3.8, [0.97, 0.94]),
    point(5, 1.01, 0.96, [0.5, 0.49]),
    point(64, 0.99, 0.95, [0.51, 0.5]),
  ];

  it('picks the largest ratio whose interval is above 1, or null', () => {
    expect(bestWin(report(points))?.rounds).toBe(4);
    expect(bestWin(report(points.slice(2)))).toBeNull();
  });

  it('gives the R with the best hit AUC and the range of every AUC above it', () => {
    const summary = aucSummary(report(points));
    expect(summary?.best.rounds).toBe(4);
    expect(summary?.bestAuc).toBe(0.97);
    expect(summary?.low).toBe(0.49);
    expect(summary?.high).toBe(0.51);
    expect(aucSummary(report(points.slice(0, 1)))).toBeNull();
    expect(aucSummary(report(points.slice(0, 2)))).toBeNull();
  });
});
