/**
 * The bet: choose (strategy, lucky numbers or map regions) and the run settings, lock it (its
 * commitment hash is shown and the controls freeze), then reveal: your nonces and the counter's
 * are hashed in a worker on the same fresh jobs, and the ratio of hits per hash is shown with
 * its exact 95 % interval and p-value.
 */
import { useId, useMemo, useState } from 'react';
import { ExportResults } from '../../charts/export-results';
import { GroupedHash } from '../../charts/grouped-hash';
import { RunStatus } from '../../charts/run-status';
import { SeedInput, parseSeedText } from '../../charts/seed-input';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import type { HarnessResult } from '../../core/experiments/harness';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import {
  BET_LIMITS,
  BET_STRATEGIES,
  commitmentHash,
  commitmentText,
  parseLuckyNumbers,
  workerBet,
  type Bet,
  type BetSettings,
  type BetStrategy,
} from './bet-spec';
import { BetResult } from './bet-result';
import { NonceMap } from './nonce-map';
import { NumberField, parseWhole } from './number-field';
import { BETS_STRINGS } from './strings';
import type { useStrategyExperiment } from './use-strategy-experiment';

type Kind = 'strategy' | 'lucky' | 'map';
type Phase = 'idle' | 'locked' | 'running' | 'done' | 'stopped' | 'error';

export interface RealNoncesState {
  nonces: number[] | null;
  status: 'loading' | 'ready' | 'error';
  message?: string;
}

export function BetWidget(props: {
  experiment: ReturnType<typeof useStrategyExperiment>;
  real: RealNoncesState;
}) {
  const t = useStrings(BETS_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const { experiment, real } = props;
  const [kind, setKind] = useState<Kind>('strategy');
  const [strategy, setStrategy] = useState<BetStrategy>('primes');
  const [luckyText, setLuckyText] = useState('7, 42, 777, 2024, 31415926');
  const [regions, setRegions] = useState<ReadonlySet<number>>(new Set([0, 17, 128, 255]));
  const [zeroBitsText, setZeroBitsText] = useUrlParam('betZeroBits', '8');
  const [jobsText, setJobsText] = useUrlParam('betJobs', '64');
  const [budgetText, setBudgetText] = useUrlParam('betBudget', '2048');
  const [seedText, setSeedText] = useUrlParam('betSeed', '1');
  const [phase, setPhase] = useState<Phase>('idle');
  const [locked, setLocked] = useState<{ bet: Bet; settings: BetSettings; text: string } | null>(
    null,
  );
  const [result, setResult] = useState<{ harness: HarnessResult; bet: Bet } | null>(null);
  const [errorMessage, setErrorMessage] = useState('');

  const lucky = useMemo(() => parseLuckyNumbers(luckyText), [luckyText]);
  const zeroBits = parseWhole(zeroBitsText, BET_LIMITS.zeroBits.min, BET_LIMITS.zeroBits.max);
  const jobs = parseWhole(jobsText, BET_LIMITS.jobs.min, BET_LIMITS.jobs.max);
  const budget = parseWhole(budgetText, BET_LIMITS.budgetPerJob.min, BET_LIMITS.budgetPerJob.max);
  const seed = parseSeedText(seedText);

  const bet: Bet | null =
    kind === 'strategy'
      ? { kind: 'strategy', id: strategy }
      : kind === 'lucky'
        ? 'nonces' in lucky
          ? { kind: 'nonces', nonces: lucky.nonces }
          : null
        : regions.size > 0
          ? { kind: 'regions', topBytes: [...regions].sort((a, b) => a - b) }
          : null;
  const settings: BetSettings | null =
    zeroBits !== null && jobs !== null && budget !== null && seed !== null
      ? { seed, zeroBits, jobs, budgetPerJob: budget }
      : null;
  const editing = phase === 'idle' || phase === 'done' || phase === 'stopped' || phase === 'error';
  const frozen = locked !== null;

  const lock = () => {
    if (!bet || !settings) return;
    setLocked({ bet, settings, text: commitmentText(bet, settings) });
    setResult(null);
    setPhase('locked');
  };
  const unlock = () => {
    setLocked(null);
    setPhase('idle');
  };
  const reveal = async () => {
    if (!locked) return;
    const { bet: lockedBet, settings: s } = locked;
    setPhase('running');
    const outcome = await experiment.run({
      type: 'bet',
      seed: s.seed,
      zeroBits: s.zeroBits,
      jobs: s.jobs,
      budgetPerJob: s.budgetPerJob,
      bet: workerBet(lockedBet, s.budgetPerJob),
      realNonces: real.nonces ?? [],
    });
    if (outcome.status === 'done' && outcome.result.type === 'bet') {
      setResult({ harness: outcome.result.result, bet: lockedBet });
      setPhase('done');
    } else if (outcome.status === 'failed') {
      setErrorMessage(outcome.message);
      setPhase('error');
    } else {
      setPhase('stopped');
    }
  };

  const yourHashes =
    locked && locked.bet.kind === 'nonces'
      ? locked.bet.nonces.length * locked.settings.jobs
      : (locked?.settings.budgetPerJob ?? 0) * (locked?.settings.jobs ?? 0);
  const statusText =
    phase === 'running'
      ? experiment.paused
        ? t.status.paused
        : fill(t.status.running, {
            done: format.integer(experiment.progress?.done ?? 0),
            total: format.integer(experiment.progress?.total ?? locked?.settings.jobs ?? 0),
          })
      : phase === 'error'
        ? fill(t.status.error, { message: errorMessage })
        : phase === 'idle'
          ? t.status.idle
          : phase === 'locked'
            ? t.status.locked
            : t.status[phase];

  const luckyError =
    'error' in lucky
      ? fill(t.builder.luckyErrors[lucky.error.reason], {
          token: 'token' in lucky.error ? lucky.error.token : '',
          count: 'count' in lucky.error ? format.integer(lucky.error.count) : '',
        })
      : null;

  const strategyHint =
    strategy === 'realRanges'
      ? real.status === 'ready'
        ? fill(t.builder.strategyHints.realRanges, { count: format.integer(real.nonces!.length) })
        : real.status === 'loading'
          ? t.builder.strategyHints.realRangesLoading
          : fill(t.builder.strategyHints.realRangesError, { message: real.message ?? '' })
      : t.builder.strategyHints[strategy];

  return (
    <section
      className="widget bets"
      aria-labelledby={`${id}-h`}
      data-status={phase}
      data-testid="bets-widget"
    >
      <h2 id={`${id}-h`}>{t.builder.heading}</h2>
      <fieldset className="bet-kind" disabled={frozen}>
        <legend>{t.builder.kindLegend}</legend>
        {(['strategy', 'lucky', 'map'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
              data-testid={`bets-kind-${k}`}
            />{' '}
            {t.builder.kinds[k]}
          </label>
        ))}
      </fieldset>

      {kind === 'strategy' && (
        <div className="controls">
          <span className="field">
            <label htmlFor={`${id}-strategy`}>{t.builder.strategyLabel}</label>
            <select
              id={`${id}-strategy`}
              value={strategy}
              disabled={frozen}
              aria-describedby={`${id}-strategy-hint`}
              onChange={(event) => setStrategy(event.target.value as BetStrategy)}
              data-testid="bets-strategy"
            >
              {BET_STRATEGIES.map((s) => (
                <option key={s} value={s}>
                  {t.builder.strategies[s]}
                </option>
              ))}
            </select>
          </span>
          <p id={`${id}-strategy-hint`} className="hint">
            {strategyHint}
          </p>
        </div>
      )}

      {kind === 'lucky' && (
        <div className="lucky">
          <label htmlFor={`${id}-lucky`}>{t.builder.luckyLabel}</label>
          <textarea
            id={`${id}-lucky`}
            className="num"
            rows={3}
            maxLength={20_000}
            value={luckyText}
            disabled={frozen}
            aria-invalid={luckyError !== null}
            aria-describedby={`${id}-lucky-hint`}
            onChange={(event) => setLuckyText(event.target.value)}
            data-testid="bets-lucky"
          />
          <p id={`${id}-lucky-hint`} className="hint">
            {t.builder.luckyHint}{' '}
            {luckyError ? (
              <span className="field-error" role="alert">
                {luckyError}
              </span>
            ) : (
              'nonces' in lucky &&
              jobs !== null &&
              fill(t.builder.luckyCount, {
                count: format.integer(lucky.nonces.length),
                hashes: format.integer(lucky.nonces.length * jobs),
              })
            )}
          </p>
        </div>
      )}

      {kind === 'map' && (
        <fieldset className="map-field" disabled={frozen}>
          <legend>{t.builder.mapLegend}</legend>
          <p className="hint">{t.builder.mapHint}</p>
          <NonceMap
            picked={regions}
            disabled={frozen}
            regionLabel={t.builder.mapRegion}
            onToggle={(region) =>
              setRegions((old) => {
                const next = new Set(old);
                if (next.has(region)) next.delete(region);
                else next.add(region);
                return next;
              })
            }
          />
          <p className="hint" aria-live="polite">
            {regions.size > 0
              ? fill(t.builder.mapSelected, { count: regions.size })
              : t.builder.mapNone}
          </p>
          <div className="controls">
            <button type="button" className="toggle" onClick={() => setRegions(new Set())}>
              {t.builder.mapClear}
            </button>
            <button
              type="button"
              className="toggle"
              onClick={() => {
                const values = crypto.getRandomValues(new Uint8Array(32));
                setRegions(new Set([...values].slice(0, 8)));
              }}
            >
              {t.builder.mapRandom}
            </button>
          </div>
        </fieldset>
      )}

      <fieldset className="bet-settings" disabled={frozen}>
        <legend>{t.builder.settingsLegend}</legend>
        <div className="controls">
          <NumberField
            label={t.builder.zeroBits}
            text={zeroBitsText}
            onText={setZeroBitsText}
            {...BET_LIMITS.zeroBits}
            errorTemplate={t.builder.numberError}
            disabled={frozen}
            testId="bets-zero-bits"
          />
          <NumberField
            label={t.builder.jobs}
            text={jobsText}
            onText={setJobsText}
            {...BET_LIMITS.jobs}
            errorTemplate={t.builder.numberError}
            disabled={frozen}
            testId="bets-jobs"
          />
          <NumberField
            label={t.builder.budget}
            text={budgetText}
            onText={setBudgetText}
            {...BET_LIMITS.budgetPerJob}
            errorTemplate={t.builder.numberError}
            disabled={frozen}
            testId="bets-budget"
          />
          <SeedInput
            label={t.builder.seed}
            newSeedLabel={t.builder.newSeed}
            text={seedText}
            onText={setSeedText}
            disabled={frozen}
            describedBy={`${id}-seed-hint`}
            testId="bets-seed"
          />
          <span id={`${id}-seed-hint`} className={seed === null ? 'field-error' : 'hint'}>
            {seed === null ? t.builder.seedError : t.builder.seedHint}
          </span>
        </div>
      </fieldset>

      <div className="controls">
        {!frozen ? (
          <button
            type="button"
            className="button primary"
            disabled={!bet || !settings || !editing}
            onClick={lock}
            data-testid="bets-lock"
          >
            {t.builder.lock}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={phase === 'running'}
            onClick={unlock}
            data-testid="bets-unlock"
          >
            {t.builder.unlock}
          </button>
        )}
      </div>

      {locked && (
        <div className="commitment" data-testid="bets-commitment">
          <p className="hint">{t.builder.locked}</p>
          <h3>{t.builder.commitment}</h3>
          <GroupedHash
            hashHex={commitmentHash(locked.text)}
            zerosLabel={() => t.builder.commitmentHint}
          />
          <pre className="commitment-text" data-testid="bets-commitment-text" tabIndex={0}>
            {locked.text}
          </pre>
          <div className="controls">
            <StartStopButtons
              startLabel={fill(t.builder.reveal, { hashes: format.integer(yourHashes) })}
              stopLabel={t.builder.stop}
              active={phase === 'running'}
              startDisabled={phase === 'done'}
              onStart={() => void reveal()}
              onStop={() => experiment.cancel()}
              startTestId="bets-reveal"
              stopTestId="bets-stop"
            />
          </div>
        </div>
      )}

      <RunStatus
        text={statusText}
        testId="bets-status"
        progress={phase === 'running' ? experiment.progress : null}
      />
      {result && phase === 'done' && locked && (
        <>
          <BetResult harness={result.harness} seed={locked.settings.seed} />
          <ExportResults
            fileBase={`bets-bet-seed-${locked.settings.seed}`}
            rows={[result.harness.sequential, ...result.harness.arms].map((arm) => ({
              arm: arm.id,
              hashes: arm.hashes,
              hits: arm.hits,
              expectedHits: arm.expectedHits,
              ratioToCounter: arm.vsSequential.ratio,
              ci95Low: arm.vsSequential.ci[0],
              ci95High: arm.vsSequential.ci[1],
              pValue: arm.vsSequential.pValue,
              zeroBits: locked.settings.zeroBits,
              jobs: locked.settings.jobs,
              budgetPerJob: locked.settings.budgetPerJob,
              seed: locked.settings.seed,
            }))}
            json={{
              settings: locked.settings,
              bet: result.bet,
              commitment: locked.text,
              result: result.harness,
            }}
            testId="bets-export"
          />
        </>
      )}
    </section>
  );
}
