/**
 * The run control: the seed (shown, settable), Run (saying what it will do) and Stop, and the
 * live status line with the current phase. Nothing runs without a click.
 */
import { useId } from 'react';
import { useMagnitudeFormat } from '../../charts/magnitude-text';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { oraclePhaseAt } from '../../workers/oracle-experiment-runner';
import { ORACLE_STRINGS } from './strings';
import type { useOracleExperiment } from './use-oracle-experiment';

/** About this many hashes per run (training, evaluation, AUC labels, sweep, generators, control). */
const HASHES_PER_RUN = 450_000;
export const EVALUATION_JOBS = 64;
export const ZERO_BITS = 6;

export function parseSeed(text: string): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= 0xffffffff ? value : null;
}

export function OracleWidget(props: {
  run: ReturnType<typeof useOracleExperiment>;
  seedText: string;
  onSeedText: (text: string) => void;
}) {
  const t = useStrings(ORACLE_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const { state, active, start, stop } = props.run;
  const id = useId();
  const seed = parseSeed(props.seedText);
  const statusText =
    state.status === 'error'
      ? fill(t.status.error, { message: state.errorMessage ?? '' })
      : fill(t.status[state.status], {
          done: format.integer(state.done),
          total: format.integer(state.total),
          phase: t.phases[oraclePhaseAt(state.done, EVALUATION_JOBS)],
          time: magnitude.duration(state.elapsedMs / 1000),
          seed: String(state.job?.seed ?? ''),
        });
  return (
    <section className="widget oracle-run" aria-labelledby={`${id}-h`} data-status={state.status}>
      <h2 id={`${id}-h`} className="visually-hidden">
        {t.title}
      </h2>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-seed`}>{t.controls.seed}</label>
          <input
            id={`${id}-seed`}
            type="text"
            inputMode="numeric"
            size={11}
            className="num"
            value={props.seedText}
            disabled={active}
            aria-invalid={seed === null}
            aria-describedby={`${id}-seed-hint`}
            onChange={(event) => props.onSeedText(event.target.value)}
            data-testid="oracle-seed"
          />
          <button
            type="button"
            className="toggle"
            disabled={active}
            onClick={() => props.onSeedText(String(crypto.getRandomValues(new Uint32Array(1))[0]))}
          >
            {t.controls.newSeed}
          </button>
        </span>
        <span id={`${id}-seed-hint`} className="hint" role={seed === null ? 'alert' : undefined}>
          {seed === null ? t.controls.seedError : t.controls.seedHint}
        </span>
      </div>
      <div className="controls">
        <StartStopButtons
          startLabel={fill(t.controls.run, { hashes: format.integer(HASHES_PER_RUN) })}
          stopLabel={t.controls.stop}
          active={active}
          startDisabled={seed === null}
          onStart={() =>
            seed !== null && start({ seed, zeroBits: ZERO_BITS, evaluationJobs: EVALUATION_JOBS })
          }
          onStop={stop}
          startTestId="oracle-run"
          stopTestId="oracle-stop"
        />
      </div>
      {active && (
        <progress
          className="oracle-progress"
          max={Math.max(1, state.total)}
          value={state.done}
          aria-label={statusText}
        />
      )}
      <p className="status" role="status" aria-live="polite" data-testid="oracle-status">
        {statusText}
      </p>
    </section>
  );
}
