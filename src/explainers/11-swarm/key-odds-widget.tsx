/**
 * Key-search odds: a toy key space of 20 to 28 bits searched live in a worker, then the
 * arithmetic of a blind search of a 160-bit address space at the measured rate.
 */
import { useId, useState } from 'react';
import { ExportResults } from '../../charts/export-results';
import { RunStatus } from '../../charts/run-status';
import { Stat } from '../../charts/stat';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import { expectedKeyHits, type ToyKeySearchResult } from '../../core/experiments/swarm/key-odds';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { SWARM_STRINGS } from './strings';
import { useSwarmExperiment } from './use-swarm-experiment';

type Phase = 'idle' | 'running' | 'done' | 'stopped' | 'error';
const BITS = [20, 22, 24, 26, 28] as const;
const SECONDS_PER_YEAR = 365.25 * 86_400;
const YEARS = 1000;
const TARGETS = 1_000_000;

/** "1.2 × 10^-30" with a locale decimal. */
function powerOfTen(value: number, decimal: (v: number, d: number) => string): string {
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  return `${decimal(value / 10 ** exponent, 1)} × 10^${exponent}`;
}

export function KeyOddsWidget(props: { seed: number }) {
  const t = useStrings(SWARM_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const experiment = useSwarmExperiment();
  const [bitsText, setBitsText] = useUrlParam('keyBits', '20');
  // A value from the link outside the menu falls back to the default.
  const bits: number = BITS.find((b) => String(b) === bitsText) ?? 20;
  const [phase, setPhase] = useState<Phase>('idle');
  const [result, setResult] = useState<ToyKeySearchResult | null>(null);
  const [message, setMessage] = useState('');
  const k = t.keys;

  const start = async () => {
    setPhase('running');
    setResult(null);
    const outcome = await experiment.run({ type: 'keys', seed: props.seed, bits });
    if (outcome.status === 'done' && outcome.result.type === 'keys') {
      setResult(outcome.result.result);
      setPhase('done');
    } else if (outcome.status === 'failed') {
      setMessage(outcome.message);
      setPhase('error');
    } else setPhase('stopped');
  };

  const statusText =
    phase === 'running'
      ? experiment.paused
        ? k.status.paused
        : fill(k.status.running, {
            done: format.integer(experiment.progress?.done ?? 0),
            total: format.integer(experiment.progress?.total ?? 2 ** bits),
          })
      : phase === 'error'
        ? fill(k.status.error, { message })
        : k.status[phase];
  const hits = result ? expectedKeyHits(result.keysPerSec, YEARS * SECONDS_PER_YEAR, TARGETS) : 0;

  return (
    <section
      className="widget key-odds"
      aria-labelledby={`${id}-h`}
      data-status={phase}
      data-testid="key-odds"
    >
      <h2 id={`${id}-h`}>{k.heading}</h2>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-bits`}>{k.bits}</label>
          <select
            id={`${id}-bits`}
            value={bits}
            disabled={phase === 'running'}
            onChange={(e) => setBitsText(e.target.value)}
            data-testid="key-odds-bits"
          >
            {BITS.map((b) => (
              <option key={b} value={b}>
                {fill(k.bitsOption, { bits: b, keys: format.integer(2 ** b) })}
              </option>
            ))}
          </select>
        </span>
        <StartStopButtons
          startLabel={k.run}
          stopLabel={k.stop}
          active={phase === 'running'}
          onStart={() => void start()}
          onStop={() => experiment.cancel()}
          startTestId="key-odds-run"
          stopTestId="key-odds-stop"
        />
      </div>
      <p className="hint" data-testid="key-odds-seed">
        {t.tuner.seedHintShared} {props.seed}
      </p>
      <RunStatus
        text={statusText}
        testId="key-odds-status"
        progress={phase === 'running' ? experiment.progress : null}
      />
      {result && phase === 'done' && (
        <div className="reveal" data-testid="key-odds-result">
          <p>
            {fill(k.found, {
              key: format.integer(result.key),
              tries: format.integer(result.tries),
              seconds: format.decimal(result.elapsedMs / 1000, 2),
              rate: format.integer(result.keysPerSec),
              expected: format.integer(result.expectedTries),
            })}
          </p>
          <dl className="stats">
            <Stat label={k.rate} value={result.keysPerSec}>
              {format.integer(result.keysPerSec)}
            </Stat>
            <Stat label={k.years} value={YEARS}>
              {format.integer(YEARS)}
            </Stat>
            <Stat label={k.targets} value={TARGETS}>
              {format.integer(TARGETS)}
            </Stat>
            <Stat label={k.expected} testId="key-odds-hits" value={hits}>
              {powerOfTen(hits, format.decimal)}
            </Stat>
          </dl>
          <p className="num" data-testid="key-odds-formula">
            {fill(k.formula, {
              rate: format.integer(result.keysPerSec),
              seconds: powerOfTen(YEARS * SECONDS_PER_YEAR, format.decimal),
              targets: format.integer(TARGETS),
              hits: powerOfTen(hits, format.decimal),
            })}
          </p>
          <ExportResults
            fileBase={`swarm-keys-seed-${props.seed}-bits-${bits}`}
            rows={[
              {
                bits,
                key: result.key,
                tries: result.tries,
                expectedTries: result.expectedTries,
                elapsedMs: result.elapsedMs,
                keysPerSec: result.keysPerSec,
                expectedHitsAtScale: hits,
                seed: props.seed,
              },
            ]}
            json={{ seed: props.seed, bits, result, years: YEARS, targets: TARGETS, hits }}
            testId="key-odds-export"
          />
        </div>
      )}
      <p className="hint">{k.never}</p>
    </section>
  );
}
