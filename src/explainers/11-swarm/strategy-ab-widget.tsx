/**
 * The tuner's A/B rule on nonce strategies: a challenger against the counter on the same fresh
 * jobs (real SHA-256d, 8 zero bits), in a worker; the ratio of hits per hash with its exact
 * interval, drawn like the tuner's ratios.
 */
import { useId, useState } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { ExportResults } from '../../charts/export-results';
import { RatioForest } from '../../charts/ratio-forest';
import { RunStatus } from '../../charts/run-status';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import { AB_STRATEGY_IDS, type StrategyAbReport } from '../../core/experiments/swarm/strategy-ab';
import type { BuiltInStrategyId } from '../../core/experiments/strategies';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { SWARM_STRINGS } from './strings';
import { useSwarmExperiment } from './use-swarm-experiment';

type Phase = 'idle' | 'running' | 'done' | 'stopped' | 'error';
const JOBS = 64;
const BUDGET = 4096;

export function StrategyAbWidget(props: { seed: number }) {
  const t = useStrings(SWARM_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const experiment = useSwarmExperiment();
  const [challenger, setChallenger] = useState<(typeof AB_STRATEGY_IDS)[number]>('random');
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<StrategyAbReport | null>(null);
  const [message, setMessage] = useState('');

  const start = async () => {
    setPhase('running');
    setReport(null);
    const outcome = await experiment.run({
      type: 'strategies',
      seed: props.seed,
      challenger: challenger as BuiltInStrategyId,
      jobs: JOBS,
      budgetPerJob: BUDGET,
      zeroBits: 8,
    });
    if (outcome.status === 'done' && outcome.result.type === 'strategies') {
      setReport(outcome.result.report);
      setPhase('done');
    } else if (outcome.status === 'failed') {
      setMessage(outcome.message);
      setPhase('error');
    } else setPhase('stopped');
  };

  const r3 = (v: number) => format.decimal(v, 3);
  const s = t.strategies;
  const statusText =
    phase === 'running'
      ? experiment.paused
        ? s.status.paused
        : fill(s.status.running, {
            done: format.integer(experiment.progress?.done ?? 0),
            total: format.integer(experiment.progress?.total ?? JOBS),
          })
      : phase === 'error'
        ? fill(s.status.error, { message })
        : s.status[phase];
  const name = report ? s.names[report.challenger as keyof typeof s.names] : '';

  return (
    <section
      className="widget strategy-ab"
      aria-labelledby={`${id}-h`}
      data-status={phase}
      data-testid="strategy-ab"
    >
      <h2 id={`${id}-h`}>{s.heading}</h2>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-c`}>{s.challenger}</label>
          <select
            id={`${id}-c`}
            value={challenger}
            disabled={phase === 'running'}
            onChange={(e) => setChallenger(e.target.value as typeof challenger)}
            data-testid="strategy-ab-challenger"
          >
            {AB_STRATEGY_IDS.map((sid) => (
              <option key={sid} value={sid}>
                {s.names[sid]}
              </option>
            ))}
          </select>
        </span>
        <StartStopButtons
          startLabel={fill(s.run, { jobs: JOBS, budget: format.integer(BUDGET) })}
          stopLabel={s.stop}
          active={phase === 'running'}
          onStart={() => void start()}
          onStop={() => experiment.cancel()}
          startTestId="strategy-ab-run"
          stopTestId="strategy-ab-stop"
        />
      </div>
      <p className="hint" data-testid="strategy-ab-seed">
        {t.tuner.seedHintShared} {props.seed}
      </p>
      <RunStatus
        text={statusText}
        testId="strategy-ab-status"
        progress={phase === 'running' ? experiment.progress : null}
      />
      {report && phase === 'done' && (
        <div
          className="reveal"
          data-testid="strategy-ab-result"
          data-low={report.ci95[0]}
          data-high={report.ci95[1]}
        >
          <p>
            {fill(s.result, {
              hitsB: format.integer(report.challengerHits),
              hitsA: format.integer(report.sequentialHits),
              name,
              hashes: format.integer(report.hashesPerArm),
              ratio: r3(report.ratio),
              low: r3(report.ci95[0]),
              high: r3(report.ci95[1]),
            })}
          </p>
          <p>
            <strong>{report.rollOut ? s.rollout : s.noRollout}</strong>
          </p>
          <ChartFrame
            title={s.chartTitle}
            takeaway={s.takeaway}
            testId="strategy-ab-chart"
            table={{
              columns: s.tableColumns,
              rows: [[name, r3(report.ratio), `${r3(report.ci95[0])} – ${r3(report.ci95[1])}`]],
            }}
          >
            <RatioForest
              rows={[{ key: report.challenger, label: name, ratio: report.ratio, ci: report.ci95 }]}
              xLabel={s.chartLabel}
              oneLabel={t.result.one}
              excludesLabel={t.result.excludes}
              ariaLabel={s.chartTitle}
            />
          </ChartFrame>
          <ExportResults
            fileBase={`swarm-strategy-ab-seed-${props.seed}`}
            rows={[
              {
                challenger: report.challenger,
                challengerHits: report.challengerHits,
                sequentialHits: report.sequentialHits,
                hashesPerArm: report.hashesPerArm,
                ratio: report.ratio,
                ci95Low: report.ci95[0],
                ci95High: report.ci95[1],
                rollOut: report.rollOut,
                seed: props.seed,
              },
            ]}
            json={{ seed: props.seed, report }}
            testId="strategy-ab-export"
          />
        </div>
      )}
    </section>
  );
}
