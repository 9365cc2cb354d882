/**
 * Chapter 15, "Difficulty adjustment": hook -> the rule -> the reveal (every recomputable real
 * retarget checked against the real bits, the count shown) with the difficulty chart and its
 * table -> why -> the seeded hash-rate-change simulation -> go deeper.
 */
import { useEffect, useMemo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { ExportResults } from '../../charts/export-results';
import { LineChart } from '../../charts/line-chart';
import { parseSeedText, SeedInput } from '../../charts/seed-input';
import type { HeaderFile } from '../../core/data/header-file';
import { difficultySeries, replayRetargets } from '../../core/difficulty/retarget-replay';
import { simulateRetargets } from '../../core/difficulty/retarget-sim';
import { useLang, useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useRealHeaders } from '../../ui/use-real-headers';
import { useUrlParam } from '../../ui/url-state';
import type { DifficultyProse } from './prose';
import { difficultyProseEn } from './prose.en';
import { difficultyProseEs } from './prose.es';
import { DIFFICULTY_STRINGS, fill } from './strings';
import '../../charts/chapter.css';

const YEAR_SECONDS = 365.2425 * 86_400;
/** Years since 2009-01-01 (the line chart's linear x axis starts at 0). */
const toYear = (unix: number) => (unix - 1_230_768_000) / YEAR_SECONDS;
const FACTORS = { half: 0.5, double: 2, tenfold: 10 } as const;
type FactorKey = keyof typeof FACTORS;
const PERIODS = 10;
const superscript = (n: number) =>
  String(n).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!);

function ReplaySection({ file }: { file: HeaderFile }) {
  const t = useStrings(DIFFICULTY_STRINGS);
  const format = useNumberFormat();
  const replay = useMemo(() => replayRetargets(file), [file]);
  const series = useMemo(() => difficultySeries(file), [file]);
  const clampText = (c: string, capped: boolean) =>
    (c === 'low' ? t.chart.clampLow : c === 'high' ? t.chart.clampHigh : t.chart.clampNone) +
    (capped ? t.chart.capped : '');
  const rows = replay.retargets.map((r) => ({
    height: r.height,
    date: new Date(r.time * 1000).toISOString().slice(0, 10),
    timespanDays: Number((r.actualTimespan / 86_400).toFixed(3)),
    clamp: r.clamp,
    cappedAtPowLimit: r.cappedAtPowLimit,
    computedBits: r.computedBits,
    realBits: r.realBits,
    match: r.match,
  }));
  return (
    <section className="widget" aria-labelledby="difficulty-verdict">
      <p
        id="difficulty-verdict"
        className="status-line"
        data-testid="difficulty-verdict"
        data-recomputed={replay.recomputed}
        data-matching={replay.matching}
      >
        <strong>
          {fill(t.verdict, {
            matching: format.integer(replay.matching),
            recomputed: format.integer(replay.recomputed),
          })}
        </strong>
      </p>
      <p className="hint">
        {fill(t.verdictDetail, {
          first: format.integer(replay.firstHeight ?? 0),
          last: format.integer(replay.lastHeight ?? 0),
          skipped: format.integer(replay.skipped),
        })}
      </p>
      {replay.mismatches.map((m) => (
        <p key={m.height} role="alert" data-testid="difficulty-mismatch">
          {fill(t.mismatch, { height: m.height, computed: m.computedBits, real: m.realBits })}
        </p>
      ))}
      <ChartFrame
        title={t.chart.title}
        testId="difficulty-chart"
        takeaway={t.chart.takeaway}
        table={{
          columns: t.chart.columns,
          rows: rows.map((r) => [
            format.integer(r.height),
            r.date,
            format.decimal(r.timespanDays, 2),
            clampText(r.clamp, r.cappedAtPowLimit),
            r.computedBits,
            r.realBits,
            r.match ? t.chart.yes : t.chart.no,
          ]),
        }}
      >
        <LineChart
          ariaLabel={fill(t.chart.aria, { count: replay.recomputed })}
          xLabel={t.chart.x}
          yLabel={t.chart.y}
          formatXTick={(v) => String(2009 + Math.round(v))}
          formatYTick={(v) => (Number.isInteger(v) ? `10${superscript(v)}` : '')}
          series={[
            {
              key: 'real',
              label: t.chart.real,
              kind: 'measured',
              step: true,
              points: series.map((p) => ({ x: toYear(p.time), y: Math.log10(p.difficulty) })),
            },
            {
              key: 'recomputed',
              label: t.chart.recomputed,
              kind: 'other',
              points: replay.retargets
                .filter((r) => r.match)
                .map((r) => ({ x: toYear(r.time), y: Math.log10(r.difficulty) })),
            },
          ]}
        />
      </ChartFrame>
      <ExportResults
        fileBase="difficulty-retargets"
        rows={rows}
        json={replay}
        testId="difficulty-export"
      />
    </section>
  );
}

function SimulationSection() {
  const t = useStrings(DIFFICULTY_STRINGS);
  const format = useNumberFormat();
  const [seedText, setSeedText] = useUrlParam('seed', '2016');
  const [factorText, setFactorText] = useUrlParam('change', 'half');
  const [atText, setAtText] = useUrlParam('at', '3');
  const seed = parseSeedText(seedText);
  const factorKey: FactorKey = factorText in FACTORS ? (factorText as FactorKey) : 'half';
  const at = Math.min(PERIODS - 2, Math.max(1, Number.parseInt(atText, 10) || 3));
  const lastGoodSeed = seed ?? 2016;
  const run = useMemo(
    () =>
      simulateRetargets({
        seed: lastGoodSeed,
        periods: PERIODS,
        changeAt: at,
        factor: FACTORS[factorKey],
      }),
    [lastGoodSeed, at, factorKey],
  );
  const last = run.at(-1)!;
  const rows = run.map((p) => ({
    period: p.period,
    hashRate: p.hashRate,
    difficulty: Number(p.relativeDifficulty.toFixed(4)),
    meanBlockMinutes: Number((p.meanBlockTime / 60).toFixed(3)),
    days: Number(p.days.toFixed(3)),
    clamp: p.clamp,
  }));
  return (
    <section className="widget" aria-labelledby="difficulty-sim-heading">
      <fieldset className="controls">
        <legend id="difficulty-sim-heading">{t.sim.legend}</legend>
        <span className="field">
          <label htmlFor="difficulty-factor">{t.sim.factor}</label>
          <select
            id="difficulty-factor"
            value={factorKey}
            onChange={(e) => setFactorText(e.target.value)}
            data-testid="difficulty-factor"
          >
            {(Object.keys(FACTORS) as FactorKey[]).map((k) => (
              <option key={k} value={k}>
                {t.sim[k]}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="difficulty-at">{t.sim.changeAt}</label>
          <select
            id="difficulty-at"
            value={at}
            onChange={(e) => setAtText(e.target.value)}
            data-testid="difficulty-at"
          >
            {Array.from({ length: PERIODS - 2 }, (_, i) => i + 1).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </span>
        <SeedInput
          label={t.sim.seed}
          newSeedLabel={t.sim.newSeed}
          text={seedText}
          onText={setSeedText}
          disabled={false}
          testId="difficulty-seed"
          describedBy="difficulty-seed-hint"
        />
      </fieldset>
      <p id="difficulty-seed-hint" className="hint" role={seed === null ? 'alert' : undefined}>
        {seed === null ? t.sim.seedError : t.sim.seedHint}
      </p>
      <p className="status-line" data-testid="difficulty-sim-summary">
        {fill(t.sim.summary, {
          seed: lastGoodSeed,
          at,
          days: format.decimal(run[at]!.days, 1),
          last: last.period,
          minutes: format.decimal(last.meanBlockTime / 60, 2),
        })}
      </p>
      <ChartFrame
        title={t.sim.title}
        testId="difficulty-sim-chart"
        takeaway={t.sim.takeaway}
        table={{
          columns: t.sim.columns,
          rows: rows.map((r) => [
            String(r.period),
            format.decimal(r.hashRate, 1),
            format.decimal(r.difficulty, 3),
            format.decimal(r.meanBlockMinutes, 2),
            format.decimal(r.days, 1),
            r.clamp === 'low'
              ? t.chart.clampLow
              : r.clamp === 'high'
                ? t.chart.clampHigh
                : t.chart.clampNone,
          ]),
        }}
      >
        <LineChart
          ariaLabel={t.sim.aria}
          xLabel={t.sim.x}
          yLabel={t.sim.y}
          references={[{ y: 10, label: t.sim.tenMinutes }]}
          series={[
            {
              key: 'sim',
              label: t.sim.series,
              kind: 'measured',
              points: run.map((p) => ({ x: p.period, y: p.meanBlockTime / 60 })),
            },
          ]}
        />
      </ChartFrame>
      <ExportResults
        fileBase={`difficulty-sim-seed-${lastGoodSeed}`}
        rows={rows}
        json={{ seed: lastGoodSeed, factor: FACTORS[factorKey], changeAt: at, periods: run }}
        testId="difficulty-sim-export"
      />
    </section>
  );
}

function Body({ prose }: { prose: DifficultyProse }) {
  const t = useStrings(DIFFICULTY_STRINGS);
  const headers = useRealHeaders();
  return (
    <>
      {prose.reveal}
      {headers.status === 'ready' ? (
        <ReplaySection file={headers.file} />
      ) : (
        <p role="status" className="status-line" data-testid="difficulty-load-status">
          {headers.status === 'loading'
            ? t.loading
            : fill(t.loadError, { message: headers.message })}
        </p>
      )}
      {prose.why}
      {prose.simIntro}
      <SimulationSection />
    </>
  );
}

export function DifficultyPage() {
  const t = useStrings(DIFFICULTY_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? difficultyProseEs : difficultyProseEn;
  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);
  return (
    <article className="page chapter difficulty">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}
      <Body prose={prose} />
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
