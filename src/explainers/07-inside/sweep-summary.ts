/** What the chapter says about a finished sweep: its strongest win, and the AUCs above it. */
import type { RoundControlReport } from '../../core/experiments/round-control';

/** The strongest win: the point with the largest ratio whose interval is above 1. */
export function bestWin(report: RoundControlReport) {
  const wins = report.points.filter((p) => p.aboveOne);
  return wins.length === 0 ? null : wins.reduce((a, b) => (b.ratio > a.ratio ? b : a));
}

/** The R where "hit or miss" is best told apart, and the range of every AUC above that R. */
export function aucSummary(report: RoundControlReport) {
  const hitAuc = (p: RoundControlReport['points'][number]) => p.aucs[0]?.auc.mean ?? NaN;
  const defined = report.points.filter((p) => Number.isFinite(hitAuc(p)));
  if (defined.length === 0) return null;
  const best = defined.reduce((a, b) => (hitAuc(b) > hitAuc(a) ? b : a));
  const above = report.points
    .filter((p) => p.rounds > best.rounds)
    .flatMap((p) => p.aucs.map((a) => a.auc.mean))
    .filter(Number.isFinite);
  if (above.length === 0) return null;
  return { best, bestAuc: hitAuc(best), low: Math.min(...above), high: Math.max(...above) };
}
