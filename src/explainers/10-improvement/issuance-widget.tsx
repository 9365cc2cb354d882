/**
 * Issuance with the design's improvement multiplier against the fixed schedule: arithmetic
 * from the reward formula (nothing to run), with this run's mean noise sum once there is one
 * and the design's own 9.3 % example.
 */
import { useId, useMemo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { LineChart } from '../../charts/line-chart';
import { issuanceSeries } from '../../core/experiments/improvement/issuance';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { IMPROVEMENT_STRINGS } from './strings';

const BLOCKS = 840_000;
const STEP = 21_000;
const EXAMPLE_SUM = 0.093;

export function IssuanceWidget(props: { meanSum: number | null }) {
  const t = useStrings(IMPROVEMENT_STRINGS);
  const s = t.issuance;
  const format = useNumberFormat();
  const id = useId();
  const example = useMemo(() => issuanceSeries(BLOCKS, STEP, () => EXAMPLE_SUM), []);
  const measured = useMemo(
    () => (props.meanSum === null ? null : issuanceSeries(BLOCKS, STEP, () => props.meanSum!)),
    [props.meanSum],
  );
  const millions = (v: number) => v / 1e6;
  // Plotted as coins above the schedule: the totals differ by a few per cent, the excess is the point.
  const series = [
    {
      key: 'example',
      label: s.example,
      kind: 'other' as const,
      points: example.map((p) => ({ x: p.height, y: millions(p.withMultiplier - p.fixed) })),
    },
    ...(measured && props.meanSum !== null
      ? [
          {
            key: 'measured',
            label: fill(s.measured, { pct: format.decimal(props.meanSum * 100, 3) }),
            kind: 'measured' as const,
            points: measured.map((p) => ({ x: p.height, y: millions(p.withMultiplier - p.fixed) })),
          },
        ]
      : []),
  ];
  const rows = example
    .filter((_, i) => (i + 1) % 10 === 0)
    .map((p) => {
      const m = measured?.find((q) => q.height === p.height);
      return [
        format.integer(p.height),
        format.integer(Math.round(p.fixed)),
        m ? format.integer(Math.round(m.withMultiplier)) : s.notRun,
        format.integer(Math.round(p.withMultiplier)),
      ];
    });
  const last = example[example.length - 1]!;

  return (
    <section className="widget issuance" aria-labelledby={`${id}-h`} data-testid="issuance">
      <h2 id={`${id}-h`}>{s.heading}</h2>
      <ChartFrame
        title={s.chartTitle}
        takeaway={s.takeaway}
        testId="issuance-chart"
        table={{ columns: s.columns, rows }}
      >
        <LineChart
          series={series}
          xLabel={s.x}
          yLabel={s.y}
          references={[{ y: 0, label: s.fixedShort }]}
          ariaLabel={s.chartTitle}
          formatXTick={(v) => format.integer(v)}
        />
      </ChartFrame>
      <p>{fill(s.genesis, { coins: format.integer(Math.round(last.genesisWallet)) })}</p>
    </section>
  );
}
