/**
 * The reader's own races against theory: a histogram of tries with the geometric expectation
 * drawn over it (whiskers: where 95 % of bin counts should fall), the empirical CDF against
 * 1 - (1 - p)^k, and the running mean settling near 1/p.
 */
import { useMemo, memo } from 'react';
import { BarChart } from '../../charts/bar-chart';
import { ChartFrame } from '../../charts/chart-frame';
import { LineChart } from '../../charts/line-chart';
import { geometricCdf, runningMean } from '../../core/stats/geometric';
import { binTries, empiricalCdf } from '../../core/stats/tries-histogram';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { LUCK_STRINGS } from './strings';

const BIN_COUNT = 16;
const RANGE_IN_MEANS = 4;

/** Memoized: it re-renders only when its props change (see the deferred values in luck-page). */
export const AttemptsCharts = memo(function AttemptsCharts({
  tries,
  p,
}: {
  tries: readonly number[];
  p: number;
}) {
  const t = useStrings(LUCK_STRINGS);
  const format = useNumberFormat();
  const mean = 1 / p;
  const maxTries = RANGE_IN_MEANS * mean;
  const { histogram, ecdf, theoryCdf, running } = useMemo(() => {
    const histogram = binTries(tries, p, BIN_COUNT, maxTries);
    const ecdf = empiricalCdf(tries);
    const theoryCdf = Array.from({ length: 61 }, (_, i) => {
      const x = (i / 60) * maxTries;
      return { x, y: geometricCdf(x, p) };
    });
    const means = runningMean(tries);
    // At most ~400 points: enough for the eye, light for the DOM.
    const stride = Math.max(1, Math.ceil(means.length / 400));
    const running = means
      .map((y, i) => ({ x: i + 1, y }))
      .filter((_, i) => i % stride === 0 || i === means.length - 1);
    return { histogram, ecdf, theoryCdf, running };
  }, [tries, p, maxTries]);

  const ecdfInRange = [{ x: 0, y: 0 }, ...ecdf.filter((point) => point.x <= maxTries)];
  const last = ecdfInRange[ecdfInRange.length - 1]!;
  if (last.x < maxTries) ecdfInRange.push({ x: maxTries, y: last.y });

  return (
    <section className="attempts-charts" data-testid="attempts-charts">
      <ChartFrame
        title={t.charts.histTitle}
        takeaway={fill(t.charts.histTakeaway, {
          beyond: format.integer(histogram.beyond.observed),
          max: format.integer(maxTries),
        })}
        testId="hist-chart"
        table={{
          columns: [
            t.charts.histTable.from,
            t.charts.histTable.to,
            t.charts.histTable.observed,
            t.charts.histTable.expected,
          ],
          rows: histogram.bins.map((bin) => [
            format.integer(bin.x0 + 1),
            format.integer(bin.x1),
            format.integer(bin.observed),
            format.decimal(bin.expected, 1),
          ]),
        }}
      >
        <BarChart
          bars={histogram.bins.map((bin) => ({
            x0: bin.x0,
            x1: bin.x1,
            value: bin.observed,
            low: bin.expectedLow,
            high: bin.expectedHigh,
          }))}
          curve={histogram.bins.map((bin) => ({ x: (bin.x0 + bin.x1) / 2, y: bin.expected }))}
          barsLabel={t.charts.histBars}
          curveLabel={t.charts.histCurve}
          xLabel={t.charts.histX}
          yLabel={t.charts.histY}
          ariaLabel={t.charts.histTitle}
        />
      </ChartFrame>
      <ChartFrame
        title={t.charts.cdfTitle}
        takeaway={t.charts.cdfTakeaway}
        testId="cdf-chart"
        table={{
          columns: [t.charts.cdfTable.tries, t.charts.cdfTable.share],
          rows: [0.25, 0.5, 1, 2, 3, 4].map((times) => {
            const x = times * mean;
            const share = tries.filter((value) => value <= x).length / Math.max(1, tries.length);
            return [format.integer(x), `${format.decimal(100 * share, 1)} %`];
          }),
        }}
      >
        <LineChart
          series={[
            { key: 'theory', label: t.charts.cdfTheory, points: theoryCdf, kind: 'theory' },
            {
              key: 'measured',
              label: t.charts.cdfMeasured,
              points: ecdfInRange,
              kind: 'measured',
              step: true,
            },
          ]}
          xLabel={t.charts.histX}
          yLabel={t.charts.cdfY}
          yDomain={[0, 1]}
          formatYTick={(value) => `${format.integer(value * 100)} %`}
          ariaLabel={t.charts.cdfTitle}
        />
      </ChartFrame>
      <ChartFrame
        title={t.charts.meanTitle}
        takeaway={t.charts.meanTakeaway}
        testId="mean-chart"
        table={{
          columns: [t.charts.meanTable.races, t.charts.meanTable.mean],
          rows: running
            .filter((_, i) => i % Math.max(1, Math.ceil(running.length / 20)) === 0)
            .map((point) => [format.integer(point.x), format.integer(point.y)]),
        }}
      >
        <LineChart
          series={[
            {
              key: 'running',
              label: t.charts.meanMeasured,
              points: running,
              kind: 'measured',
            },
          ]}
          references={[
            { y: mean, label: fill(t.charts.meanReference, { expected: format.integer(mean) }) },
          ]}
          xLabel={t.charts.meanX}
          yLabel={t.charts.meanY}
          ariaLabel={t.charts.meanTitle}
        />
      </ChartFrame>
    </section>
  );
});
