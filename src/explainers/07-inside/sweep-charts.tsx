/**
 * The sweep's two charts: the ratio of the model's hits to chance against R (job-level
 * whiskers, the equivalence margin as a band, chance as a line), and the AUC against R for "hit
 * or miss" and each output bit. Each has its takeaway in words and a table of the same numbers.
 */
import { ChartFrame } from '../../charts/chart-frame';
import type { RoundControlReport } from '../../core/experiments/round-control';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { markerFor, RoundsChart, type RoundsSeries } from './rounds-chart';
import { INSIDE_STRINGS } from './strings';
import { aucSummary, bestWin } from './sweep-summary';

/** The close-up's y range around a ratio of 1. */
const CLOSE_UP = [0.85, 1.15] as const;

export function SweepCharts({ report }: { report: RoundControlReport }) {
  const t = useStrings(INSIDE_STRINGS);
  const format = useNumberFormat();
  const f2 = (v: number) => format.decimal(v, 2);
  const f3 = (v: number) => format.decimal(v, 3);
  const [marginLow, marginHigh] = report.settings.margin;
  const win = bestWin(report);
  const topRatio = Math.max(2, ...report.points.map((p) => p.ci[1]));

  const ratioSeries: RoundsSeries[] = [
    {
      key: 'ratio',
      label: t.ratioChart.series,
      marker: 'circle',
      points: report.points.map((p) => ({
        rounds: p.rounds,
        value: p.ratio,
        low: p.ci[0],
        high: p.ci[1],
      })),
    },
  ];
  const closeUp: RoundsSeries = {
    ...ratioSeries[0]!,
    key: 'ratio-close-up',
    points: ratioSeries[0]!.points.filter((p) => p.low >= CLOSE_UP[0] && p.high <= CLOSE_UP[1]),
  };
  const fromSmallest = report.points.filter(
    (p) => report.smallestInMargin !== null && p.rounds >= report.smallestInMargin,
  );
  const aucRange = aucSummary(report);
  const targets = report.points[0]?.aucs.map((a) => a.target) ?? [];
  const targetLabel = (target: 'hit' | number) =>
    target === 'hit' ? t.aucChart.hit : fill(t.aucChart.bit, { bit: target });
  const aucSeries: RoundsSeries[] = targets.map((target, index) => ({
    key: target === 'hit' ? 'hit' : `bit-${target}`,
    label: targetLabel(target),
    marker: markerFor(index),
    points: report.points.map((p) => {
      const auc = p.aucs[index]!.auc;
      return { rounds: p.rounds, value: auc.mean, low: auc.ci[0], high: auc.ci[1] };
    }),
  }));

  return (
    <section className="sweep-charts">
      <ChartFrame
        title={t.ratioChart.title}
        testId="ratio-chart"
        takeaway={
          win && report.smallestInMargin !== null
            ? fill(t.ratioChart.takeaway, {
                win: win.rounds,
                ratio: f2(win.ratio),
                smallest: report.smallestInMargin,
                inside: format.integer(fromSmallest.filter((p) => p.inMargin).length),
                count: format.integer(fromSmallest.length),
              })
            : t.ratioChart.takeawayNoWin
        }
        table={{
          columns: [
            t.ratioChart.table.rounds,
            t.ratioChart.table.hits,
            t.ratioChart.table.expected,
            t.ratioChart.table.ratio,
            t.ratioChart.table.ci,
            t.ratioChart.table.ciIndependent,
            t.ratioChart.table.inMargin,
          ],
          rows: report.points.map((p) => [
            String(p.rounds),
            format.integer(p.hits),
            format.integer(p.expectedHits),
            f3(p.ratio),
            `${f3(p.ci[0])} – ${f3(p.ci[1])}`,
            `${f3(p.ciIfIndependent[0])} – ${f3(p.ciIfIndependent[1])}`,
            p.inMargin ? t.ratioChart.yes : t.ratioChart.no,
          ]),
        }}
      >
        <RoundsChart
          series={ratioSeries}
          xLabel={t.ratioChart.x}
          yLabel={t.ratioChart.y}
          yDomain={[0, topRatio * 1.05]}
          band={{
            low: marginLow,
            high: marginHigh,
            label: fill(t.ratioChart.margin, { low: f2(marginLow), high: f2(marginHigh) }),
          }}
          reference={{ y: 1, label: t.ratioChart.chance }}
          ariaLabel={t.ratioChart.title}
        />
        {closeUp.points.length > 0 && (
          <>
            <p className="close-up-title">{t.ratioChart.closeUp}</p>
            <RoundsChart
              series={[closeUp]}
              xLabel={t.ratioChart.x}
              yLabel={t.ratioChart.y}
              yDomain={CLOSE_UP}
              band={{
                low: marginLow,
                high: marginHigh,
                label: fill(t.ratioChart.margin, { low: f2(marginLow), high: f2(marginHigh) }),
              }}
              reference={{ y: 1, label: t.ratioChart.chance }}
              height={240}
              ariaLabel={t.ratioChart.closeUp}
              testId="ratio-close-up"
            />
          </>
        )}
      </ChartFrame>
      <ChartFrame
        title={t.aucChart.title}
        testId="auc-chart"
        takeaway={
          aucRange
            ? fill(t.aucChart.takeaway, {
                best: aucRange.best.rounds,
                auc: f3(aucRange.bestAuc),
                low: f3(aucRange.low),
                high: f3(aucRange.high),
              })
            : t.aucChart.takeawayPlain
        }
        table={{
          columns: [
            t.aucChart.table.rounds,
            t.aucChart.table.target,
            t.aucChart.table.auc,
            t.aucChart.table.ci,
          ],
          rows: report.points.flatMap((p) =>
            p.aucs.map((a) => [
              String(p.rounds),
              targetLabel(a.target),
              Number.isFinite(a.auc.mean) ? f3(a.auc.mean) : t.aucChart.undefined,
              Number.isFinite(a.auc.mean) ? `${f3(a.auc.ci[0])} – ${f3(a.auc.ci[1])}` : '–',
            ]),
          ),
        }}
      >
        <RoundsChart
          series={aucSeries}
          xLabel={t.aucChart.x}
          yLabel={t.aucChart.y}
          yDomain={[0.4, 1]}
          reference={{ y: 0.5, label: t.aucChart.chance }}
          ariaLabel={t.aucChart.title}
        />
      </ChartFrame>
    </section>
  );
}
