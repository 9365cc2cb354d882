/**
 * The sweep: the bet, the seed (shown, settable), the round counts and output bits to test, Run
 * (saying what it will do) and Stop, the live status, the key numbers and the reveal. Raw numbers
 * sit in `data-value` attributes for the browser tests.
 */
import { useId, type ReactNode } from 'react';
import { BetEcho, BetQuestion } from '../../charts/bet-question';
import { ExportResults } from '../../charts/export-results';
import { useMagnitudeFormat } from '../../charts/magnitude-text';
import { Stat } from '../../charts/stat';
import { RunStatus } from '../../charts/run-status';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import {
  ROUND_CONTROL_DEFAULTS,
  roundControlHashes,
  type RoundControlReport,
} from '../../core/experiments/round-control';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { formatNumberList, parseNumberList, parseSeed } from './number-list';
import { INSIDE_STRINGS } from './strings';
import { bestWin } from './sweep-summary';
import type { useRoundControl } from './use-round-control';

export type RoundsBet = 'two' | 'four' | 'dozen' | 'all';

export const MAX_OUTPUT_BITS = 6;
const DEFAULT_BITS = [0, 255];

export function SweepWidget(props: {
  sweep: ReturnType<typeof useRoundControl>;
  seedText: string;
  onSeedText: (text: string) => void;
  bet: RoundsBet | null;
  onBet: (bet: RoundsBet) => void;
}) {
  const t = useStrings(INSIDE_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const { state, active, start, stop } = props.sweep;
  const id = useId();
  const [roundsText, setRoundsText] = useUrlParam(
    'rounds',
    formatNumberList(ROUND_CONTROL_DEFAULTS.rounds),
  );
  const [bitsText, setBitsText] = useUrlParam('bits', formatNumberList(DEFAULT_BITS));
  const seed = parseSeed(props.seedText);
  const rounds = parseNumberList(roundsText, 1, 64);
  const bits = parseNumberList(bitsText, 0, 255, MAX_OUTPUT_BITS);
  const d = ROUND_CONTROL_DEFAULTS;
  const planned = { ...d, seed: seed ?? 0, rounds: rounds ?? [], outputBits: bits ?? [] };
  const hashes = roundControlHashes(planned);
  const rate = state.hashesPerSec;
  const runLabel = fill(rate > 0 ? t.controls.runWithTime : t.controls.run, {
    rounds: format.integer(rounds?.length ?? 0),
    jobs: format.integer(d.jobs),
    hashes: magnitude.huge(hashes),
    time: rate > 0 ? magnitude.duration(hashes / rate) : '',
  });
  const report = state.report;
  const statusText =
    state.status === 'error'
      ? fill(t.status.error, { message: state.errorMessage ?? '' })
      : fill(t.status[state.status], {
          done: format.integer(state.done),
          total: format.integer(state.total || (rounds?.length ?? 0) * d.jobs),
          rounds: format.integer(report?.points.length ?? 0),
          time: magnitude.duration(state.elapsedMs / 1000),
        });
  const invalid = seed === null || rounds === null || bits === null;
  const betOptions = {
    two: t.bet.options.two,
    four: t.bet.options.four,
    dozen: t.bet.options.dozen,
    all: t.bet.options.all,
  };

  return (
    <section className="widget sweep" aria-labelledby={`${id}-h`} data-status={state.status}>
      <h2 id={`${id}-h`} className="visually-hidden">
        {t.title}
      </h2>
      <BetQuestion
        echo
        question={t.bet.question}
        options={betOptions}
        value={props.bet}
        onChange={props.onBet}
        testId="inside-bet"
      />
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
            data-testid="inside-seed"
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
        <span className="field">
          <label htmlFor={`${id}-rounds`}>{t.controls.rounds}</label>
          <input
            id={`${id}-rounds`}
            type="text"
            className="num list-input"
            value={roundsText}
            disabled={active}
            aria-invalid={rounds === null}
            aria-describedby={`${id}-rounds-hint`}
            onChange={(event) => setRoundsText(event.target.value)}
            data-testid="inside-rounds"
          />
          <button
            type="button"
            className="toggle"
            disabled={active}
            onClick={() => setRoundsText('1-64')}
          >
            {t.controls.allRounds}
          </button>
        </span>
        <span
          id={`${id}-rounds-hint`}
          className="hint"
          role={rounds === null ? 'alert' : undefined}
        >
          {rounds === null ? t.controls.roundsError : t.controls.roundsHint}
        </span>
      </div>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-bits`}>{t.controls.bits}</label>
          <input
            id={`${id}-bits`}
            type="text"
            className="num list-input"
            value={bitsText}
            disabled={active}
            aria-invalid={bits === null}
            aria-describedby={`${id}-bits-hint`}
            onChange={(event) => setBitsText(event.target.value)}
            data-testid="inside-bits"
          />
        </span>
        <span id={`${id}-bits-hint`} className="hint" role={bits === null ? 'alert' : undefined}>
          {bits === null ? t.controls.bitsError : t.controls.bitsHint}
        </span>
      </div>
      <p className="hint">
        {fill(t.controls.fixed, {
          jobs: format.integer(d.jobs),
          training: format.integer(d.trainingNonces),
          heldOut: format.integer(d.heldOutNonces),
          budget: format.integer(d.budgetPerJob),
          bits: d.zeroBits,
          odds: format.integer(2 ** d.zeroBits),
        })}
      </p>
      <div className="controls">
        <StartStopButtons
          startLabel={runLabel}
          stopLabel={t.controls.stop}
          active={active}
          startDisabled={invalid}
          onStart={() => {
            if (!invalid) start(planned);
          }}
          onStop={stop}
          startTestId="inside-run"
          stopTestId="inside-stop"
        />
      </div>
      <RunStatus
        text={statusText}
        testId="inside-status"
        progress={active ? { done: state.done, total: state.total } : null}
      />
      {report && <SweepStats report={report} />}
      {report && state.status === 'done' && (
        <>
          <Reveal report={report} bet={<BetEcho options={betOptions} value={props.bet} />} />
          <ExportResults
            fileBase={`inside-sweep-seed-${report.settings.seed}`}
            rows={sweepRows(report)}
            json={report}
            testId="inside-export"
          />
        </>
      )}
    </section>
  );
}

/** One row per round count: the ratio with its job-level interval, and each AUC with its own. */
function sweepRows(report: RoundControlReport) {
  return report.points.map((p) => {
    const row: Record<string, number | boolean> = {
      rounds: p.rounds,
      hashes: p.hashes,
      hits: p.hits,
      expectedHits: p.expectedHits,
      ratio: p.ratio,
      ci95Low: p.ci[0],
      ci95High: p.ci[1],
      inMargin: p.inMargin,
      aboveOne: p.aboveOne,
      jobsWithHits: p.jobsWithHits,
    };
    for (const a of p.aucs) {
      const name = a.target === 'hit' ? 'aucHit' : `aucBit${a.target}`;
      row[name] = a.auc.mean;
      row[`${name}Low`] = a.auc.ci[0];
      row[`${name}High`] = a.auc.ci[1];
    }
    row.seed = report.settings.seed;
    return row;
  });
}

function SweepStats({ report }: { report: RoundControlReport }) {
  const t = useStrings(INSIDE_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const win = bestWin(report);
  const full = report.points.find((p) => p.rounds === 64);
  return (
    <dl className="stats">
      <Stat label={t.stats.smallest} testId="inside-smallest" value={report.smallestInMargin ?? ''}>
        {report.smallestInMargin === null ? t.stats.none : `R = ${report.smallestInMargin}`}
      </Stat>
      {win && (
        <Stat
          label={fill(t.stats.best, { rounds: win.rounds })}
          testId="inside-best"
          value={win.ratio}
        >
          {format.decimal(win.ratio, 2)}×
        </Stat>
      )}
      {full && (
        <Stat label={t.stats.full} testId="inside-full" value={full.ratio}>
          {format.decimal(full.ratio, 2)}×
        </Stat>
      )}
      <Stat label={t.stats.seedUsed} testId="inside-seed-used" value={report.settings.seed}>
        {report.settings.seed}
      </Stat>
      <Stat label={t.stats.hashes} testId="inside-hashes" value={report.hashesDone}>
        {magnitude.huge(report.hashesDone)}
      </Stat>
    </dl>
  );
}

function Reveal({ report, bet }: { report: RoundControlReport; bet: ReactNode }) {
  const t = useStrings(INSIDE_STRINGS);
  const format = useNumberFormat();
  const f2 = (v: number) => format.decimal(v, 2);
  const win = bestWin(report);
  const [marginLow, marginHigh] = report.settings.margin;
  const smallest = report.smallestInMargin;
  const outsideAbove =
    smallest === null ? 0 : report.points.filter((p) => p.rounds > smallest && !p.inMargin).length;
  const full = report.points.find((p) => p.rounds === 64);
  const margin = { marginLow: f2(marginLow), marginHigh: f2(marginHigh) };
  return (
    <div className="reveal" data-testid="inside-reveal">
      <h3>{t.reveal.heading}</h3>
      {bet}
      <p>
        {win
          ? fill(t.reveal.win, {
              rounds: win.rounds,
              ratio: f2(win.ratio),
              low: f2(win.ci[0]),
              high: f2(win.ci[1]),
            })
          : t.reveal.noWin}
      </p>
      <p>
        {smallest === null
          ? fill(t.reveal.noSmallest, margin)
          : fill(t.reveal.smallest, { ...margin, rounds: smallest })}
        {outsideAbove > 0 && ` ${fill(t.reveal.outsideAbove, { count: outsideAbove })}`}
      </p>
      {full && (
        <p>
          {fill(t.reveal.full, {
            ratio: f2(full.ratio),
            low: f2(full.ci[0]),
            high: f2(full.ci[1]),
          })}
        </p>
      )}
    </div>
  );
}
