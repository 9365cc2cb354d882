/**
 * "Race it yourself": N seeded double-spend races in a worker, with progress and Stop, then the
 * share won with its 95% Clopper-Pearson interval, set against the exact and the paper's value.
 */
import { useId, useState } from 'react';
import { ExportResults } from '../../charts/export-results';
import { RunStatus } from '../../charts/run-status';
import { parseSeedText, SeedInput } from '../../charts/seed-input';
import { Stat } from '../../charts/stat';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import { compareAt } from '../../core/attack/exact';
import type { RaceSimulation } from '../../core/attack/race-sim';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { formatProbability } from './attack-format';
import { ATTACK_STRINGS } from './strings';
import { useRaceExperiment } from './use-race-experiment';

type Phase = 'idle' | 'running' | 'done' | 'stopped' | 'error';
const RACE_COUNTS = [10_000, 100_000, 1_000_000] as const;

export function RaceWidget(props: { q: number; z: number }) {
  const t = useStrings(ATTACK_STRINGS).sim;
  const format = useNumberFormat();
  const id = useId();
  const experiment = useRaceExperiment();
  const [seedText, setSeedText] = useUrlParam('seed', '1');
  const [racesText, setRacesText] = useUrlParam('races', '100000');
  const races = RACE_COUNTS.find((n) => String(n) === racesText) ?? 100_000;
  const seed = parseSeedText(seedText);
  const [phase, setPhase] = useState<Phase>('idle');
  const [result, setResult] = useState<RaceSimulation | null>(null);
  const [message, setMessage] = useState('');
  const refused = props.q === 0.5;

  const start = async () => {
    if (seed === null || refused) return;
    setPhase('running');
    setResult(null);
    const outcome = await experiment.run({ q: props.q, z: props.z, races, seed });
    if (outcome.status === 'done') {
      setResult(outcome.result);
      setPhase('done');
    } else if (outcome.status === 'failed') {
      setMessage(outcome.message);
      setPhase('error');
    } else setPhase('stopped');
  };

  const shown = result && result.q === props.q && result.z === props.z ? result : null;
  const statusText =
    phase === 'running'
      ? experiment.paused
        ? t.status.paused
        : fill(t.status.running, {
            done: format.integer(experiment.progress?.done ?? 0),
            total: format.integer(experiment.progress?.total ?? races),
          })
      : phase === 'error'
        ? fill(t.status.error, { message })
        : phase === 'done' && result
          ? fill(t.status.done, { races: format.integer(result.races), seed: String(result.seed) })
          : t.status[phase === 'done' ? 'idle' : phase];

  return (
    <section
      className="widget attack-races"
      aria-labelledby={`${id}-h`}
      data-status={phase}
      data-done={experiment.progress?.done ?? 0}
      data-testid="attack-sim"
    >
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p>{t.intro}</p>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-races`}>{t.races}</label>
          <select
            id={`${id}-races`}
            value={races}
            disabled={phase === 'running'}
            onChange={(e) => setRacesText(e.target.value)}
            data-testid="attack-races"
          >
            {RACE_COUNTS.map((n) => (
              <option key={n} value={n}>
                {fill(t.racesOption, { races: format.integer(n) })}
              </option>
            ))}
          </select>
        </span>
        <SeedInput
          label={t.seed}
          newSeedLabel={t.newSeed}
          text={seedText}
          onText={setSeedText}
          disabled={phase === 'running'}
          testId="attack-seed"
          describedBy={`${id}-seed-hint`}
        />
        <StartStopButtons
          startLabel={fill(t.run, { races: format.integer(races) })}
          stopLabel={t.stop}
          active={phase === 'running'}
          startDisabled={seed === null || refused}
          onStart={() => void start()}
          onStop={() => experiment.cancel()}
          startTestId="attack-run"
          stopTestId="attack-stop"
        />
      </div>
      <p className="hint">
        <span id={`${id}-seed-hint`} role={seed === null ? 'alert' : undefined}>
          {seed === null ? t.seedError : t.seedHint}
        </span>
      </p>
      {refused && (
        <p className="hint" data-testid="attack-half">
          {t.halfRefused}
        </p>
      )}
      <RunStatus
        text={statusText}
        testId="attack-status"
        progress={phase === 'running' ? experiment.progress : null}
      />
      {shown && phase === 'done' && <RaceResult result={shown} />}
    </section>
  );
}

function RaceResult({ result }: { result: RaceSimulation }) {
  const t = useStrings(ATTACK_STRINGS).sim;
  const format = useNumberFormat();
  const { exact, paper } = compareAt(result.q, result.z);
  const [low, high] = result.ci95;
  const p = (v: number) => formatProbability(v, format.decimal);
  const containsExact = low <= exact && exact <= high;
  const containsPaper = low <= paper && paper <= high;
  return (
    <div className="reveal" data-testid="attack-sim-result">
      <dl className="stats">
        <Stat label={t.wins} testId="attack-wins" value={result.wins}>
          {format.integer(result.wins)} / {format.integer(result.races)}
        </Stat>
        <Stat label={t.estimate} testId="attack-estimate" value={result.estimate}>
          {p(result.estimate)}
        </Stat>
        <Stat label={t.ci} value={`${low},${high}`}>
          <span data-testid="attack-ci" data-low={low} data-high={high}>
            [{p(low)}, {p(high)}]
          </span>
        </Stat>
        <Stat label={t.seedUsed} testId="attack-seed-used" value={String(result.seed)}>
          {String(result.seed)}
        </Stat>
      </dl>
      <p data-testid="attack-verdict">
        {fill(containsExact ? t.containsExact : t.missesExact, { exact: p(exact) })}{' '}
        {fill(containsPaper ? t.containsPaper : t.missesPaper, { paper: p(paper) })}
      </p>
      {Number.isFinite(result.giveUpDeficit) && result.q > 0 && (
        <p className="hint">{fill(t.giveUp, { deficit: result.giveUpDeficit })}</p>
      )}
      <ExportResults
        fileBase="attack-races"
        rows={[
          {
            q: result.q,
            z: result.z,
            races: result.races,
            wins: result.wins,
            estimate: result.estimate,
            ci95Low: low,
            ci95High: high,
            exact,
            paper,
            seed: String(result.seed),
          },
        ]}
        json={{ ...result, exact, paper }}
        testId="attack-export"
      />
    </div>
  );
}
