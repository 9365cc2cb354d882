/**
 * The try-it widget: a bet, an example picker, the code editor, the run settings (difficulty,
 * jobs, hashes per job, the seed), Run and Stop, the live status, the clear message when the
 * code fails, and the results. The run itself lives in use-predictor-run.ts.
 */
import { useId, useState } from 'react';
import { BetQuestion } from '../../charts/bet-question';
import { ExportResults } from '../../charts/export-results';
import { RunStatus } from '../../charts/run-status';
import { SeedInput } from '../../charts/seed-input';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import { fill } from '../../ui/i18n/lang';
import { useLang, useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { SANDBOX_MEMORY_BUDGET_BYTES } from '../../workers/predictor-sandbox-limits';
import { CodeEditor } from './code-editor';
import { EXAMPLES, exampleById, type ExampleId } from './examples';
import { failureText } from './failure-text';
import { RunResults } from './run-results';
import { PREDICTOR_STRINGS } from './strings';
import { SANDBOX_TIME_LIMIT_MS, usePredictorRun } from './use-predictor-run';

const BITS = [4, 5, 6, 7, 8, 9, 10, 11, 12];
const BUDGETS = [256, 1024, 4096];

function parseWhole(text: string, lo: number, hi: number): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= lo && value <= hi ? value : null;
}

/** The menu value the text names, or the fallback. */
function oneOf(values: readonly number[], text: string, fallback: number): number {
  const value = parseWhole(text, 0, Number.MAX_SAFE_INTEGER);
  return value !== null && values.includes(value) ? value : fallback;
}

type Bet = 'better' | 'same' | 'worse';

export function PredictorWidget() {
  const t = useStrings(PREDICTOR_STRINGS);
  const { lang } = useLang();
  const format = useNumberFormat();
  const id = useId();
  const { state, active, start, stop } = usePredictorRun();
  const [exampleText, setExampleText] = useUrlParam('example', 'smallNonces');
  const exampleId: ExampleId = EXAMPLES.some((example) => example.id === exampleText)
    ? (exampleText as ExampleId)
    : 'smallNonces';
  const [source, setSource] = useState(() => exampleById(exampleId).source[lang]);
  // Settings from the link: a value outside the menus falls back to the default.
  const [zeroBitsText, setZeroBitsText] = useUrlParam('zeroBits', '8');
  const zeroBits = oneOf(BITS, zeroBitsText, 8);
  const [jobsText, setJobsText] = useUrlParam('jobs', '32');
  const [budgetText, setBudgetText] = useUrlParam('budget', '1024');
  const budget = oneOf(BUDGETS, budgetText, 1024);
  const [seedText, setSeedText] = useUrlParam('seed', '2009');
  const [bet, setBet] = useState<Bet | null>(null);
  const jobs = parseWhole(jobsText, 1, 256);
  const seed = parseWhole(seedText, 0, 0xffffffff);

  const onRun = () => {
    if (jobs === null || seed === null) return;
    void start({ source, seed, zeroBits, jobs, budgetPerJob: budget });
  };

  const settings = state.settings;
  const statusKey = state.paused && state.status === 'hashing' ? 'paused' : state.status;
  const statusText = fill(t.status[statusKey], {
    done: format.integer(state.done),
    total: format.integer(state.total),
    jobs: format.integer(settings?.jobs ?? 0),
    hashes: format.integer(state.outcome?.result.arms[0]?.hashes ?? 0),
    message: state.errorMessage ?? '',
  });

  return (
    <section className="widget predictor" aria-labelledby={`${id}-h`} data-status={state.status}>
      <h2 id={`${id}-h`} className="visually-hidden">
        {t.title}
      </h2>
      <BetQuestion
        echo
        question={t.bet.question}
        options={t.bet.options}
        value={bet}
        onChange={setBet}
        testId="predictor-bet"
      />
      <div className="field example-field">
        <label htmlFor={`${id}-example`}>{t.editor.example}</label>
        <select
          id={`${id}-example`}
          value={exampleId}
          disabled={active}
          aria-describedby={`${id}-example-hint`}
          onChange={(event) => {
            const next = event.target.value as ExampleId;
            setExampleText(next);
            setSource(exampleById(next).source[lang]);
          }}
          data-testid="predictor-example"
        >
          {[false, true].map((hostile) => (
            <optgroup
              key={String(hostile)}
              label={hostile ? t.editor.groupHostile : t.editor.groupHonest}
            >
              {EXAMPLES.filter((example) => example.hostile === hostile).map((example) => (
                <option key={example.id} value={example.id}>
                  {t.examples[example.id]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <span id={`${id}-example-hint`} className="hint">
          {t.editor.exampleHint}
        </span>
      </div>
      <CodeEditor value={source} onChange={setSource} disabled={active} />
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-bits`}>{t.controls.bits}</label>
          <select
            id={`${id}-bits`}
            value={zeroBits}
            disabled={active}
            onChange={(event) => setZeroBitsText(event.target.value)}
            data-testid="predictor-bits"
          >
            {BITS.map((bits) => (
              <option key={bits} value={bits}>
                {bits}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor={`${id}-jobs`}>{t.controls.jobs}</label>
          <input
            id={`${id}-jobs`}
            type="text"
            inputMode="numeric"
            size={4}
            className="num"
            value={jobsText}
            disabled={active}
            aria-invalid={jobs === null}
            aria-describedby={`${id}-jobs-hint`}
            onChange={(event) => setJobsText(event.target.value)}
            data-testid="predictor-jobs"
          />
        </span>
        <span className="field">
          <label htmlFor={`${id}-budget`}>{t.controls.budget}</label>
          <select
            id={`${id}-budget`}
            value={budget}
            disabled={active}
            onChange={(event) => setBudgetText(event.target.value)}
            data-testid="predictor-budget"
          >
            {BUDGETS.map((value) => (
              <option key={value} value={value}>
                {format.integer(value)}
              </option>
            ))}
          </select>
        </span>
        <SeedInput
          label={t.controls.seed}
          newSeedLabel={t.controls.newSeed}
          text={seedText}
          onText={setSeedText}
          disabled={active}
          describedBy={`${id}-seed-hint`}
          testId="predictor-seed"
        />
      </div>
      <p className="hint">
        <span id={`${id}-jobs-hint`} role={jobs === null ? 'alert' : undefined}>
          {jobs === null ? t.controls.jobsError : ''}
        </span>{' '}
        <span id={`${id}-seed-hint`} role={seed === null ? 'alert' : undefined}>
          {seed === null ? t.controls.seedError : t.controls.seedHint}
        </span>{' '}
        {fill(t.controls.limits, {
          seconds: format.integer(SANDBOX_TIME_LIMIT_MS / 1000),
          memory: format.integer(SANDBOX_MEMORY_BUDGET_BYTES / 2 ** 20),
        })}
      </p>
      <div className="controls">
        <StartStopButtons
          startLabel={fill(t.controls.run, {
            jobs: format.integer(jobs ?? 0),
            hashes: format.integer((jobs ?? 0) * budget),
          })}
          stopLabel={t.controls.stop}
          active={active}
          startDisabled={jobs === null || seed === null}
          onStart={onRun}
          onStop={stop}
          startTestId="predictor-run"
          stopTestId="predictor-stop"
        />
      </div>
      <RunStatus
        text={statusText}
        testId="predictor-status"
        progress={active ? { done: state.done, total: state.total } : null}
      />
      {state.status === 'failed' && state.failure && (
        <div
          className="failure"
          role="alert"
          data-testid="predictor-failure"
          data-code={state.failure.code}
        >
          <h3>{t.failure.heading}</h3>
          <p>{failureText(state.failure, t, format, SANDBOX_MEMORY_BUDGET_BYTES)}</p>
          <p>{t.failure.footer}</p>
        </div>
      )}
      {state.status === 'done' && state.outcome && settings && (
        <>
          <RunResults
            outcome={state.outcome}
            settings={settings}
            ownWorkMs={state.ownWorkMs ?? 0}
          />
          <ExportResults
            fileBase={`predictor-seed-${settings.seed}`}
            rows={[state.outcome.result.sequential, ...state.outcome.result.arms].map((arm) => ({
              arm: arm.id,
              hashes: arm.hashes,
              hits: arm.hits,
              expectedHits: arm.expectedHits,
              ratioToCounter: arm.vsSequential.ratio,
              ci95Low: arm.vsSequential.ci[0],
              ci95High: arm.vsSequential.ci[1],
              pValue: arm.vsSequential.pValue,
              zeroBits: settings.zeroBits,
              jobs: settings.jobs,
              budgetPerJob: settings.budgetPerJob,
              seed: settings.seed,
            }))}
            json={{ settings, example: exampleId, outcome: state.outcome }}
            testId="predictor-export"
          />
        </>
      )}
    </section>
  );
}
