/**
 * N hashes of the predictable inputs "seed:0", "seed:1", ... in the worker, then the reveal:
 * first-byte histogram against N/256 and leading-zero histogram against N 2^-(k+1) (log
 * scale, 95 % whiskers), each with a chi-square p-value, and the share with 8+ zero bits.
 */
import { useId, useMemo, useState } from 'react';
import { BarChart } from '../../charts/bar-chart';
import { ChartFrame } from '../../charts/chart-frame';
import { ExportResults } from '../../charts/export-results';
import type { UniformityCounts } from '../../core/experiments/uniformity';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { BetEcho, BetQuestion } from '../../charts/bet-question';
import { formatP } from './format-p';
import { RunProgress } from './run-progress';
import { SeedField, useUrlSeed } from './seed-field';
import { useHashStrings } from './strings';
import { summariseUniformity } from './uniformity-summary';
import { unfinishedNote, useHashLab } from './use-hash-lab';

const SIZES = [10_000, 100_000, 1_000_000] as const;
/** A cautious rate for the estimate shown on the button (measured ~200-400 k/s in a worker). */
const HASHES_PER_SEC_ESTIMATE = 200_000;

type Bet = 'none' | 'few' | 'many' | 'half';

interface Finished {
  seed: number;
  counts: UniformityCounts;
}

export function UniformityRun() {
  const t = useHashStrings();
  const format = useNumberFormat();
  const id = useId();
  const { run, cancel, running, progress } = useHashLab();
  const [seed, setSeed] = useUrlSeed('uniformitySeed');
  const [hashes, setHashes] = useState<number>(100_000);
  const [bet, setBet] = useState<Bet | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const start = async () => {
    setNote(null);
    const outcome = await run({ type: 'uniformity', seed, hashes }, hashes);
    if (outcome.status === 'done' && outcome.result.type === 'uniformity') {
      setFinished({ seed, counts: outcome.result });
    } else setNote(unfinishedNote(outcome, t.cancelled));
  };

  return (
    <div className="widget">
      <BetQuestion
        question={t.uniformity.betQuestion}
        options={t.uniformity.betOptions}
        value={bet}
        onChange={setBet}
        testId="uniformity-bet"
      />
      <div className="control-row">
        <SeedField seed={seed} onSeed={setSeed} disabled={running} testId="uniformity-seed" />
        <span className="field">
          <label htmlFor={id}>{t.uniformity.hashes}</label>
          <select
            id={id}
            value={hashes}
            disabled={running}
            data-testid="uniformity-size"
            onChange={(event) => setHashes(Number(event.target.value))}
          >
            {SIZES.map((size) => (
              <option key={size} value={size}>
                {format.integer(size)}
              </option>
            ))}
          </select>
        </span>
        <button
          type="button"
          className="button primary"
          onClick={() => void start()}
          disabled={running}
          data-testid="uniformity-run"
        >
          {fill(t.uniformity.run, { n: format.integer(hashes) })}
        </button>
        <span className="hint">
          {fill(t.uniformity.estimate, {
            seconds: format.decimal(Math.max(0.1, hashes / HASHES_PER_SEC_ESTIMATE), 1),
          })}
        </span>
      </div>
      {running && progress && <RunProgress progress={progress} onCancel={cancel} />}
      {note && <p role="status">{note}</p>}
      {finished && <UniformityReveal finished={finished} bet={bet} />}
    </div>
  );
}

function UniformityReveal({ finished, bet }: { finished: Finished; bet: Bet | null }) {
  const t = useHashStrings();
  const format = useNumberFormat();
  const s = useMemo(() => summariseUniformity(finished.counts), [finished]);
  const n = finished.counts.hashes;
  const seed = String(finished.seed);
  const pByte = formatP(s.report.firstByte.pValue, format);
  const pZeros = formatP(s.report.leadingZeros.pValue, format);
  const percent = (share: number) => `${format.decimal(share * 100, 3)} %`;
  return (
    <div className="reveal" data-testid="uniformity-result">
      <BetEcho options={t.uniformity.betOptions} value={bet} />
      <dl className="stats">
        <div>
          <dt>{t.uniformity.atLeast8}</dt>
          <dd className="num" data-testid="uniformity-share8" data-value={s.atLeast8Share}>
            {percent(s.atLeast8Share)}
          </dd>
          <dd className="stat-note">
            {fill(t.uniformity.shareInterval, {
              low: percent(s.atLeast8Interval[0]),
              high: percent(s.atLeast8Interval[1]),
            })}
            ; {fill(t.uniformity.atLeast8Value, { share: percent(2 ** -8) })}
          </dd>
        </div>
        <div>
          <dt>{t.uniformity.pFirstByte}</dt>
          <dd
            className="num"
            data-testid="uniformity-p-byte"
            data-value={s.report.firstByte.pValue}
          >
            {pByte}
          </dd>
          <dd className="stat-note">
            χ² = {format.decimal(s.report.firstByte.statistic, 1)}, df ={' '}
            {format.integer(s.report.firstByte.degreesOfFreedom)}
          </dd>
        </div>
        <div>
          <dt>{t.uniformity.pZeros}</dt>
          <dd
            className="num"
            data-testid="uniformity-p-zeros"
            data-value={s.report.leadingZeros.pValue}
          >
            {pZeros}
          </dd>
          <dd className="stat-note">
            χ² = {format.decimal(s.report.leadingZeros.statistic, 1)}, df ={' '}
            {format.integer(s.report.leadingZeros.degreesOfFreedom)}
          </dd>
        </div>
      </dl>
      <ChartFrame
        title={fill(t.uniformity.firstByteTitle, { n: format.integer(n), seed })}
        takeaway={fill(t.uniformity.firstByteTakeaway, {
          expected: format.decimal(n / 256, 1),
          p: pByte,
        })}
        table={{
          columns: [t.uniformity.tableByte, t.uniformity.tableMeasured, t.uniformity.tableExpected],
          rows: s.byteBars.map((bar) => [
            format.integer(bar.x0),
            format.integer(bar.value),
            format.decimal(n / 256, 1),
          ]),
        }}
        testId="first-byte-chart"
      >
        <BarChart
          bars={s.byteBars}
          curve={s.byteCurve}
          barsLabel={t.uniformity.measured}
          curveLabel={t.uniformity.expectedByte}
          xLabel={t.uniformity.firstByteX}
          yLabel={t.uniformity.firstByteY}
          ariaLabel={t.uniformity.firstByteTitle}
        />
      </ChartFrame>
      <ChartFrame
        title={fill(t.uniformity.zerosTitle, { n: format.integer(n), seed })}
        takeaway={fill(t.uniformity.zerosTakeaway, { p: pZeros })}
        table={{
          columns: [
            t.uniformity.tableZeros,
            t.uniformity.tableMeasured,
            t.uniformity.tableExpected,
            t.uniformity.tableInterval,
          ],
          rows: s.zeroBars.map((bar, k) => [
            format.integer(k),
            format.integer(bar.value),
            format.decimal(s.zeroExpected[k]!, 1),
            `${format.decimal(bar.low!, 1)} – ${format.decimal(bar.high!, 1)}`,
          ]),
        }}
        testId="zeros-chart"
      >
        <BarChart
          bars={s.zeroBars}
          curve={s.zeroCurve}
          barsLabel={t.uniformity.measured}
          curveLabel={t.uniformity.expectedZeros}
          xLabel={t.uniformity.zerosX}
          yLabel={t.uniformity.zerosY}
          yScaleType="log"
          ariaLabel={t.uniformity.zerosTitle}
        />
      </ChartFrame>
      <ExportResults
        fileBase={`hash-uniformity-seed-${seed}`}
        rows={[
          ...s.byteBars.map((bar) => ({
            table: 'firstByte',
            value: bar.x0,
            measured: bar.value,
            expected: n / 256,
            seed: finished.seed,
            hashes: n,
          })),
          ...s.zeroBars.map((bar, k) => ({
            table: 'leadingZeroBits',
            value: k,
            measured: bar.value,
            expected: s.zeroExpected[k]!,
            ci95Low: bar.low ?? null,
            ci95High: bar.high ?? null,
            seed: finished.seed,
            hashes: n,
          })),
        ]}
        json={{
          seed: finished.seed,
          hashes: n,
          firstByte: Array.from(finished.counts.firstByte),
          leadingZeros: Array.from(finished.counts.leadingZeros),
          firstBytePValue: s.report.firstByte.pValue,
          leadingZerosPValue: s.report.leadingZeros.pValue,
          atLeast8Share: s.atLeast8Share,
          atLeast8Interval: s.atLeast8Interval,
        }}
        testId="uniformity-export"
      />
    </div>
  );
}
