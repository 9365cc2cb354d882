/**
 * The races: difficulty (12..20 bits), how many races, the seed (shown, settable, replayable),
 * Run (saying what it will do) and Stop, live status, the bet, and the reveal with the mean and
 * its exact 95 % interval. Raw numbers sit in `data-value` for the browser tests.
 */
import { useId, useState } from 'react';
import { ExportResults } from '../../charts/export-results';
import { useMagnitudeFormat } from '../../charts/magnitude-text';
import { meanTriesInterval } from '../../core/stats/geometric';
import { fill } from '../../ui/i18n/lang';
import { useUrlParam } from '../../ui/url-state';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { BetQuestion } from '../../charts/bet-question';
import { MAX_RACE_BITS, MIN_RACE_BITS, parseRaces, parseSeed, raceJob } from './race-header';
import { LUCK_STRINGS } from './strings';
import type { useLuckRaces } from './use-luck-races';
import { Stat } from '../../charts/stat';
import { SeedInput } from '../../charts/seed-input';
import { StartStopButtons } from '../../charts/start-stop-buttons';

type MeanBet = 'less' | 'near' | 'more';

const DEFAULT_RACE_BITS = 14;

/** The difficulty from the URL: a whole number in the select's range, else the default. */
function parseRaceBits(text: string): number {
  const value = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  return value >= MIN_RACE_BITS && value <= MAX_RACE_BITS ? value : DEFAULT_RACE_BITS;
}

export function RacesWidget({ races }: { races: ReturnType<typeof useLuckRaces> }) {
  const t = useStrings(LUCK_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const { state, active, start, stop } = races;
  const id = useId();
  const [zeroBitsText, setZeroBitsText] = useUrlParam('zeroBits', '14');
  const [racesText, setRacesText] = useUrlParam('races', '200');
  const [seedText, setSeedText] = useUrlParam('seed', '2009');
  const zeroBits = parseRaceBits(zeroBitsText);
  const [bet, setBet] = useState<MeanBet | null>(null);
  const raceCount = parseRaces(racesText);
  const seed = parseSeed(seedText);
  const expected = 2 ** zeroBits;
  const totalHashes = (raceCount ?? 0) * expected;
  const rate = state.measuredHashesPerSec;
  const runLabel = fill(rate > 0 ? t.controls.runWithTime : t.controls.run, {
    races: format.integer(raceCount ?? 0),
    bits: zeroBits,
    hashes: magnitude.huge(totalHashes),
    time: rate > 0 ? magnitude.duration(totalHashes / rate) : '',
  });

  const onRun = () => {
    if (raceCount === null || seed === null) return;
    start(raceJob(seed, zeroBits, raceCount));
  };

  const job = state.job;
  const done = state.tries.length;
  const statusText =
    state.status === 'error'
      ? fill(t.status.error, { message: state.errorMessage ?? '' })
      : fill(t.status[state.status], {
          done: format.integer(done),
          total: format.integer(job?.races ?? 0),
        });
  const interval = done > 0 ? meanTriesInterval(state.tries) : null;
  const theory = job ? 1 / job.p : expected;
  const finished = state.status === 'done' || state.status === 'stopped';

  return (
    <section className="widget races" aria-labelledby={`${id}-h`} data-status={state.status}>
      <h2 id={`${id}-h`} className="visually-hidden">
        {t.title}
      </h2>
      <BetQuestion
        echo
        question={fill(t.betMean.question, { bits: zeroBits })}
        options={{
          less: fill(t.betMean.options.less, { expected: format.integer(expected) }),
          near: fill(t.betMean.options.near, { expected: format.integer(expected) }),
          more: fill(t.betMean.options.more, { expected: format.integer(expected) }),
        }}
        value={bet}
        onChange={setBet}
        testId="luck-bet"
      />
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-bits`}>{t.controls.bits}</label>
          <select
            id={`${id}-bits`}
            value={zeroBits}
            disabled={active}
            onChange={(event) => setZeroBitsText(event.target.value)}
            data-testid="luck-bits"
          >
            {Array.from(
              { length: MAX_RACE_BITS - MIN_RACE_BITS + 1 },
              (_, i) => i + MIN_RACE_BITS,
            ).map((bits) => (
              <option key={bits} value={bits}>
                {bits}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor={`${id}-races`}>{t.controls.races}</label>
          <input
            id={`${id}-races`}
            type="text"
            inputMode="numeric"
            size={5}
            className="num"
            value={racesText}
            disabled={active}
            aria-invalid={raceCount === null}
            aria-describedby={`${id}-races-hint`}
            onChange={(event) => setRacesText(event.target.value)}
            data-testid="luck-races"
          />
        </span>
        <SeedInput
          label={t.controls.seed}
          newSeedLabel={t.controls.newSeed}
          text={seedText}
          onText={setSeedText}
          disabled={active}
          describedBy={`${id}-seed-hint`}
          testId="luck-seed"
        />
      </div>
      <p className="hint">
        <span id={`${id}-races-hint`} role={raceCount === null ? 'alert' : undefined}>
          {raceCount === null ? t.controls.racesError : ''}
        </span>{' '}
        <span id={`${id}-seed-hint`} role={seed === null ? 'alert' : undefined}>
          {seed === null ? t.controls.seedError : t.controls.seedHint}
        </span>
      </p>
      <div className="controls">
        <StartStopButtons
          startLabel={runLabel}
          stopLabel={t.controls.stop}
          active={active}
          startDisabled={raceCount === null || seed === null}
          onStart={onRun}
          onStop={stop}
          startTestId="luck-run"
          stopTestId="luck-stop"
        />
      </div>
      <p role="status" className="status-line" data-testid="luck-status">
        {statusText}
      </p>
      {job && (
        <progress className="race-progress" value={done} max={job.races} aria-label={statusText} />
      )}
      <dl className="stats">
        <Stat label={t.stats.races} testId="luck-count" value={done}>
          {format.integer(done)}
        </Stat>
        <Stat label={t.stats.mean} testId="luck-mean" value={interval?.mean ?? 0}>
          {interval ? format.integer(interval.mean) : '–'}
        </Stat>
        <Stat
          label={fill(t.stats.theory, { bits: job?.zeroBits ?? zeroBits })}
          testId="luck-theory"
          value={theory}
        >
          {format.integer(theory)}
        </Stat>
        <Stat label={t.stats.seedUsed} testId="luck-seed-used" value={job?.seed ?? ''}>
          {job ? job.seed : '–'}
        </Stat>
      </dl>
      {finished && interval && job && (
        <div className="reveal" data-testid="luck-reveal">
          <h3>{t.reveal.heading}</h3>
          <p>
            {fill(t.reveal.mean, {
              races: format.integer(interval.n),
              mean: format.integer(interval.mean),
              low: format.integer(interval.lower),
              high: format.integer(interval.upper),
              expected: format.integer(theory),
            })}
          </p>
          <p data-testid="luck-ci" data-low={interval.lower} data-high={interval.upper}>
            {interval.lower <= theory && theory <= interval.upper
              ? t.reveal.inside
              : t.reveal.outside}
          </p>
          <ExportResults
            fileBase={`luck-races-seed-${job.seed}-bits-${job.zeroBits}`}
            rows={state.tries.map((tries, i) => ({
              race: i + 1,
              tries,
              zeroBits: job.zeroBits,
              seed: job.seed,
            }))}
            json={{
              settings: { seed: job.seed, zeroBits: job.zeroBits, races: job.races },
              headerHex: job.headerHex,
              expectedTries: theory,
              mean: interval.mean,
              ci95: [interval.lower, interval.upper],
              racesDone: interval.n,
              tries: state.tries,
            }}
            testId="luck-export"
          />
        </div>
      )}
    </section>
  );
}
