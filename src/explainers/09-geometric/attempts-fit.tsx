/**
 * Block composition, the odds part: the attempts each template took to its first hit, for both
 * ways of choosing transactions, as empirical CDFs over the geometric law with mean 1/p, with a
 * chi-square fit per method (6 bins of equal theoretical probability). The takeaway is computed
 * from the fit and the intervals, never assumed.
 */
import { ChartFrame } from '../../charts/chart-frame';
import { LineChart } from '../../charts/line-chart';
import type { CompositionArm } from '../../core/experiments/geometric/geometric-sections';
import { geometricFit } from '../../core/stats/geometric-fit';
import { geometricCdf } from '../../core/stats/geometric';
import { empiricalCdf } from '../../core/stats/tries-histogram';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { GEOMETRIC_STRINGS } from './strings';

export function AttemptsFit({
  arms,
  expectedAttempts,
}: {
  arms: readonly CompositionArm[];
  expectedAttempts: number;
}) {
  const t = useStrings(GEOMETRIC_STRINGS).composition;
  const f = useNumberFormat();
  const p = 1 / expectedAttempts;
  const fits = arms.map((a) => ({ arm: a, fit: geometricFit(a.attempts, p) }));
  const xMax = 4 * expectedAttempts;
  const theory = Array.from({ length: 41 }, (_, i) => {
    const x = Math.max(1, Math.round((i * xMax) / 40));
    return { x, y: geometricCdf(x, p) };
  });
  const consistent = fits.every(
    ({ arm, fit }) =>
      fit.pValue > 0.01 && arm.mean.lower <= expectedAttempts && expectedAttempts <= arm.mean.upper,
  );
  const pText = (v: number) => (v < 0.001 ? `< ${f.decimal(0.001, 3)}` : f.decimal(v, 3));
  const takeaway = fill(consistent ? t.fitConsistent : t.fitInconsistent, {
    expected: f.integer(expectedAttempts),
    pA: pText(fits[0]!.fit.pValue),
    pB: pText(fits[1]?.fit.pValue ?? NaN),
  });
  return (
    <ChartFrame
      title={t.fitTitle}
      takeaway={takeaway}
      testId="geometric-attempts-fit"
      table={{
        columns: [t.method, t.fitBins, t.fitObserved, t.fitExpected, t.fitP],
        rows: fits.map(({ arm, fit }) => [
          t[arm.id],
          f.integer(fit.observed.length),
          fit.observed.map((o) => f.integer(o)).join(' · '),
          fit.expected.map((e) => f.decimal(e, 1)).join(' · '),
          pText(fit.pValue),
        ]),
      }}
    >
      <LineChart
        series={[
          {
            key: 'theory',
            label: fill(t.fitTheory, { expected: f.integer(expectedAttempts) }),
            points: theory,
            kind: 'theory',
          },
          ...fits.map(({ arm }, i) => ({
            key: arm.id,
            label: t[arm.id],
            points: empiricalCdf(arm.attempts).filter((pt) => pt.x <= xMax),
            kind: i === 0 ? ('measured' as const) : ('other' as const),
            step: true,
          })),
        ]}
        xLabel={t.fitX}
        yLabel={t.fitY}
        yDomain={[0, 1]}
        ariaLabel={t.fitTitle}
      />
    </ChartFrame>
  );
}
