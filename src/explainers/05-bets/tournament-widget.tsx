/**
 * The tournament: 20 strategies (19 built-in and a learned model) against the counter on the
 * same fresh jobs, in a worker. The forest plot shows each ratio with its 95 % interval and the
 * Holm-corrected band; the text counts the unadjusted misses (about 1 in 20 by chance), reports
 * the re-test of the best-looking arm on new jobs, and the positive control. Same seed, same
 * numbers as `npx nonce-sense experiment strategies --seed S`.
 */
import { useId, useState } from 'react';
import { BetQuestion } from '../../charts/bet-question';
import { ChartFrame } from '../../charts/chart-frame';
import { ExportResults } from '../../charts/export-results';
import { RatioForest } from '../../charts/ratio-forest';
import { Stat } from '../../charts/stat';
import { RunStatus } from '../../charts/run-status';
import { SeedInput, parseSeedText } from '../../charts/seed-input';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import type { StrategyExperimentReport } from '../../core/experiments/strategy-experiment';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { formatP, formatRatio } from './bet-result';
import type { RealNoncesState } from './bet-widget';
import { BETS_STRINGS } from './strings';
import type { useStrategyExperiment } from './use-strategy-experiment';

type Phase = 'idle' | 'running' | 'done' | 'stopped' | 'error';
type TournamentBet = 'none' | 'aboutOne' | 'many';

const JOBS = 64;
const BUDGET = 2048;

export function TournamentWidget(props: {
  experiment: ReturnType<typeof useStrategyExperiment>;
  real: RealNoncesState;
}) {
  const t = useStrings(BETS_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const { experiment, real } = props;
  const [bet, setBet] = useState<TournamentBet | null>(null);
  const [seedText, setSeedText] = useUrlParam('tournamentSeed', '1');
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<StrategyExperimentReport | null>(null);
  const [errorMessage, setErrorMessage] = useState('');
  const seed = parseSeedText(seedText);

  const start = async () => {
    if (seed === null) return;
    setPhase('running');
    setReport(null);
    const outcome = await experiment.run({
      type: 'tournament',
      options: {
        seed,
        jobs: JOBS,
        budgetPerJob: BUDGET,
        zeroBits: 8,
        realNonces: real.nonces ?? [],
      },
    });
    if (outcome.status === 'done' && outcome.result.type === 'tournament') {
      setReport(outcome.result.report);
      setPhase('done');
    } else if (outcome.status === 'failed') {
      setErrorMessage(outcome.message);
      setPhase('error');
    } else {
      setPhase('stopped');
    }
  };

  const name = (armId: string) => t.names[armId as keyof typeof t.names] ?? armId;
  const totalHashes = report
    ? report.sequential.hashes +
      report.arms.reduce((sum, a) => sum + a.hashes + a.ownWorkHashes, 0) +
      2 * report.retest.jobs * report.budgetPerJob +
      (report.positiveControl
        ? report.positiveControl.hashes +
          report.positiveControl.sequentialHashes +
          report.positiveControl.ownWorkHashes
        : 0)
    : 0;
  const statusText =
    phase === 'running'
      ? experiment.paused
        ? t.tournament.status.paused
        : fill(t.tournament.status.running, {
            done: format.integer(experiment.progress?.done ?? 0),
            total: format.integer(experiment.progress?.total ?? 0),
          })
      : phase === 'error'
        ? fill(t.tournament.status.error, { message: errorMessage })
        : phase === 'done'
          ? fill(t.tournament.status.done, { hashes: format.integer(totalHashes) })
          : phase === 'idle' && real.status === 'loading'
            ? t.tournament.status.loading
            : t.tournament.status[phase];
  const ci = ([low, high]: readonly [number, number]) =>
    `${formatRatio(format, low)} – ${formatRatio(format, high)}`;

  return (
    <section
      className="widget tournament"
      aria-labelledby={`${id}-h`}
      data-status={phase}
      data-testid="tournament-widget"
    >
      <h2 id={`${id}-h`}>{t.tournament.heading}</h2>
      <BetQuestion
        echo
        question={t.tournament.betQuestion}
        options={t.tournament.betOptions}
        value={bet}
        onChange={setBet}
        testId="tournament-bet"
      />
      <div className="controls">
        <SeedInput
          label={t.builder.seed}
          newSeedLabel={t.builder.newSeed}
          text={seedText}
          onText={setSeedText}
          disabled={phase === 'running'}
          describedBy={`${id}-seed-hint`}
          testId="tournament-seed"
        />
        <span id={`${id}-seed-hint`} className={seed === null ? 'field-error' : 'hint'}>
          {seed === null ? t.builder.seedError : t.builder.seedHint}
        </span>
        <StartStopButtons
          startLabel={fill(t.tournament.run, { jobs: JOBS, budget: format.integer(BUDGET) })}
          stopLabel={t.tournament.stop}
          active={phase === 'running'}
          startDisabled={seed === null || real.status === 'loading'}
          onStart={() => void start()}
          onStop={() => experiment.cancel()}
          startTestId="tournament-run"
          stopTestId="tournament-stop"
        />
      </div>
      <RunStatus
        text={statusText}
        testId="tournament-status"
        progress={phase === 'running' ? experiment.progress : null}
      />
      {report && phase === 'done' && (
        <div className="reveal" data-testid="tournament-result">
          <dl className="stats">
            <Stat
              label={t.tournament.seedUsed}
              testId="tournament-seed-used"
              value={String(report.seed)}
            >
              {String(report.seed)}
            </Stat>
            <Stat
              label={t.result.counterHits}
              testId="tournament-counter-hits"
              value={report.sequential.hits}
            >
              {format.integer(report.sequential.hits)}
            </Stat>
          </dl>
          <ChartFrame
            title={t.tournament.chartTitle}
            takeaway={
              report.holmMisses.length === 0
                ? t.tournament.takeaway
                : fill(t.tournament.takeawayHolmMiss, { count: report.holmMisses.length })
            }
            testId="tournament-chart"
            table={{
              columns: t.tournament.tableColumns,
              rows: report.arms.map((a) => [
                name(a.id),
                format.integer(a.hits),
                formatRatio(format, a.ratio),
                ci(a.ci95),
                formatP(format, a.pValue),
                formatP(format, a.holmPValue),
                ci(a.ci95Holm),
              ]),
            }}
          >
            <RatioForest
              rows={report.arms.map((a) => ({
                key: a.id,
                label: name(a.id),
                ratio: a.ratio,
                ci: a.ci95,
                corrected: a.ci95Holm,
              }))}
              xLabel={t.tournament.chartLabel}
              oneLabel={t.result.one}
              excludesLabel={t.tournament.excludesUnadjusted}
              ariaLabel={t.tournament.chartTitle}
              highlightKey={report.retest.id}
            />
            <p className="hint">
              {t.tournament.correctionLegend}: {t.tournament.corrections.none};{' '}
              {t.tournament.corrections.holm}.
            </p>
          </ChartFrame>
          <p data-testid="tournament-misses" data-count={report.unadjustedMisses.length}>
            {report.unadjustedMisses.length > 0
              ? fill(t.tournament.missesUnadjusted, {
                  count: report.unadjustedMisses.length,
                  names: report.unadjustedMisses.map(name).join(', '),
                })
              : t.tournament.missesNone}{' '}
            <span data-testid="tournament-holm" data-count={report.holmMisses.length}>
              {fill(t.tournament.missesHolm, { count: report.holmMisses.length })}
            </span>
          </p>
          <p
            data-testid="tournament-retest"
            data-low={report.retest.ci95[0]}
            data-high={report.retest.ci95[1]}
          >
            {fill(t.tournament.retest, {
              name: name(report.retest.id),
              ratio: formatRatio(
                format,
                report.arms.find((a) => a.id === report.retest.id)?.ratio ?? NaN,
              ),
              jobs: report.retest.jobs,
              retestRatio: formatRatio(format, report.retest.ratio),
              low: formatRatio(format, report.retest.ci95[0]),
              high: formatRatio(format, report.retest.ci95[1]),
            })}{' '}
            {report.retest.ci95[0] <= 1 && report.retest.ci95[1] >= 1
              ? t.tournament.retestFell
              : t.tournament.retestHeld}
          </p>
          {report.positiveControl && (
            <p
              className="control-note"
              data-testid="tournament-control"
              data-low={report.positiveControl.ci95[0]}
              data-high={report.positiveControl.ci95[1]}
            >
              {fill(t.tournament.control, {
                rounds: report.positiveControl.rounds,
                hits: format.integer(report.positiveControl.hits),
                hashes: format.integer(report.positiveControl.hashes),
                ratio: format.decimal(report.positiveControl.ratio, 2),
                low: format.decimal(report.positiveControl.ci95[0], 2),
                high: format.decimal(report.positiveControl.ci95[1], 2),
              })}{' '}
              {t.tournament.controlNote}
            </p>
          )}
          <ExportResults
            fileBase={`bets-tournament-seed-${report.seed}`}
            rows={report.arms.map((a) => ({
              strategy: a.id,
              hits: a.hits,
              hashes: a.hashes,
              ratio: a.ratio,
              ci95Low: a.ci95[0],
              ci95High: a.ci95[1],
              pValue: a.pValue,
              holmPValue: a.holmPValue,
              ci95HolmLow: a.ci95Holm[0],
              ci95HolmHigh: a.ci95Holm[1],
              counterHits: report.sequential.hits,
              seed: report.seed,
            }))}
            json={{
              settings: { seed: report.seed, jobs: JOBS, budgetPerJob: BUDGET, zeroBits: 8 },
              report,
            }}
            testId="tournament-export"
          />
        </div>
      )}
    </section>
  );
}
