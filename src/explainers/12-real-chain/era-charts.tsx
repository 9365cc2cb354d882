/**
 * The histograms of the selected height range: winning nonces in 32 equal bins of 2^32 and the
 * 256 values of each nonce byte, each against the uniform line with its chi-square test.
 */
import { memo, useMemo } from 'react';
import { BarChart } from '../../charts/bar-chart';
import { ChartFrame } from '../../charts/chart-frame';
import { byteCounts, nonceHistogram, uniformityTest } from '../../core/real-nonces/histograms';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { chiValues } from './format-test';
import { fill, REAL_CHAIN_STRINGS } from './strings';

/** Bars from counts over [x0, x0 + width * n) and the flat expected line. */
export function barsAndFlat(counts: readonly number[], x0: number, width: number) {
  const total = counts.reduce((a, b) => a + b, 0);
  const bars = counts.map((value, i) => ({ x0: x0 + i * width, x1: x0 + (i + 1) * width, value }));
  const flat = total / counts.length;
  const curve = [
    { x: x0, y: flat },
    { x: x0 + counts.length * width, y: flat },
  ];
  return { bars, curve, flat };
}

/** Memoised: a change of another URL setting (the seed) must not redraw 1,300 bars. */
export const EraCharts = memo(function EraCharts(props: { nonces: Uint32Array }) {
  const t = useStrings(REAL_CHAIN_STRINGS);
  const format = useNumberFormat();
  const histogram = useMemo(() => nonceHistogram(props.nonces, 32), [props.nonces]);
  const bytes = useMemo(() => byteCounts(props.nonces), [props.nonces]);
  const hist = barsAndFlat(histogram, 0, 2 ** 27 / 1e9);
  const histTest = uniformityTest(histogram);
  return (
    <>
      <ChartFrame
        title={t.histogram.title}
        testId="real-histogram"
        takeaway={histTest ? fill(t.histogram.takeaway, chiValues(histTest)) : t.bytes.tooFew}
        table={{
          columns: t.histogram.columns,
          rows: histogram.map((count, i) => [
            format.integer(i * 2 ** 27),
            format.integer(count),
            format.decimal(hist.flat, 1),
          ]),
        }}
      >
        <BarChart
          bars={hist.bars}
          curve={hist.curve}
          barsLabel={t.histogram.bars}
          curveLabel={t.histogram.curve}
          xLabel={t.histogram.x}
          yLabel={t.histogram.y}
          ariaLabel={t.histogram.aria}
          height={240}
        />
      </ChartFrame>
      <div className="byte-grid">
        {[3, 2, 1, 0].map((b) => {
          const counts = bytes[b]!;
          const chart = barsAndFlat(counts, 0, 1);
          const test = uniformityTest(counts);
          const which = b === 0 ? t.bytes.low : b === 3 ? t.bytes.high : t.bytes.middle;
          return (
            <ChartFrame
              key={b}
              title={fill(t.bytes.title, { byte: b, which })}
              testId={`real-byte-${b}`}
              takeaway={test ? fill(t.bytes.takeaway, chiValues(test)) : t.bytes.tooFew}
              table={{
                columns: t.bytes.columns,
                rows: counts.map((count, v) => [String(v), format.integer(count)]),
              }}
            >
              <BarChart
                bars={chart.bars}
                curve={chart.curve}
                barsLabel={t.histogram.bars}
                curveLabel={t.histogram.curve}
                xLabel={t.bytes.x}
                yLabel={t.bytes.y}
                ariaLabel={fill(t.bytes.aria, { byte: b })}
                xDomain={[0, 256]}
                height={200}
              />
            </ChartFrame>
          );
        })}
      </div>
    </>
  );
});
