/**
 * The A/B tuner widget: seed, most workers and slice length; Start/Stop; the status line; the
 * table of every A/B test as it happens; after the run, the reveal (before, after, their ratio
 * with its interval from the confirmation) and a forest plot of every test's ratio.
 */
import { useId, useState } from 'react';
import { BetQuestion } from '../../charts/bet-question';
import { ChartFrame } from '../../charts/chart-frame';
import { ExportResults } from '../../charts/export-results';
import { RatioForest } from '../../charts/ratio-forest';
import { RunStatus } from '../../charts/run-status';
import { SeedInput, parseSeedText } from '../../charts/seed-input';
import { Stat } from '../../charts/stat';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import type { AbTestRecord } from '../../core/experiments/swarm/tuner';
import { POOR_START, type TuningConfig } from '../../core/experiments/swarm/tuning-config';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { SWARM_STRINGS } from './strings';
import type { useSwarmTuner } from './use-swarm-tuner';

type Bet = 'yes' | 'luck' | 'no';

const SLICE_CHOICES = [100, 250, 500] as const;

function coresHere(): number {
  return typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
}

export function TunerWidget(props: {
  tuner: ReturnType<typeof useSwarmTuner>;
  seedText: string;
  onSeedText: (text: string) => void;
}) {
  const t = useStrings(SWARM_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const { state, run, stop } = props.tuner;
  const [bet, setBet] = useState<Bet | null>(null);
  const { seedText, onSeedText: setSeedText } = props;
  const workerChoices = Array.from(
    { length: Math.max(2, Math.min(4, coresHere())) },
    (_, i) => i + 1,
  );
  const [maxWorkers, setMaxWorkers] = useState(workerChoices.at(-1)!);
  const [sliceMs, setSliceMs] = useState<number>(250);
  const seed = parseSeedText(seedText);
  const running = state.phase === 'running';

  const configText = (c: TuningConfig) =>
    fill(c.workers === 1 ? t.tuner.configOne : t.tuner.config, {
      batch: format.integer(c.batchSize),
      workers: c.workers,
      duty: Math.round(c.dutyCycle * 100),
    });
  const ratio = (v: number) => format.decimal(v, v >= 10 ? 1 : 2);
  const hps = (v: number) => format.integer(v);
  const knobName = (knob: AbTestRecord['knob'] | 'confirm' | null) =>
    knob === null || knob === 'confirm' ? t.tests.confirm : t.knobs[knob];
  const stepText = (test: AbTestRecord) =>
    test.knob === null
      ? t.tests.confirm
      : fill(t.tests.step, {
          knob: t.knobs[test.knob],
          from: knobValue(test.knob, test.incumbent),
          to: knobValue(test.knob, test.challenger),
        });
  const shortText = (test: AbTestRecord) =>
    test.knob === null
      ? t.knobsShort.confirm
      : `${t.knobsShort[test.knob]} ${knobValue(test.knob, test.incumbent)} → ${knobValue(test.knob, test.challenger)}`;
  const knobValue = (knob: NonNullable<AbTestRecord['knob']>, c: TuningConfig) =>
    knob === 'dutyCycle' ? `${Math.round(c.dutyCycle * 100)} %` : format.integer(c[knob]);
  const decision = (test: AbTestRecord) =>
    test.knob === null ? t.tests.verdict.confirmed : t.tests.verdict[test.verdict];
  const seconds = (88 * sliceMs) / 1000;

  const statusText =
    state.phase === 'running'
      ? state.paused
        ? t.status.paused
        : state.events.length === 0
          ? t.status.runningWarmup
          : fill(t.status.running, {
              slices: format.integer(
                state.events.filter((e) => e.event_type === 'PERFORMANCE_SAMPLE').length,
              ),
              knob: knobName(state.knob),
            })
      : state.phase === 'done'
        ? fill(t.status.done, {
            slices: format.integer(state.report?.slices ?? 0),
            tests: state.tests.length,
          })
        : state.phase === 'error'
          ? fill(t.status.error, { message: state.errorMessage })
          : t.status[state.phase];

  const report = state.report;
  const confirmation = report?.confirmation ?? null;

  return (
    <section
      className="widget tuner"
      aria-labelledby={`${id}-h`}
      data-status={state.phase}
      data-testid="tuner-widget"
    >
      <h2 id={`${id}-h`}>{t.tuner.heading}</h2>
      <BetQuestion
        echo
        question={t.bet.question}
        options={t.bet.options}
        value={bet}
        onChange={setBet}
        testId="swarm-bet"
      />
      <p>{fill(t.tuner.poorStart, { config: configText(POOR_START) })}</p>
      <div className="controls">
        <SeedInput
          label={t.tuner.seed}
          newSeedLabel={t.tuner.newSeed}
          text={seedText}
          onText={setSeedText}
          disabled={running}
          describedBy={`${id}-seed-hint`}
          testId="swarm-seed"
        />
        <span id={`${id}-seed-hint`} className={seed === null ? 'field-error' : 'hint'}>
          {seed === null ? t.tuner.seedError : t.tuner.seedHint}
        </span>
      </div>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-workers`}>{t.knobs.maxWorkers}</label>
          <select
            id={`${id}-workers`}
            value={maxWorkers}
            disabled={running}
            onChange={(e) => setMaxWorkers(Number(e.target.value))}
            data-testid="swarm-max-workers"
          >
            {workerChoices.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor={`${id}-slice`}>{t.knobs.sliceMs}</label>
          <select
            id={`${id}-slice`}
            value={sliceMs}
            disabled={running}
            onChange={(e) => setSliceMs(Number(e.target.value))}
            data-testid="swarm-slice"
          >
            {SLICE_CHOICES.map((ms) => (
              <option key={ms} value={ms}>
                {ms} ms
              </option>
            ))}
          </select>
        </span>
      </div>
      <div className="controls">
        <StartStopButtons
          startLabel={fill(t.tuner.run, {
            time: `${format.integer(seconds)}–${format.integer(seconds * 2.5)} s`,
          })}
          stopLabel={t.tuner.stop}
          active={running}
          startDisabled={seed === null}
          onStart={() => void run({ seed: seed!, start: POOR_START, maxWorkers, sliceMs })}
          onStop={stop}
          startTestId="swarm-run"
          stopTestId="swarm-stop"
        />
      </div>
      <RunStatus text={statusText} testId="swarm-status" progress={null} />

      {state.tests.length > 0 && (
        <div className="chart-table-wrap swarm-tests-wrap">
          <table className="chart-table" data-testid="swarm-tests">
            <caption>{t.tests.caption}</caption>
            <thead>
              <tr>
                {t.tests.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {state.tests.map((test, i) => {
                const s = test.summary!;
                return (
                  <tr key={i} data-verdict={test.knob === null ? 'confirm' : test.verdict}>
                    <th scope="row" data-label={t.tests.columns[0]}>
                      {stepText(test)}
                    </th>
                    <td className="num" data-label={t.tests.columns[1]}>
                      {test.ratesA.length}
                    </td>
                    <td className="num" data-label={t.tests.columns[2]}>
                      {ratio(s.ratio)}
                    </td>
                    <td className="num" data-label={t.tests.columns[3]}>
                      {ratio(s.ratioInterval[0])} – {ratio(s.ratioInterval[1])} (
                      {format.integer(s.level * 100)} %)
                    </td>
                    <td className="num" data-label={t.tests.columns[4]}>
                      {hps(s.meanDifference)} [{hps(s.differenceInterval[0])},{' '}
                      {hps(s.differenceInterval[1])}]
                    </td>
                    <td data-label={t.tests.columns[5]}>{decision(test)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {report && state.phase === 'done' && (
        <div className="reveal" data-testid="swarm-result">
          <h3>{t.result.heading}</h3>
          {confirmation ? (
            <>
              <dl className="stats">
                <Stat
                  label={t.result.before}
                  testId="swarm-before"
                  value={confirmation.before.meanHashesPerSec}
                >
                  {hps(confirmation.before.meanHashesPerSec)} {t.result.unit}
                </Stat>
                <Stat
                  label={t.result.after}
                  testId="swarm-after"
                  value={confirmation.after.meanHashesPerSec}
                >
                  {hps(confirmation.after.meanHashesPerSec)} {t.result.unit}
                </Stat>
                <Stat
                  label={t.result.ratio}
                  testId="swarm-ratio"
                  value={confirmation.test.summary!.ratio}
                >
                  <span
                    data-testid="swarm-ratio-low"
                    data-value={confirmation.test.summary!.ratioInterval[0]}
                  >
                    ×{ratio(confirmation.test.summary!.ratio)}
                  </span>
                </Stat>
                <Stat label={t.result.seedUsed} testId="swarm-seed-used" value={String(state.seed)}>
                  {String(state.seed)}
                </Stat>
              </dl>
              <p data-testid="swarm-summary">
                {fill(t.result.summary, {
                  ratio: ratio(confirmation.test.summary!.ratio),
                  low: ratio(confirmation.test.summary!.ratioInterval[0]),
                  high: ratio(confirmation.test.summary!.ratioInterval[1]),
                  before: hps(confirmation.before.meanHashesPerSec),
                  after: hps(confirmation.after.meanHashesPerSec),
                })}
              </p>
            </>
          ) : (
            <p data-testid="swarm-summary">{t.result.noGain}</p>
          )}
          <p>
            {t.result.final}: <strong data-testid="swarm-final">{configText(report.final)}</strong>
          </p>
          <ChartFrame
            title={t.result.chartTitle}
            takeaway={t.result.takeaway}
            testId="swarm-chart"
            table={{
              columns: [t.tests.columns[0]!, t.tests.columns[2]!, t.tests.columns[3]!],
              rows: state.tests.map((test) => [
                stepText(test),
                ratio(test.summary!.ratio),
                `${ratio(test.summary!.ratioInterval[0])} – ${ratio(test.summary!.ratioInterval[1])}`,
              ]),
            }}
          >
            <RatioForest
              rows={state.tests.map((test, i) => ({
                key: String(i),
                label: shortText(test),
                ratio: test.summary!.ratio,
                ci: test.summary!.ratioInterval,
              }))}
              xLabel={t.result.chartLabel}
              oneLabel={t.result.one}
              excludesLabel={t.result.excludes}
              ariaLabel={t.result.chartTitle}
            />
          </ChartFrame>
          <ExportResults
            fileBase={`swarm-tuner-seed-${state.seed}`}
            rows={state.tests.map((test, i) => ({
              step: i + 1,
              test: stepText(test),
              ratio: test.summary!.ratio,
              ci95Low: test.summary!.ratioInterval[0],
              ci95High: test.summary!.ratioInterval[1],
              seed: String(state.seed),
            }))}
            json={{ seed: state.seed, report, tests: state.tests }}
            testId="swarm-export"
          />
        </div>
      )}
    </section>
  );
}
