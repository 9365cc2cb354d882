/**
 * The miner: difficulty (typed or slid, 8..40 bits), workers (changeable while mining), a Mine
 * button that says what it will do, Stop, live numbers, the progress against the expected count,
 * the reveal with its interval, and the blocks found. Raw numbers sit in `data-value` for tests.
 */
import { useId, useState } from 'react';
import { useMagnitudeFormat } from '../../charts/magnitude-text';
import { geometricQuantile } from '../../core/stats/geometric';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { Bet, type BetKey } from './bet';
import { FoundBlocks } from './found-blocks';
import { MineProgress } from './mine-progress';
import { MAX_ZERO_BITS, MIN_ZERO_BITS, parseZeroBits, type MiningHeader } from './mining-header';
import { MINE_STRINGS } from './strings';
import type { useMineBlock } from './use-mine-block';
import { Stat } from '../../charts/stat';
import { StartStopButtons } from '../../charts/start-stop-buttons';

export interface MineWidgetProps {
  miner: ReturnType<typeof useMineBlock>;
  job: MiningHeader;
  zeroBits: number;
  onZeroBits: (zeroBits: number) => void;
}

/** The highest worker count offered: the logical cores, at least 2. */
function maxWorkers(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(2, Math.min(16, cores));
}

function betWasRight(bet: BetKey, tries: number, expected: number): boolean {
  const ratio = tries / expected;
  if (bet === 'expected') return ratio >= 0.1 && ratio <= 10;
  if (bet === 'few') return tries < 10_000;
  return tries >= 1e9;
}

export function MineWidget({ miner, job, zeroBits, onZeroBits }: MineWidgetProps) {
  const t = useStrings(MINE_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const { state, active, workerCount, setWorkerCount, start, stop, clear } = miner;
  const [bitsText, setBitsText] = useState(String(zeroBits));
  const [bet, setBet] = useState<BetKey | null>(null);
  const id = useId();
  const bitsBad = parseZeroBits(bitsText) === null;

  const setBits = (text: string) => {
    setBitsText(text);
    const parsed = parseZeroBits(text);
    if (parsed !== null) onZeroBits(parsed);
  };

  const rate = state.measuredHashesPerSec;
  const mineLabel =
    rate > 0
      ? fill(t.controls.mineWithTime, {
          bits: zeroBits,
          hashes: magnitude.huge(job.expectedHashes),
          time: magnitude.duration(job.expectedHashes / rate),
        })
      : fill(t.controls.mine, { bits: zeroBits, hashes: magnitude.huge(job.expectedHashes) });

  const statusText =
    state.status === 'error'
      ? fill(t.status.error, { message: state.errorMessage ?? '' })
      : t.status[state.status];
  const latest = state.status === 'found' ? state.found[0] : undefined;
  const p = latest ? 1 / latest.expectedHashes : 0;

  return (
    <section className="widget miner" aria-labelledby={`${id}-h`} data-status={state.status}>
      <Bet
        zeroBits={zeroBits}
        expectedText={magnitude.huge(job.expectedHashes)}
        value={bet}
        onChange={setBet}
      />
      <h2 id={`${id}-h`} className="visually-hidden">
        {t.title}
      </h2>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-bits`}>{t.controls.difficulty}</label>
          <input
            id={`${id}-bits`}
            type="text"
            inputMode="numeric"
            size={3}
            className="num"
            value={bitsText}
            disabled={active}
            aria-invalid={bitsBad}
            aria-describedby={`${id}-bits-hint`}
            onChange={(event) => setBits(event.target.value)}
            data-testid="mine-bits"
          />
          <input
            type="range"
            min={MIN_ZERO_BITS}
            max={MAX_ZERO_BITS}
            value={zeroBits}
            disabled={active}
            aria-label={t.controls.difficulty}
            onChange={(event) => setBits(event.target.value)}
          />
        </span>
        <span className="field">
          <label htmlFor={`${id}-workers`}>{t.controls.workers}</label>
          <select
            id={`${id}-workers`}
            value={workerCount}
            onChange={(event) => setWorkerCount(Number(event.target.value))}
            aria-describedby={`${id}-workers-hint`}
            data-testid="mine-workers"
          >
            {Array.from({ length: maxWorkers() }, (_, i) => i + 1).map((count) => (
              <option key={count} value={count}>
                {format.integer(count)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p id={`${id}-bits-hint`} className="hint" role={bitsBad ? 'alert' : undefined}>
        {bitsBad ? t.controls.difficultyError : t.controls.difficultyHint}{' '}
        <span id={`${id}-workers-hint`}>{t.controls.workersHint}</span>
      </p>
      <div className="controls">
        <StartStopButtons
          startLabel={mineLabel}
          stopLabel={t.controls.stop}
          active={active}
          startDisabled={bitsBad}
          onStart={() => start(job)}
          onStop={stop}
          startTestId="mine-start"
          stopTestId="mine-stop"
        />
      </div>
      <p role="status" className="status-line" data-testid="mine-status">
        {statusText}
      </p>
      <dl className="stats">
        <Stat label={t.stats.hashesPerSec} testId="mine-rate" value={state.hashesPerSec}>
          {format.integer(state.hashesPerSec)}
        </Stat>
        <Stat label={t.stats.hashesDone} testId="mine-done" value={state.hashesDone}>
          {format.integer(state.hashesDone)}
        </Stat>
        <Stat
          label={fill(t.stats.expected, { bits: state.zeroBits || zeroBits })}
          testId="mine-expected"
        >
          {magnitude.huge(state.zeroBits ? state.expectedHashes : job.expectedHashes)}
        </Stat>
        <Stat label={t.stats.workersInUse} testId="mine-workers-in-use" value={state.workersInUse}>
          {format.integer(state.workersInUse)}
        </Stat>
      </dl>
      {state.status !== 'idle' && (
        <MineProgress
          done={latest ? latest.tries : state.hashesDone}
          expected={state.expectedHashes}
        />
      )}
      {latest && (
        <div className="reveal" data-testid="mine-reveal">
          <h3>{t.reveal.heading}</h3>
          <p>
            {fill(t.reveal.result, {
              tries: format.integer(latest.tries),
              bits: latest.zeroBits,
              expected: magnitude.huge(latest.expectedHashes),
              ratio: format.decimal(latest.tries / latest.expectedHashes, 2),
            })}
          </p>
          <p>
            {fill(t.reveal.interval, {
              low: magnitude.huge(geometricQuantile(0.025, p)),
              high: magnitude.huge(geometricQuantile(0.975, p)),
            })}
          </p>
          {bet && (
            <p>
              {betWasRight(bet, latest.tries, latest.expectedHashes)
                ? t.reveal.betRight
                : fill(t.reveal.betWrong, { expected: magnitude.huge(latest.expectedHashes) })}
            </p>
          )}
        </div>
      )}
      <FoundBlocks found={state.found} onClear={clear} />
    </section>
  );
}
