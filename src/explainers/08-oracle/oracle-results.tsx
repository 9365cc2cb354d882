/**
 * The measured results, one section per claim: filter pass rates and their score histogram,
 * the lowered threshold (ratios and effective hashes per second), the honest forest (ratio,
 * AUC, alternation), the leakage demo, the other generators with the retraining loop's learning
 * curve, and the positive control. Raw numbers sit in `data-value` for the browser tests.
 */
import type { ReactNode } from 'react';
import { BarChart } from '../../charts/bar-chart';
import { ChartFrame } from '../../charts/chart-frame';
import { ExportResults } from '../../charts/export-results';
import { RatioForest, type ForestRow } from '../../charts/ratio-forest';
import { Stat } from '../../charts/stat';
import type { Interval } from '../../core/stats/intervals';
import { clopperPearson } from '../../core/stats/intervals';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import type { OracleResult } from '../../workers/oracle-experiment-runner';
import { HBarList } from './hbar-list';
import type { OracleProse } from './prose';
import { ORACLE_STRINGS } from './strings';

const BLOCK_JOBS = 4;

const allContainOne = (intervals: readonly (readonly [number, number])[]) =>
  intervals.every(([low, high]) => low <= 1 && 1 <= high);

/** Every ratio the page shows, one row each, with its interval's bounds. */
function oracleRows(r: OracleResult) {
  const row = (test: string, ratio: number | null, ci: Interval | null) => ({
    test,
    ratio,
    ci95Low: ci ? ci[0] : null,
    ci95High: ci ? ci[1] : null,
    zeroBits: r.zeroBits,
    seed: r.seed,
  });
  return [
    ...r.thresholdSweep.arms.map((a) => ({
      ...row(`threshold-${a.threshold}`, a.ratio, a.ci95),
      passFraction: a.passFraction,
    })),
    row('predictor-forest', r.predictor.ratio, r.predictor.ci95),
    row('predictor-alternation', r.predictor.alternation.ratio, r.predictor.alternation.ci95),
    ...r.generators.map((g) => row(`generator-${g.id}`, g.ratio, g.ci95)),
    row('positive-control', r.positiveControl.ratio, r.positiveControl.ci95),
  ];
}

export function OracleResults(props: { report: OracleResult; prose: OracleProse }) {
  const t = useStrings(ORACLE_STRINGS);
  const format = useNumberFormat();
  const { report: r, prose } = props;
  const pct = (x: number | null) => (x === null ? '–' : `${format.decimal(100 * x, 1)} %`);
  const num = (x: number, digits = 3) => (Number.isFinite(x) ? format.decimal(x, digits) : '∞');
  const ci = (c: Interval | null, digits = 3) =>
    c ? fill(t.common.ci, { low: num(c[0], digits), high: num(c[1], digits) }) : '–';
  const f = r.filters;
  const s = r.thresholdSweep;
  const p = r.predictor;
  const l = p.leakage;
  const c = r.positiveControl;
  const samples = format.integer(f.samples);

  const histBars = f.original.histogram.counts.map((count, i) => ({
    x0: f.original.histogram.binStarts[i]!,
    x1: f.original.histogram.binStarts[i]! + f.original.histogram.binWidth,
    value: count,
  }));
  const forestAxis = {
    xLabel: t.common.ratioAxis,
    oneLabel: t.common.oneLabel,
    excludesLabel: t.common.excludesLabel,
  };
  const sweepRows: ForestRow[] = s.arms
    .filter((a) => a.ratio !== null && a.ci95 !== null)
    .map((a) => ({
      key: String(a.threshold),
      label: fill(t.sweep.row, { threshold: num(a.threshold, 2) }),
      ratio: a.ratio!,
      ci: a.ci95!,
    }));
  const retrain = r.generators.find((g) => g.id === 'retrainingLoop')!;
  const blocks: { x0: number; x1: number; value: number; low: number; high: number }[] = [];
  for (let j = 0; j < retrain.hitsPerJob.length; j += BLOCK_JOBS) {
    const hits = retrain.hitsPerJob.slice(j, j + BLOCK_JOBS).reduce((a, b) => a + b, 0);
    const jobs = Math.min(BLOCK_JOBS, retrain.hitsPerJob.length - j);
    const hashes = jobs * retrain.budgetPerJob;
    const [low, high] = clopperPearson(hits, hashes);
    const x0 = (j * retrain.budgetPerJob) / 1000;
    blocks.push({
      x0,
      x1: x0 + hashes / 1000,
      value: (1000 * hits) / hashes,
      low: 1000 * low,
      high: 1000 * high,
    });
  }
  const section = (testId: string, heading: string, body: ReactNode) => (
    <section className="oracle-section" data-testid={testId}>
      <h2>{heading}</h2>
      {body}
    </section>
  );

  return (
    <div className="oracle-results" data-testid="oracle-results">
      {section(
        'oracle-filters',
        t.filters.heading,
        <>
          <blockquote className="claim">{t.claims.items[1]}</blockquote>
          <dl className="stats">
            <Stat
              label={t.filters.original}
              value={f.original.passRate}
              testId="oracle-pass-original"
            >
              {pct(f.original.passRate)}
            </Stat>
            <Stat label={fill(t.filters.best, { count: samples })} value={f.original.bestScore}>
              {num(f.original.bestScore)}
            </Stat>
            <Stat
              label={t.filters.rewrite}
              value={f.rewrite[0]!.passRate}
              testId="oracle-pass-rewrite"
            >
              {pct(f.rewrite[0]!.passRate)}
            </Stat>
            <Stat label={t.filters.ethical} value={f.ethical.passRate} testId="oracle-pass-ethical">
              {pct(f.ethical.passRate)}
            </Stat>
          </dl>
          <ChartFrame
            title={fill(t.filters.chartTitle, { count: samples })}
            takeaway={fill(t.filters.takeaway, { count: samples, best: num(f.original.bestScore) })}
            table={{
              columns: [t.filters.xLabel, t.filters.yLabel],
              rows: histBars
                .filter((b) => b.value > 0)
                .map((b) => [`${num(b.x0, 3)}–${num(b.x1, 3)}`, format.integer(b.value)]),
            }}
            testId="oracle-filter-chart"
          >
            <BarChart
              bars={histBars}
              barsLabel={t.filters.barsLabel}
              xLabel={t.filters.xLabel}
              yLabel={t.filters.yLabel}
              xDomain={[0, 1]}
              markers={[{ x: 0.75, label: t.filters.thresholdMarker }]}
              ariaLabel={fill(t.filters.chartTitle, { count: samples })}
            />
          </ChartFrame>
          <div className="chart-table-wrap">
            <table className="chart-table" data-testid="oracle-readings">
              <caption>{t.filters.readingsTitle}</caption>
              <thead>
                <tr>
                  {t.filters.readingColumns.map((col) => (
                    <th key={col} scope="col">
                      {col}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {f.rewrite.map((w) => (
                  <tr key={`${w.reading.bitEntropy}-${w.reading.pattern}`}>
                    <td>{t.filters.readingNames[w.reading.bitEntropy]}</td>
                    <td>{t.filters.readingNames[w.reading.pattern]}</td>
                    <td className="num">{pct(w.passRate)}</td>
                    <td className="num">{num(w.bestScore)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="takeaway">{t.filters.readingsTakeaway}</p>
          {prose.filtersWhy}
        </>,
      )}
      {section(
        'oracle-sweep',
        t.sweep.heading,
        <>
          <ChartFrame
            title={t.sweep.chartTitle}
            takeaway={
              allContainOne(sweepRows.map((row) => row.ci)) ? t.sweep.takeaway : t.common.miss
            }
            table={{
              columns: [t.sweep.speedColumns[0]!, t.sweep.speedColumns[1]!, t.common.ratioAxis],
              rows: s.arms.map((a) => [
                num(a.threshold, 2),
                pct(a.passFraction),
                a.ratio === null ? t.common.none : `${num(a.ratio)} ${ci(a.ci95)}`,
              ]),
            }}
          >
            <RatioForest rows={sweepRows} {...forestAxis} ariaLabel={t.sweep.chartTitle} />
          </ChartFrame>
          <ChartFrame
            title={t.sweep.speedTitle}
            takeaway={fill(t.sweep.speedTakeaway, {
              hashes: format.integer(s.hashesPerSec),
              scores: format.integer(s.scoresPerSec),
            })}
            table={{
              columns: t.sweep.speedColumns,
              rows: [
                [t.sweep.plain, pct(1), format.integer(s.hashesPerSec)],
                ...s.arms.map((a) => [
                  num(a.threshold, 2),
                  pct(a.passFraction),
                  format.integer(a.effectiveHashesPerSec),
                ]),
              ],
            }}
            testId="oracle-speed"
          >
            <HBarList
              rows={[
                {
                  key: 'plain',
                  label: t.sweep.plain,
                  value: s.hashesPerSec,
                  text: format.integer(s.hashesPerSec),
                },
                ...s.arms.map((a) => ({
                  key: String(a.threshold),
                  label: `≥ ${num(a.threshold, 2)} (${pct(a.passFraction)})`,
                  value: a.effectiveHashesPerSec,
                  text: format.integer(a.effectiveHashesPerSec),
                })),
              ]}
            />
          </ChartFrame>
          {prose.sweepWhy}
        </>,
      )}
      {section(
        'oracle-predictor',
        t.predictor.heading,
        <>
          <blockquote className="claim">{t.claims.items[0]}</blockquote>
          <dl className="stats">
            <Stat label={t.predictor.ratio} value={p.ratio} testId="oracle-forest-ratio">
              {num(p.ratio)} {ci(p.ci95)}
            </Stat>
            <Stat label={t.predictor.auc} value={p.auc} testId="oracle-forest-auc">
              {num(p.auc)} {ci(p.aucCi95)}
            </Stat>
            <Stat label={t.predictor.vectors} value={p.distinctFeatureVectors}>
              {format.integer(p.distinctFeatureVectors)}
            </Stat>
          </dl>
          <p>
            {fill(t.predictor.hits, {
              hits: format.integer(p.hits),
              sequential: format.integer(p.sequentialHits),
              hashes: format.integer(p.hashes),
            })}
          </p>
          <ChartFrame
            title={t.predictor.chartTitle}
            takeaway={allContainOne([p.ci95, p.alternation.ci95]) ? t.common.noGain : t.common.miss}
            table={{
              columns: ['', t.common.ratioAxis],
              rows: [
                [t.predictor.rowForest, `${num(p.ratio)} ${ci(p.ci95)}`],
                [
                  t.predictor.rowAlternation,
                  `${num(p.alternation.ratio)} ${ci(p.alternation.ci95)}`,
                ],
              ],
            }}
          >
            <RatioForest
              rows={[
                { key: 'forest', label: t.predictor.rowForest, ratio: p.ratio, ci: p.ci95 },
                {
                  key: 'alternation',
                  label: t.predictor.rowAlternation,
                  ratio: p.alternation.ratio,
                  ci: p.alternation.ci95,
                },
              ]}
              {...forestAxis}
              ariaLabel={t.predictor.chartTitle}
            />
          </ChartFrame>
          {prose.predictorWhy}
        </>,
      )}
      {section(
        'oracle-leakage',
        t.leakage.heading,
        <>
          <blockquote className="claim">{t.claims.items[3]}</blockquote>
          <ChartFrame
            title={t.leakage.chartTitle}
            takeaway={t.leakage.takeaway}
            table={{
              columns: t.leakage.columns,
              rows: [
                [t.leakage.fake, pct(l.fakeLabelsOnTrainingRows.precision)],
                [t.leakage.memorised, pct(l.memorisedOnTrainingRows.precision)],
                [t.leakage.heldOut, pct(l.memorisedOnHeldOutRows.precision)],
                [t.leakage.honest, `${num(p.auc)} ${ci(p.aucCi95)}`],
              ],
            }}
            testId="oracle-leakage-chart"
          >
            <HBarList
              max={1}
              testId="oracle-leakage-bars"
              rows={[
                {
                  key: 'fake',
                  label: t.leakage.fake,
                  value: l.fakeLabelsOnTrainingRows.precision ?? 0,
                  text: pct(l.fakeLabelsOnTrainingRows.precision),
                },
                {
                  key: 'memorised',
                  label: t.leakage.memorised,
                  value: l.memorisedOnTrainingRows.precision ?? 0,
                  text: pct(l.memorisedOnTrainingRows.precision),
                },
                {
                  key: 'held',
                  label: t.leakage.heldOut,
                  value: l.memorisedOnHeldOutRows.precision ?? 0,
                  text: pct(l.memorisedOnHeldOutRows.precision),
                },
                { key: 'honest', label: t.leakage.honest, value: p.auc, text: num(p.auc) },
              ]}
            />
          </ChartFrame>
          {prose.leakageWhy}
        </>,
      )}
      {section(
        'oracle-generators',
        t.generators.heading,
        <>
          <blockquote className="claim">{t.claims.items[2]}</blockquote>
          <ChartFrame
            title={t.generators.chartTitle}
            takeaway={
              allContainOne(r.generators.map((g) => g.ci95)) ? t.common.noGain : t.common.miss
            }
            table={{
              columns: ['', t.common.ratioAxis],
              rows: r.generators.map((g) => [
                t.generators.rows[g.id],
                `${num(g.ratio)} ${ci(g.ci95)}`,
              ]),
            }}
          >
            <RatioForest
              rows={r.generators.map((g) => ({
                key: g.id,
                label: t.generators.rows[g.id],
                ratio: g.ratio,
                ci: g.ci95,
              }))}
              {...forestAxis}
              ariaLabel={t.generators.chartTitle}
            />
          </ChartFrame>
          <ChartFrame
            title={fill(t.generators.curveTitle, { jobs: format.integer(BLOCK_JOBS) })}
            takeaway={fill(t.generators.curveTakeaway, { samples: format.integer(retrain.hashes) })}
            table={{
              columns: t.generators.curveColumns,
              rows: blocks.map((b) => [
                format.integer(b.x0 * 1000),
                format.integer(Math.round(b.value * (b.x1 - b.x0))),
                format.integer((b.x1 - b.x0) * 1000),
                num(b.value / 1000, 4),
                ci([b.low / 1000, b.high / 1000], 4),
              ]),
            }}
            testId="oracle-curve"
          >
            <BarChart
              bars={blocks}
              curve={[
                { x: 0, y: 1000 * r.p },
                { x: retrain.hashes / 1000, y: 1000 * r.p },
              ]}
              barsLabel={t.generators.curveBars}
              curveLabel={t.generators.curveLine}
              xLabel={t.generators.curveX}
              yLabel={t.generators.curveY}
              ariaLabel={fill(t.generators.curveTitle, { jobs: format.integer(BLOCK_JOBS) })}
            />
          </ChartFrame>
          {prose.generatorsWhy}
        </>,
      )}
      {section(
        'oracle-control',
        t.control.heading,
        <>
          <dl className="stats">
            <Stat label={t.control.ratio} value={c.ratio} testId="oracle-control-ratio">
              {num(c.ratio, 2)} {ci(c.ci95, 2)}
            </Stat>
            <Stat label={t.control.hitsLabel} value={c.hits}>
              {fill(t.control.hits, {
                hits: format.integer(c.hits),
                expected: format.integer(c.expectedHits),
              })}
            </Stat>
          </dl>
          <ChartFrame
            title={t.control.chartTitle}
            takeaway={t.control.takeaway}
            table={{
              columns: ['', t.common.ratioAxis],
              rows: [
                [t.control.rowFull, `${num(p.ratio)} ${ci(p.ci95)}`],
                [t.control.rowWeak, `${num(c.ratio, 2)} ${ci(c.ci95, 2)}`],
              ],
            }}
            testId="oracle-control-chart"
          >
            <RatioForest
              rows={[
                { key: 'full', label: t.control.rowFull, ratio: p.ratio, ci: p.ci95 },
                { key: 'weak', label: t.control.rowWeak, ratio: c.ratio, ci: c.ci95 },
              ]}
              {...forestAxis}
              ariaLabel={t.control.chartTitle}
            />
          </ChartFrame>
          {prose.controlWhy}
        </>,
      )}
      <ExportResults
        fileBase={`oracle-seed-${r.seed}`}
        rows={oracleRows(r)}
        json={r}
        testId="oracle-export"
      />
    </div>
  );
}
