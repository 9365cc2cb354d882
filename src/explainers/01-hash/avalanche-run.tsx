/**
 * 10,000 random one-bit flips in the worker (seeded), then the reveal: mean bits changed with
 * its 95 % interval, the spread, and the histogram against Binomial(256, 1/2) with a chi-square
 * goodness-of-fit p-value.
 */
import { useMemo, useState } from 'react';
import { BarChart } from '../../charts/bar-chart';
import { ChartFrame } from '../../charts/chart-frame';
import { ExportResults } from '../../charts/export-results';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { summariseAvalanche } from './avalanche-summary';
import { BetEcho, BetQuestion } from '../../charts/bet-question';
import { formatP } from './format-p';
import { RunProgress } from './run-progress';
import { SeedField, useUrlSeed } from './seed-field';
import { useHashStrings } from './strings';
import { unfinishedNote, useHashLab } from './use-hash-lab';

export const AVALANCHE_TRIALS = 10_000;

type Bet = 'few' | 'quarter' | 'half' | 'all';

interface Finished {
  seed: number;
  counts: Float64Array;
}

export function AvalancheRun() {
  const t = useHashStrings();
  const format = useNumberFormat();
  const { run, cancel, running, progress } = useHashLab();
  const [seed, setSeed] = useUrlSeed('avalancheSeed');
  const [bet, setBet] = useState<Bet | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const start = async () => {
    setNote(null);
    const outcome = await run(
      { type: 'avalanche', seed, trials: AVALANCHE_TRIALS },
      AVALANCHE_TRIALS,
    );
    if (outcome.status === 'done' && outcome.result.type === 'avalanche') {
      setFinished({ seed, counts: outcome.result.counts });
    } else setNote(unfinishedNote(outcome, t.cancelled));
  };

  return (
    <div className="widget">
      <BetQuestion
        question={t.avalanche.betQuestion}
        options={t.avalanche.betOptions}
        value={bet}
        onChange={setBet}
        testId="avalanche-bet"
      />
      <div className="control-row">
        <SeedField seed={seed} onSeed={setSeed} disabled={running} testId="avalanche-seed" />
        <button
          type="button"
          className="button primary"
          onClick={() => void start()}
          disabled={running}
          data-testid="avalanche-run"
        >
          {t.avalanche.run}
        </button>
      </div>
      {running && progress && <RunProgress progress={progress} onCancel={cancel} />}
      {note && <p role="status">{note}</p>}
      {finished && <AvalancheReveal finished={finished} bet={bet} format={format} />}
    </div>
  );
}

function AvalancheReveal({
  finished,
  bet,
  format,
}: {
  finished: Finished;
  bet: Bet | null;
  format: ReturnType<typeof useNumberFormat>;
}) {
  const t = useHashStrings();
  const summary = useMemo(() => summariseAvalanche(finished.counts), [finished]);
  const { moments, fit, expected } = summary;
  const lo = 96;
  const hi = 160;
  const bars = useMemo(
    () =>
      Array.from({ length: hi - lo + 1 }, (_, i) => ({
        x0: lo + i - 0.5,
        x1: lo + i + 0.5,
        value: finished.counts[lo + i]!,
      })),
    [finished],
  );
  const curve = useMemo(
    () => Array.from({ length: hi - lo + 1 }, (_, i) => ({ x: lo + i, y: expected[lo + i]! })),
    [expected],
  );
  const p = formatP(fit.pValue, format);
  const rows = [];
  for (let d = 0; d <= 256; d++) {
    if (finished.counts[d]! > 0 || expected[d]! >= 0.5) {
      rows.push([
        format.integer(d),
        format.integer(finished.counts[d]!),
        format.decimal(expected[d]!, 1),
      ]);
    }
  }
  return (
    <div className="reveal" data-testid="avalanche-result">
      <BetEcho options={t.avalanche.betOptions} value={bet} />
      <dl className="stats">
        <div>
          <dt>{t.avalanche.mean}</dt>
          <dd className="num" data-testid="avalanche-mean" data-value={moments.mean}>
            {format.decimal(moments.mean, 2)}
          </dd>
          <dd className="stat-note" data-testid="avalanche-se" data-value={moments.standardError}>
            {fill(t.avalanche.meanInterval, {
              low: format.decimal(summary.meanLow, 2),
              high: format.decimal(summary.meanHigh, 2),
            })}
          </dd>
        </div>
        <div>
          <dt>{t.avalanche.sd}</dt>
          <dd className="num" data-testid="avalanche-sd" data-value={moments.sd}>
            {format.decimal(moments.sd, 2)}
          </dd>
          <dd className="stat-note">{t.avalanche.sdTheory}</dd>
        </div>
        <div>
          <dt>{t.avalanche.fit}</dt>
          <dd className="num" data-testid="avalanche-p" data-value={fit.pValue}>
            {fill(t.avalanche.fitValue, { p })}
          </dd>
          <dd className="stat-note">
            χ² = {format.decimal(fit.statistic, 1)}, df = {format.integer(fit.degreesOfFreedom)}
          </dd>
        </div>
      </dl>
      <ChartFrame
        title={fill(t.avalanche.chartTitle, {
          trials: format.integer(moments.total),
          seed: String(finished.seed),
        })}
        takeaway={fill(t.avalanche.takeaway, { mean: format.decimal(moments.mean, 2), p })}
        table={{
          columns: [
            t.avalanche.tableDistance,
            t.avalanche.tableMeasured,
            t.avalanche.tableExpected,
          ],
          rows,
        }}
        testId="avalanche-chart"
      >
        <BarChart
          bars={bars}
          curve={curve}
          barsLabel={t.avalanche.measured}
          curveLabel={t.avalanche.theory}
          xLabel={t.avalanche.xLabel}
          yLabel={t.avalanche.yLabel}
          xDomain={[lo - 0.5, hi + 0.5]}
          ariaLabel={t.avalanche.chartTitle}
        />
      </ChartFrame>
      <ExportResults
        fileBase={`hash-avalanche-seed-${finished.seed}`}
        rows={Array.from(finished.counts, (count, d) => ({
          bitsChanged: d,
          measured: count,
          expected: expected[d]!,
          seed: finished.seed,
        })).filter((row) => row.measured > 0 || row.expected >= 0.5)}
        json={{
          seed: finished.seed,
          trials: moments.total,
          counts: Array.from(finished.counts),
          mean: moments.mean,
          meanInterval: [summary.meanLow, summary.meanHigh],
          sd: moments.sd,
          chiSquare: fit.statistic,
          degreesOfFreedom: fit.degreesOfFreedom,
          pValue: fit.pValue,
        }}
        testId="avalanche-export"
      />
    </div>
  );
}
