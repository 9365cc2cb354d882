/**
 * Recomputes SHA-256d of every real header in a worker (on a click, with progress and Stop) and
 * shows hash / (target + 1) in 20 bins against the flat line, with a chi-square test.
 */
import { useState } from 'react';
import { BarChart } from '../../charts/bar-chart';
import { ChartFrame } from '../../charts/chart-frame';
import { RunStatus } from '../../charts/run-status';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import type { HeaderFile } from '../../core/data/header-file';
import { ratioHistogram } from '../../core/real-nonces/hash-ratios';
import { uniformityTest } from '../../core/real-nonces/histograms';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { packHeaders } from '../../workers/real-nonces-experiment-runner';
import { barsAndFlat } from './era-charts';
import { chiValues } from './format-test';
import { fill, REAL_CHAIN_STRINGS } from './strings';
import { useRealNoncesExperiment } from './use-real-nonces-experiment';

type Outcome =
  | { status: 'idle' | 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'done'; counts: number[]; above: number; elapsedMs: number };

export function HashCheck(props: { file: HeaderFile }) {
  const t = useStrings(REAL_CHAIN_STRINGS);
  const format = useNumberFormat();
  const experiment = useRealNoncesExperiment();
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });

  const start = () => {
    setOutcome({ status: 'idle' });
    void experiment
      .run({ type: 'hashRatios', packedHeaders: packHeaders(props.file.headers) })
      .then((result) => {
        if (result.status === 'done' && result.result.type === 'hashRatios') {
          const { ratios, aboveTarget } = result.result.summary;
          setOutcome({
            status: 'done',
            counts: ratioHistogram(ratios, 20),
            above: aboveTarget,
            elapsedMs: result.elapsedMs,
          });
        } else if (result.status === 'failed') {
          setOutcome({ status: 'failed', message: result.message });
        } else setOutcome({ status: 'cancelled' });
      });
  };

  const count = format.integer(props.file.count);
  const statusText = experiment.running
    ? fill(t.hashes.running, {
        done: format.integer(experiment.progress?.done ?? 0),
        total: format.integer(experiment.progress?.total ?? props.file.count),
      })
    : outcome.status === 'done'
      ? fill(t.hashes.done, {
          count,
          seconds: format.decimal(outcome.elapsedMs / 1000, 1),
          above: format.integer(outcome.above),
        })
      : outcome.status === 'failed'
        ? fill(t.hashes.failed, { message: outcome.message })
        : outcome.status === 'cancelled'
          ? t.hashes.cancelled
          : t.hashes.idle;

  const chart = outcome.status === 'done' ? barsAndFlat(outcome.counts, 0, 0.05) : null;
  const test = outcome.status === 'done' ? uniformityTest(outcome.counts) : null;

  return (
    <section className="widget" aria-labelledby="real-hash-heading">
      <h2 id="real-hash-heading">{t.hashes.heading}</h2>
      <div className="controls">
        <StartStopButtons
          startLabel={fill(t.hashes.start, { count })}
          stopLabel={t.hashes.stop}
          active={experiment.running}
          onStart={start}
          onStop={experiment.cancel}
          startTestId="real-hash-start"
          stopTestId="real-hash-stop"
        />
      </div>
      <RunStatus text={statusText} testId="real-hash-status" progress={experiment.progress} />
      {outcome.status === 'done' && chart && (
        <ChartFrame
          title={t.hashes.title}
          testId="real-hash-chart"
          takeaway={
            <span data-testid="real-hash-p" data-value={test?.pValue}>
              {test ? fill(t.hashes.takeaway, chiValues(test)) : ''}
            </span>
          }
          table={{
            columns: t.hashes.columns,
            rows: outcome.counts.map((c, i) => [
              format.decimal(i * 0.05, 2),
              format.integer(c),
              format.decimal(chart.flat, 1),
            ]),
          }}
        >
          <BarChart
            bars={chart.bars}
            curve={chart.curve}
            barsLabel={t.hashes.bars}
            curveLabel={t.hashes.curve}
            xLabel={t.hashes.x}
            yLabel={t.hashes.y}
            ariaLabel={t.hashes.aria}
            height={240}
          />
        </ChartFrame>
      )}
    </section>
  );
}
