/**
 * The noise-only run: the design's three tasks timed round after round in a worker with
 * nothing changed, fed to the design's evaluator (seconds, as designed, and milliseconds),
 * mints per window with exact intervals, the length study, and the labelled synthetic terms.
 */
import { useId, useState } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { ExportResults } from '../../charts/export-results';
import { LineChart } from '../../charts/line-chart';
import { RunStatus } from '../../charts/run-status';
import { SeedInput, parseSeedText } from '../../charts/seed-input';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import { Stat } from '../../charts/stat';
import { createRandom } from '../../core/random';
import type { LengthResult } from '../../core/experiments/improvement/improvement-experiment';
import {
  countNoiseMints,
  syntheticIdlenessScores,
  type NoiseRunReport,
  type RoundTimes,
} from '../../core/experiments/improvement/noise-run';
import type { Interval } from '../../core/stats/intervals';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { IMPROVEMENT_STRINGS } from './strings';
import { useImprovementExperiment } from './use-improvement-experiment';

type Phase = 'idle' | 'running' | 'done' | 'stopped' | 'error';
const ROUND_CHOICES = [60, 150, 300] as const;
const LENGTH_ROUNDS = 40;

/** The rounds the link names; a value outside the menu falls back to the default. */
function roundsFrom(text: string): number {
  const value = Number(text);
  return (ROUND_CHOICES as readonly number[]).includes(value) ? value : 150;
}

export interface NoiseResult {
  seed: number;
  times: RoundTimes[];
  seconds: NoiseRunReport;
  byLength: LengthResult[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function NoiseWidget(props: {
  seedText: string;
  onSeedText: (text: string) => void;
  onResult: (result: NoiseResult | null) => void;
}) {
  const t = useStrings(IMPROVEMENT_STRINGS);
  const n = t.noise;
  const format = useNumberFormat();
  const id = useId();
  const experiment = useImprovementExperiment();
  const [roundsText, setRoundsText] = useUrlParam('noiseRounds', '150');
  const rounds = roundsFrom(roundsText);
  const [phase, setPhase] = useState<Phase>('idle');
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<NoiseResult | null>(null);
  const [synthetic, setSynthetic] = useState(false);
  const seed = parseSeedText(props.seedText);
  const windowRounds = Math.round(rounds / 5);

  const start = async () => {
    if (seed === null) return;
    setPhase('running');
    setResult(null);
    props.onResult(null);
    const outcome = await experiment.run({
      type: 'noise',
      seed,
      rounds,
      lengthRounds: LENGTH_ROUNDS,
    });
    if (outcome.status === 'done' && outcome.result.type === 'noise') {
      const times = outcome.result.times;
      const next = {
        seed,
        times,
        seconds: countNoiseMints(times, 's', windowRounds),
        byLength: outcome.result.byLength,
      };
      setResult(next);
      props.onResult(next);
      setPhase('done');
    } else if (outcome.status === 'failed') {
      setMessage(outcome.message);
      setPhase('error');
    } else setPhase('stopped');
  };

  // Plain computations: the React Compiler memoizes them (the rounds come from the link).
  const ms = result ? countNoiseMints(result.times, 'ms', windowRounds, null) : null;
  const withSynthetic = (() => {
    if (!result || !synthetic) return null;
    const extra = syntheticIdlenessScores(
      createRandom(result.seed).derive('synthetic'),
      result.times.length,
    );
    return countNoiseMints(
      result.times.map((round, i) => ({ ...round, ...extra[i] })),
      's',
      windowRounds,
    );
  })();

  const r3 = (v: number) => format.decimal(v, 3);
  const ci = ([low, high]: Interval) => `${r3(low)} – ${r3(high)}`;
  const statusText =
    phase === 'running'
      ? experiment.paused
        ? n.status.paused
        : fill(n.status.running, {
            done: format.integer(experiment.progress?.done ?? 0),
            total: format.integer(experiment.progress?.total ?? rounds),
          })
      : phase === 'error'
        ? fill(n.status.error, { message })
        : fill(n.status[phase], { rounds: format.integer(rounds) });
  const taskIds = ['sumOfSquares', 'eigenvalues', 'stringRegex'] as const;

  return (
    <section
      className="widget noise"
      aria-labelledby={`${id}-h`}
      data-status={phase}
      data-testid="noise"
    >
      <h2 id={`${id}-h`}>{n.heading}</h2>
      <div className="controls">
        <SeedInput
          label={n.seed}
          newSeedLabel={n.newSeed}
          text={props.seedText}
          onText={props.onSeedText}
          disabled={phase === 'running'}
          describedBy={`${id}-seed-hint`}
          testId="improvement-seed"
        />
        <span className="field">
          <label htmlFor={`${id}-r`}>{n.rounds}</label>
          <select
            id={`${id}-r`}
            value={rounds}
            disabled={phase === 'running'}
            onChange={(e) => setRoundsText(e.target.value)}
            data-testid="noise-rounds"
          >
            {ROUND_CHOICES.map((r) => (
              <option key={r} value={r}>
                {format.integer(r)}
              </option>
            ))}
          </select>
        </span>
        <StartStopButtons
          startLabel={fill(n.run, { rounds: format.integer(rounds) })}
          stopLabel={n.stop}
          active={phase === 'running'}
          startDisabled={seed === null}
          onStart={() => void start()}
          onStop={() => experiment.cancel()}
          startTestId="noise-run"
          stopTestId="noise-stop"
        />
      </div>
      <p className="hint" id={`${id}-seed-hint`}>
        {seed === null ? n.seedError : n.seedHint}
      </p>
      <RunStatus
        text={statusText}
        testId="noise-status"
        progress={phase === 'running' ? experiment.progress : null}
      />
      {result && ms && phase === 'done' && (
        <div className="reveal" data-testid="noise-result">
          <p>
            {n.seedUsed} <span data-testid="noise-seed-used">{result.seed}</span>.{' '}
            {fill(n.medians, {
              list: taskIds
                .map(
                  (tid) =>
                    `${t.tasks[tid]} ${format.decimal(median(result.times.map((r) => r[tid]! * 1000)), 2)} ms`,
                )
                .join(' · '),
            })}
          </p>
          <dl className="stats">
            <Stat label={n.mintsSeconds} testId="noise-mints-s" value={result.seconds.mints}>
              {format.integer(result.seconds.mints)}
            </Stat>
            <Stat label={n.mintsMs} testId="noise-mints-ms" value={ms.mints}>
              {format.integer(ms.mints)}
            </Stat>
          </dl>
          <p>{n.firstRound}</p>
          <p data-testid="noise-after-first">
            <strong>
              {fill(n.afterFirst, { mints: format.integer(Math.max(0, result.seconds.mints - 1)) })}
            </strong>
          </p>
          <ChartFrame
            title={n.chartTitle}
            takeaway={n.chartTakeaway}
            testId="noise-chart"
            table={{
              columns: n.windowColumns,
              rows: result.seconds.windows.map((w, i) => {
                const m = ms.windows[i]!;
                return [
                  `${w.firstRound}–${w.firstRound + w.rounds - 1}`,
                  format.integer(w.mints),
                  `${r3(w.rate)} (${ci(w.ci95)})`,
                  format.integer(m.mints),
                  `${r3(m.rate)} (${ci(m.ci95)})`,
                ];
              }),
            }}
          >
            <LineChart
              series={[
                {
                  key: 's',
                  label: n.seriesSeconds,
                  kind: 'measured',
                  points: result.seconds.windows.map((w) => ({ x: w.firstRound, y: w.rate })),
                },
                {
                  key: 'ms',
                  label: n.seriesMs,
                  kind: 'other',
                  points: ms.windows.map((w) => ({ x: w.firstRound, y: w.rate })),
                },
              ]}
              xLabel={n.chartX}
              yLabel={n.chartY}
              yDomain={[0, 1]}
              ariaLabel={n.chartTitle}
            />
          </ChartFrame>
          <h3>{n.lengthHeading}</h3>
          <div className="table-wrap">
            <table data-testid="noise-length">
              <thead>
                <tr>
                  {n.lengthColumns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.byLength.map((l) => (
                  <tr key={l.n}>
                    <td>{format.integer(l.n)}</td>
                    <td>{format.decimal(l.medianMs, 3)} ms</td>
                    <td>
                      {r3(l.secondsRate)} ({ci(l.secondsCi95)})
                    </td>
                    <td>
                      {r3(l.millisecondsRate)} ({ci(l.millisecondsCi95)})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{n.lengthNote}</p>
          <p className="check">
            <input
              id={`${id}-syn`}
              type="checkbox"
              checked={synthetic}
              onChange={(e) => setSynthetic(e.target.checked)}
              data-testid="noise-synthetic"
            />{' '}
            <label htmlFor={`${id}-syn`}>{n.synthetic}</label>
          </p>
          {withSynthetic && (
            <p className="synthetic" data-testid="noise-synthetic-note">
              {fill(n.syntheticNote, {
                mints: format.integer(withSynthetic.mints),
                without: format.integer(result.seconds.mints),
              })}
            </p>
          )}
          <ExportResults
            fileBase={`improvement-noise-seed-${result.seed}`}
            rows={result.seconds.windows.map((w, i) => {
              const m = ms.windows[i]!;
              return {
                firstRound: w.firstRound,
                rounds: w.rounds,
                secondsMints: w.mints,
                secondsRate: w.rate,
                secondsCi95Low: w.ci95[0],
                secondsCi95High: w.ci95[1],
                millisecondsMints: m.mints,
                millisecondsRate: m.rate,
                millisecondsCi95Low: m.ci95[0],
                millisecondsCi95High: m.ci95[1],
                seed: result.seed,
              };
            })}
            json={{
              settings: { seed: result.seed, rounds, lengthRounds: LENGTH_ROUNDS },
              seconds: result.seconds,
              milliseconds: ms,
              byLength: result.byLength,
              times: result.times,
            }}
            testId="noise-export"
          />
        </div>
      )}
    </section>
  );
}
