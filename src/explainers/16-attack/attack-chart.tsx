/**
 * The attacker's chance over z for the chosen q, exact (solid) and paper (dashed), on a log
 * scale drawn as log10 of the probability with ticks labelled 10^k; the table shows the numbers.
 */
import { useMemo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { LineChart } from '../../charts/line-chart';
import { compareAt } from '../../core/attack/exact';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { chartConfirmations, formatProbability, powerOfTenLabel } from './attack-format';
import { ATTACK_STRINGS } from './strings';

export function AttackChart(props: { q: number; z: number }) {
  const t = useStrings(ATTACK_STRINGS).chart;
  const format = useNumberFormat();
  const rows = useMemo(
    () => chartConfirmations(props.z).map((z) => compareAt(props.q, z)),
    [props.q, props.z],
  );
  const logPoints = (pick: (r: (typeof rows)[number]) => number) =>
    rows.filter((r) => pick(r) > 0).map((r) => ({ x: r.z, y: Math.log10(pick(r)) }));
  const exact = logPoints((r) => r.exact);
  const paper = logPoints((r) => r.paper);
  const lowest = Math.min(0, ...exact.map((p) => p.y), ...paper.map((p) => p.y));
  const yDomain: [number, number] = [Math.floor(lowest) - (lowest === 0 ? 1 : 0), 0];
  const at = rows.find((r) => r.z === props.z)!;
  const certain = props.q >= 0.5;
  return (
    <ChartFrame
      title={fill(t.title, { q: format.decimal(props.q, 2) })}
      takeaway={
        certain
          ? t.takeawayCertain
          : fill(t.takeaway, {
              z: props.z,
              ratio: at.ratio === null ? '—' : format.decimal(at.ratio, 2),
            })
      }
      table={{
        columns: [t.columns.z, t.columns.paper, t.columns.exact, t.columns.ratio],
        rows: rows.map((r) => [
          String(r.z),
          formatProbability(r.paper, format.decimal),
          formatProbability(r.exact, format.decimal),
          r.ratio === null ? '—' : format.decimal(r.ratio, 3),
        ]),
      }}
      testId="attack-chart"
    >
      <LineChart
        series={[
          { key: 'exact', label: t.exact, points: exact, kind: 'measured' },
          { key: 'paper', label: t.paper, points: paper, kind: 'theory' },
        ]}
        xLabel={t.xLabel}
        yLabel={t.yLabel}
        yDomain={yDomain}
        ariaLabel={t.aria}
        formatYTick={(v) => (Number.isInteger(v) ? powerOfTenLabel(v) : '')}
      />
    </ChartFrame>
  );
}
