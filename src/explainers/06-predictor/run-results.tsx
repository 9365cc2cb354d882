/**
 * The outcome of a run: the stats (hits on both sides, hits per hash, the ratio with its
 * exact 95 % interval and p-value, the code's own work, the seed), the reveal with the
 * verdict, and a chart of hits per job with its table. Raw numbers sit in `data-value`.
 */
import { useMemo } from 'react';
import { BarChart } from '../../charts/bar-chart';
import { ChartFrame } from '../../charts/chart-frame';
import { Stat } from '../../charts/stat';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import type { PredictorJobResult } from '../../workers/predictor-experiment-runner';
import { PREDICTOR_STRINGS } from './strings';
import type { PredictorSettings } from './use-predictor-run';
import { verdictOf } from './verdict';

export function RunResults(props: {
  outcome: PredictorJobResult;
  settings: PredictorSettings;
  ownWorkMs: number;
}) {
  const t = useStrings(PREDICTOR_STRINGS);
  const format = useNumberFormat();
  const { result, proposedPerJob, hashesPerSec } = props.outcome;
  const arm = result.arms[0]!;
  const seq = result.sequential;
  const [low, high] = arm.vsSequential.ci;
  const ratioText = (value: number) =>
    Number.isFinite(value) ? format.decimal(value, 2) : value > 0 ? '∞' : '–';
  const pText = (p: number) => (p < 0.001 ? `< ${format.decimal(0.001, 3)}` : format.decimal(p, 3));
  const verdict = verdictOf(arm, seq);
  const ownHashes = (props.ownWorkMs / 1000) * hashesPerSec;

  const bars = useMemo(
    () => arm.hitsPerJob.map((hits, j) => ({ x0: j + 0.5, x1: j + 1.5, value: hits })),
    [arm.hitsPerJob],
  );
  const curve = useMemo(
    () => seq.hitsPerJob.map((hits, j) => ({ x: j + 1, y: hits })),
    [seq.hitsPerJob],
  );

  return (
    <>
      <dl className="stats">
        <Stat label={t.stats.yourHits} testId="predictor-hits" value={arm.hits}>
          {format.integer(arm.hits)}
        </Stat>
        <Stat label={t.stats.counterHits} testId="predictor-counter-hits" value={seq.hits}>
          {format.integer(seq.hits)}
        </Stat>
        <Stat label={t.stats.perHash} testId="predictor-per-hash" value={arm.hitsPerHash}>
          {arm.hits > 0
            ? fill(t.stats.perHashValue, { n: format.integer(arm.hashes / arm.hits) })
            : '0'}
        </Stat>
        <Stat label={t.stats.ratio} testId="predictor-ratio" value={arm.vsSequential.ratio}>
          {ratioText(arm.vsSequential.ratio)}{' '}
          <span className="interval">
            [{ratioText(low)}, {ratioText(high)}]
          </span>
        </Stat>
        <Stat label={t.stats.pValue} testId="predictor-p" value={arm.vsSequential.pValue}>
          {pText(arm.vsSequential.pValue)}
        </Stat>
        <Stat label={t.stats.ownWork} testId="predictor-own-work" value={props.ownWorkMs}>
          {fill(t.stats.ownWorkValue, { ms: format.integer(props.ownWorkMs) })}
        </Stat>
        <Stat label={t.stats.seedUsed} testId="predictor-seed-used" value={props.settings.seed}>
          {props.settings.seed}
        </Stat>
      </dl>
      <div className="reveal" data-testid="predictor-reveal" data-verdict={verdict}>
        <h3>{t.reveal.heading}</h3>
        <p>
          {fill(t.reveal.summary, {
            hits: format.integer(arm.hits),
            hashes: format.integer(arm.hashes),
            counterHits: format.integer(seq.hits),
            ratio: ratioText(arm.vsSequential.ratio),
            low: ratioText(low),
            high: ratioText(high),
            p: pText(arm.vsSequential.pValue),
          })}
        </p>
        <p data-testid="predictor-verdict" data-low={low} data-high={high}>
          <strong>{t.reveal[verdict]}</strong>
        </p>
        {seq.hits > 0 && (
          <p data-testid="predictor-work">
            {fill(t.reveal.work, {
              ms: format.integer(props.ownWorkMs),
              hashes: format.integer(ownHashes),
              work: format.decimal(arm.workRatio, 2),
            })}
          </p>
        )}
      </div>
      <ChartFrame
        title={t.chart.title}
        testId="predictor-chart"
        takeaway={fill(t.chart.takeaway, {
          expected: format.decimal(props.settings.budgetPerJob * result.p, 1),
          yours: format.integer(arm.hits),
          counter: format.integer(seq.hits),
        })}
        table={{
          columns: [
            t.chart.table.job,
            t.chart.table.yours,
            t.chart.table.counter,
            t.chart.table.proposed,
          ],
          rows: arm.hitsPerJob.map((hits, j) => [
            format.integer(j + 1),
            format.integer(hits),
            format.integer(seq.hitsPerJob[j] ?? 0),
            format.integer(proposedPerJob[j] ?? 0),
          ]),
        }}
      >
        <BarChart
          bars={bars}
          curve={curve}
          barsLabel={t.chart.bars}
          curveLabel={t.chart.curve}
          xLabel={t.chart.x}
          yLabel={t.chart.y}
          xDomain={[0.5, arm.hitsPerJob.length + 0.5]}
          ariaLabel={t.chart.aria}
        />
      </ChartFrame>
    </>
  );
}
