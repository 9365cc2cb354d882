/**
 * Case study 2, "The geometric miner": the design's claims quoted first, then each tested live
 * on the bundled real headers, one section per click (a worker runs core's
 * geometric-sections.ts; the seed is shown and settable, and matches the CLI's).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { CLAIMED_ENERGY, energyOutcome } from '../../core/experiments/geometric/energy';
import { TARGET_VECTOR } from '../../core/experiments/geometric/inverse-solver';
import { ExportResults } from '../../charts/export-results';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { useRealHeaders } from '../../ui/use-real-headers';
import type {
  GeometricJobResult,
  GeometricSection,
} from '../../workers/geometric-experiment-runner';
import { GEOMETRIC_STRINGS } from './strings';
import { AttemptsFit } from './attempts-fit';
import { SweepChart } from './sweep-chart';
import { useGeometricExperiment } from './use-geometric-experiment';
import '../../charts/chapter.css';
import './geometric.css';

type Results = Partial<{ [S in GeometricSection]: Extract<GeometricJobResult, { section: S }> }>;

function Table(props: { head: ReactNode[]; rows: ReactNode[][]; testId: string }) {
  return (
    <div className="table-scroll">
      <table data-testid={props.testId}>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GeometricPage() {
  const t = useStrings(GEOMETRIC_STRINGS);
  const f = useNumberFormat();
  const headers = useRealHeaders();
  const experiment = useGeometricExperiment();
  // Seed and header from the link; a malformed value falls back to the default (the hint
  // below always names the seed a run will use).
  const [seedText, setSeedText] = useUrlParam('seed', '1');
  const typedSeed = /^\d{1,10}$/.test(seedText) ? Number(seedText) : NaN;
  const seed = typedSeed <= 0xffffffff ? typedSeed : 1;
  const [headerText, setHeaderText] = useUrlParam('header', 'genesis');
  const headerChoice: 'genesis' | 'latest' = headerText === 'latest' ? 'latest' : 'genesis';
  const [results, setResults] = useState<Results>({});
  const [ranWith, setRanWith] = useState<
    Partial<Record<GeometricSection, { seed: number; header: 'genesis' | 'latest' }>>
  >({});
  const [error, setError] = useState<string | null>(null);
  const [energy, setEnergy] = useState({
    baselineHashesPerSec: 100,
    baselineWatts: CLAIMED_ENERGY.baselineWatts,
    hashedPerSec: 1,
    systemWatts: CLAIMED_ENERGY.systemWatts,
  });

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  const pct = (x: number) => `${f.decimal(100 * x, x < 0.01 && x > 0 ? 2 : 1)} %`;
  const ci = ([lo, hi]: readonly [number, number], digits = 2) =>
    `[${f.decimal(lo, digits)}, ${Number.isFinite(hi) ? f.decimal(hi, digits) : '∞'}]`;

  async function start(section: GeometricSection) {
    if (headers.status !== 'ready') return;
    setError(null);
    const first = headers.file.headers[0]!;
    const fileBytes = new Uint8Array(first.buffer, 0, first.buffer.byteLength);
    const outcome = await experiment.run({
      section,
      seed,
      fileBytes,
      headerIndex: headerChoice === 'genesis' ? 0 : headers.file.count - 1,
    });
    if (outcome.status === 'done') {
      setResults((r) => ({ ...r, [section]: outcome.result }));
      setRanWith((r) => ({ ...r, [section]: { seed, header: headerChoice } }));
    } else if (outcome.status === 'failed') setError(outcome.message);
  }

  const controls = (section: GeometricSection, label: string) => (
    <div className="controls">
      <StartStopButtons
        startLabel={label}
        stopLabel={t.stop}
        active={experiment.running === section}
        startDisabled={
          headers.status !== 'ready' ||
          (experiment.running !== null && experiment.running !== section)
        }
        onStart={() => void start(section)}
        onStop={experiment.cancel}
        startTestId={`geometric-run-${section}`}
        stopTestId={`geometric-stop-${section}`}
      />
      {experiment.running === section && experiment.progress && (
        <span role="status">
          <progress value={experiment.progress.done} max={experiment.progress.total} />{' '}
          {fill(t.progress, {
            done: f.integer(experiment.progress.done),
            total: f.integer(experiment.progress.total),
          })}
          {experiment.paused && ` ${t.paused}`}
        </span>
      )}
    </div>
  );

  const { sweep, prefilter, coverage, confound, solver, composition } = results;
  /** The files of one section's result; every row carries the seed and header it ran with. */
  const exportOf = (
    section: GeometricSection,
    rows: Record<string, string | number | boolean | null>[],
    result: unknown,
  ) => {
    const settings = ranWith[section] ?? { seed, header: headerChoice };
    return (
      <ExportResults
        fileBase={`geometric-${section}-seed-${settings.seed}`}
        rows={rows.map((row) => ({ ...row, ...settings }))}
        json={{ settings, result }}
        testId={`geometric-export-${section}`}
      />
    );
  };
  const e = (() => {
    try {
      return energyOutcome(energy);
    } catch {
      return null;
    }
  })();

  return (
    <article className="page chapter geometric-chapter">
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <h2>{t.claimsHeading}</h2>
      <ul className="claims" data-testid="geometric-claims">
        {t.claims.map((c) => (
          // Each line carries its own quotation marks (some lines quote two claims).
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p>{t.claimNote}</p>
      <p>{t.rule}</p>
      <p className="controls">
        <label>
          {t.seedLabel}{' '}
          <input
            type="number"
            min={0}
            max={4294967295}
            value={seedText}
            data-testid="geometric-seed"
            onChange={(ev) => setSeedText(ev.target.value)}
          />
        </label>
      </p>
      <p className="hint">
        <code>{fill(t.seedHint, { seed })}</code>
      </p>
      {headers.status === 'loading' && <p role="status">{t.loadingData}</p>}
      {headers.status === 'error' && (
        <p role="alert">{fill(t.dataError, { message: headers.message })}</p>
      )}
      {error && <p role="alert">{fill(t.failed, { message: error })}</p>}

      <section>
        <h2>{t.sweep.heading}</h2>
        <p>{t.sweep.intro}</p>
        <label>
          {t.sweep.headerLabel}{' '}
          <select value={headerChoice} onChange={(ev) => setHeaderText(ev.target.value)}>
            <option value="genesis">{t.sweep.genesis}</option>
            <option value="latest">{t.sweep.latest}</option>
          </select>
        </label>
        {controls('sweep', t.sweep.runLabel)}
        {sweep && (
          <>
            <SweepChart
              sweep={sweep.sweep}
              names={t.dims}
              label={fill(t.sweep.chartLabel, { height: f.integer(sweep.height) })}
              targetLabel={t.sweep.target}
            />
            <Table
              testId="geometric-sweep-table"
              head={[t.sweep.tableDim, t.sweep.tableMin, t.sweep.tableMax, t.sweep.tableTarget]}
              rows={t.dims.map((name, d) => [
                name,
                f.decimal(sweep.sweep.min[d]!, 3),
                f.decimal(sweep.sweep.max[d]!, 3),
                f.decimal(TARGET_VECTOR[d]!, 3),
              ])}
            />
            <p className="takeaway" data-testid="geometric-sweep-takeaway">
              {fill(t.sweep.takeaway, {
                min: f.decimal(sweep.sweep.min[0]!, 3),
                max: f.decimal(sweep.sweep.max[0]!, 3),
                corr: f.decimal(sweep.sweep.corrD6ZeroBits, 3),
              })}
            </p>
            {exportOf(
              'sweep',
              t.dims.map((name, d) => ({
                dimension: name,
                min: sweep.sweep.min[d]!,
                max: sweep.sweep.max[d]!,
                target: TARGET_VECTOR[d]!,
                height: sweep.height,
              })),
              sweep,
            )}
          </>
        )}
      </section>

      <section>
        <h2>{t.prefilter.heading}</h2>
        <p>{t.prefilter.intro}</p>
        {controls('prefilter', t.prefilter.runLabel)}
        {prefilter && (
          <>
            <Table
              testId="geometric-prefilter-table"
              head={[
                t.prefilter.reading,
                t.prefilter.passed,
                t.prefilter.d1Inside,
                t.prefilter.d1Range,
              ]}
              rows={prefilter.verdicts.map((v) => [
                t.prefilter.readingNames[
                  `${v.reading.nibbleOrder}/${v.reading.d6}` as keyof typeof t.prefilter.readingNames
                ],
                `${f.integer(v.passed)} / ${f.integer(v.blocks)}`,
                f.integer(v.d1Inside),
                `${f.decimal(v.d1Min, 3)}–${f.decimal(v.d1Max, 3)}`,
              ])}
            />
            <p className="takeaway" data-testid="geometric-prefilter-takeaway">
              {fill(t.prefilter.takeaway, {
                pct: pct(Math.min(...prefilter.verdicts.map((v) => v.rejectedFraction))),
              })}
            </p>
            {exportOf(
              'prefilter',
              prefilter.verdicts.map((v) => ({
                nibbleOrder: v.reading.nibbleOrder,
                d6: v.reading.d6,
                passed: v.passed,
                blocks: v.blocks,
                rejectedFraction: v.rejectedFraction,
                d1Inside: v.d1Inside,
                d1Min: v.d1Min,
                d1Max: v.d1Max,
              })),
              prefilter,
            )}
          </>
        )}
      </section>

      <section>
        <h2>{t.coverage.heading}</h2>
        <p>{t.coverage.intro}</p>
        {controls('coverage', t.coverage.runLabel)}
        {coverage && (
          <>
            <Table
              testId="geometric-coverage-table"
              head={[
                t.coverage.filter,
                t.coverage.claimed,
                t.coverage.kept,
                t.coverage.covered,
                t.coverage.missed,
              ]}
              rows={[
                ...coverage.coverage.restrictor.map((r) => [
                  r.id === 'aggressive' ? t.coverage.aggressive : t.coverage.conservative,
                  `${f.decimal(r.claimedReduction, 2)}×`,
                  pct(r.keptFraction),
                  pct(r.heldOutCoverage),
                  pct(1 - r.heldOutCoverage),
                ]),
                ...coverage.coverage.constraints.map((c, i) => [
                  fill(t.coverage.level, { level: i + 1 }),
                  `${f.integer(c.claimedReduction)}×`,
                  pct(c.keptFraction),
                  pct(c.coverage),
                  pct(1 - c.coverage),
                ]),
              ]}
            />
            <p>
              {fill(t.coverage.inSample, {
                covered: coverage.coverage.restrictor.find((r) => r.id === 'aggressive')!
                  .inSampleCovered,
              })}
            </p>
            <p className="takeaway">{t.coverage.takeaway}</p>
            {exportOf(
              'coverage',
              [
                ...coverage.coverage.restrictor.map((r) => ({
                  filter: r.id,
                  claimedReduction: r.claimedReduction,
                  keptFraction: r.keptFraction,
                  heldOutCoverage: r.heldOutCoverage,
                })),
                ...coverage.coverage.constraints.map((c, i) => ({
                  filter: `constraints-level-${i + 1}`,
                  claimedReduction: c.claimedReduction,
                  keptFraction: c.keptFraction,
                  heldOutCoverage: c.coverage,
                })),
              ],
              coverage,
            )}
          </>
        )}
      </section>

      <section>
        <h2>{t.confound.heading}</h2>
        <p>{t.confound.intro}</p>
        {controls('confound', t.confound.runLabel)}
        {confound && (
          <>
            <Table
              testId="geometric-confound-table"
              head={[t.confound.set, t.confound.recall, t.confound.rejection, t.confound.auc]}
              rows={(['unmatched', 'matched'] as const).map((k) => {
                const d = confound.confound[k];
                return [
                  t.confound[k],
                  pct(d.recall),
                  pct(d.rejection),
                  `${f.decimal(d.auc, 3)} ${ci(d.aucCi95, 3)}`,
                ];
              })}
            />
            <p className="takeaway" data-testid="geometric-confound-takeaway">
              {fill(t.confound.takeaway, {
                auc: `${f.decimal(confound.confound.matched.auc, 3)} ${ci(confound.confound.matched.aucCi95, 3)}`,
              })}
            </p>
            {exportOf(
              'confound',
              (['unmatched', 'matched'] as const).map((k) => {
                const d = confound.confound[k];
                return {
                  set: k,
                  recall: d.recall,
                  rejection: d.rejection,
                  auc: d.auc,
                  aucCi95Low: d.aucCi95[0],
                  aucCi95High: d.aucCi95[1],
                };
              }),
              confound,
            )}
          </>
        )}
      </section>

      <section>
        <h2>{t.solver.heading}</h2>
        <p>{t.solver.intro}</p>
        {controls('solver', t.solver.runLabel)}
        {solver && (
          <>
            <Table
              testId="geometric-solver-runs"
              head={[t.solver.height, t.solver.best, t.solver.floor, t.solver.iterations]}
              rows={solver.solver.runs.map((r) => [
                f.integer(r.height),
                f.decimal(r.bestDistance, 3),
                f.decimal(r.floor, 3),
                f.integer(r.iterations),
              ])}
            />
            <Table
              testId="geometric-solver-harness"
              head={[t.solver.arm, t.solver.hits, t.solver.ratio]}
              rows={solver.solver.harness.arms.map((a) => [
                t.solver.arms[a.id as keyof typeof t.solver.arms],
                f.integer(a.hits),
                `${f.decimal(a.ratio, 2)} ${ci(a.ci95)}`,
              ])}
            />
            <p className="takeaway" data-testid="geometric-solver-takeaway">
              {fill(t.solver.takeaway, {
                best: f.decimal(solver.solver.bestDistance, 3),
                floor: f.decimal(Math.min(...solver.solver.runs.map((r) => r.floor)), 3),
                ratio: f.decimal(solver.solver.harness.ratio, 2),
                ci: ci(solver.solver.harness.ci95),
              })}
            </p>
            <p>
              {fill(t.solver.targetNote, {
                hits: f.integer(
                  solver.solver.harness.sequentialHashes * 2 ** -solver.solver.harness.zeroBits,
                ),
                zeroBits: solver.solver.harness.zeroBits,
              })}
            </p>
            {exportOf(
              'solver',
              solver.solver.harness.arms.map((a) => ({
                arm: a.id,
                hits: a.hits,
                ratio: a.ratio,
                ci95Low: a.ci95[0],
                ci95High: a.ci95[1],
              })),
              solver,
            )}
          </>
        )}
      </section>

      <section>
        <h2>{t.composition.heading}</h2>
        <p>{t.composition.intro}</p>
        {controls('composition', t.composition.runLabel)}
        {composition && (
          <>
            <p data-testid="geometric-reroll">
              {fill(t.composition.reroll, {
                a: f.integer(composition.composition.reroll.hitsA.length),
                b: f.integer(composition.composition.reroll.hitsB.length),
                shared: f.integer(composition.composition.reroll.shared),
                expected: f.decimal(composition.composition.reroll.expectedShared, 2),
              })}
            </p>
            <Table
              testId="geometric-composition-table"
              head={[t.composition.method, t.composition.attempts, t.composition.fees]}
              rows={composition.composition.arms.map((a) => [
                t.composition[a.id],
                `${f.integer(a.mean.mean)} ${ci([a.mean.lower, a.mean.upper], 0)}`,
                f.integer(a.meanFees),
              ])}
            />
            <AttemptsFit
              arms={composition.composition.arms}
              expectedAttempts={composition.composition.expectedAttempts}
            />
            <p className="takeaway">
              {fill(t.composition.takeaway, {
                ratio: f.decimal(
                  composition.composition.fees.knapsack / composition.composition.fees.geometric,
                  1,
                ),
              })}
            </p>
            {exportOf(
              'composition',
              composition.composition.arms.map((a) => ({
                method: a.id,
                meanAttempts: a.mean.mean,
                ci95Low: a.mean.lower,
                ci95High: a.mean.upper,
                meanFees: a.meanFees,
              })),
              composition,
            )}
          </>
        )}
      </section>

      <section>
        <h2>{t.energy.heading}</h2>
        <p>{t.energy.intro}</p>
        <div className="energy-grid">
          {(
            [
              ['baselineHashesPerSec', t.energy.baselineRate],
              ['baselineWatts', t.energy.baselineWatts],
              ['hashedPerSec', t.energy.hashedRate],
              ['systemWatts', t.energy.systemWatts],
            ] as const
          ).map(([key, label]) => (
            <label key={key}>
              {label}
              <input
                type="number"
                min={0}
                step="any"
                value={energy[key]}
                data-testid={`geometric-energy-${key}`}
                onChange={(ev) => setEnergy((s) => ({ ...s, [key]: Number(ev.target.value) }))}
              />
            </label>
          ))}
        </div>
        <p className="takeaway" role="status" data-testid="geometric-energy-result">
          {e
            ? fill(t.energy.result, {
                blocks: pct(e.blocksRatio),
                power: pct(e.powerRatio),
                perJoule: f.decimal(e.blocksPerJouleRatio, 2),
              })
            : t.energy.invalid}
        </p>
      </section>

      <details className="deeper">
        <summary>{t.deeperSummary}</summary>
        {t.deeper.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </details>
    </article>
  );
}
