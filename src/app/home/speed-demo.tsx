/**
 * The home page's live demo: Start / Stop, a worker count, and live hashes per second, hashes
 * done and the smallest hash so far. Raw numbers are also in `data-value` for the browser tests.
 */
import { useId, type ReactNode } from 'react';
import { GroupedHash } from '../../charts/grouped-hash';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { useT } from '../i18n/use-t';
import { maxWorkerCount, useSpeedDemo } from './use-speed-demo';
import { Stat } from '../../charts/stat';
import { StartStopButtons } from '../../charts/start-stop-buttons';

export function SpeedDemo({ intro, note }: { intro: ReactNode; note: ReactNode }) {
  const t = useT();
  const format = useNumberFormat();
  const { state, active, workerCount, setWorkerCount, start, stop } = useSpeedDemo();
  const workersId = useId();
  const headingId = useId();
  const workerOptions = Array.from({ length: maxWorkerCount() }, (_, i) => i + 1);

  const statusText =
    state.status === 'error'
      ? fill(t.demo.status.error, { message: state.errorMessage ?? '' })
      : t.demo.status[state.status];

  return (
    <section className="demo" aria-labelledby={headingId} data-status={state.status}>
      <h2 id={headingId}>{t.demo.heading}</h2>
      {intro}
      <div className="demo-controls">
        <StartStopButtons
          startLabel={t.demo.start}
          stopLabel={t.demo.stop}
          active={active}
          onStart={start}
          onStop={stop}
          startTestId="demo-start"
          stopTestId="demo-stop"
        />
        <span className="field">
          <label htmlFor={workersId}>{t.demo.workers}</label>
          <select
            id={workersId}
            value={workerCount}
            onChange={(event) => setWorkerCount(Number(event.target.value))}
            aria-describedby={`${workersId}-hint`}
            data-testid="demo-workers"
          >
            {workerOptions.map((count) => (
              <option key={count} value={count}>
                {format.integer(count)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p id={`${workersId}-hint`} className="hint">
        {t.demo.workersHint}
      </p>
      <p role="status" className="demo-status" data-testid="demo-status">
        {statusText}
      </p>
      <dl className="stats">
        <Stat label={t.demo.hashesPerSec} testId="hashes-per-sec" value={state.hashesPerSec}>
          {format.integer(state.hashesPerSec)}
        </Stat>
        <Stat label={t.demo.hashesDone} testId="hashes-done" value={state.hashesDone}>
          {format.integer(state.hashesDone)}
        </Stat>
        <Stat label={t.demo.elapsed} testId="elapsed" value={state.elapsedMs}>
          {fill(t.demo.seconds, { value: format.decimal(state.elapsedMs / 1000, 1) })}
        </Stat>
        <Stat label={t.demo.workersInUse} testId="workers-in-use" value={state.workersInUse}>
          {format.integer(state.workersInUse)}
        </Stat>
      </dl>
      <div className="best-hash" data-testid="best-hash">
        <h3>{t.demo.bestHash}</h3>
        {state.bestHashHex ? (
          <GroupedHash
            hashHex={state.bestHashHex}
            zerosLabel={(bits, digits) =>
              fill(t.demo.leadingZeros, {
                bits: format.integer(bits),
                digits: format.integer(digits),
              })
            }
          />
        ) : (
          <p className="hint">{t.demo.noHashYet}</p>
        )}
      </div>
      {note}
    </section>
  );
}
