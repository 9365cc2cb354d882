/**
 * The reveal of one bet: your hits and the counter's on the same jobs, the ratio of hits per
 * hash with its exact 95 % interval and p-value, a forest row for each, and a verdict in words
 * that never claims more than the interval allows.
 */
import { ChartFrame } from '../../charts/chart-frame';
import { RatioForest, excludesOne } from '../../charts/ratio-forest';
import { Stat } from '../../charts/stat';
import type { HarnessResult } from '../../core/experiments/harness';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { BETS_STRINGS } from './strings';

export function formatRatio(format: ReturnType<typeof useNumberFormat>, value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '–';
  return format.decimal(value, 3);
}

/** A p-value with 3 decimals, or "< 0.001". */
export function formatP(format: ReturnType<typeof useNumberFormat>, p: number): string {
  return p < 0.001 ? `< ${format.decimal(0.001, 3)}` : format.decimal(p, 3);
}

export function BetResult({ harness, seed }: { harness: HarnessResult; seed: number }) {
  const t = useStrings(BETS_STRINGS);
  const format = useNumberFormat();
  const arm = harness.arms[0]!;
  const seq = harness.sequential;
  const r = arm.vsSequential;
  const [low, high] = r.ci;
  const wide = !Number.isFinite(high) || high / Math.max(low, 1e-9) > 8;
  const odds = format.integer(Math.max(1, 1 / Math.max(r.pValue, 1e-12)));
  const pText = formatP(format, r.pValue);
  const verdict = wide
    ? t.result.verdictFew
    : !excludesOne(r.ci)
      ? t.result.verdictNoEvidence
      : fill(low > 1 ? t.result.verdictAbove : t.result.verdictBelow, { p: pText, odds });
  const ciText = `${formatRatio(format, low)} – ${formatRatio(format, high)}`;
  const name = t.names[arm.id as keyof typeof t.names] ?? t.result.you;
  return (
    <div className="reveal" data-testid="bets-reveal-result">
      <h3>{t.result.heading}</h3>
      <dl className="stats">
        <Stat label={t.result.yourHits} testId="bets-your-hits" value={arm.hits}>
          {format.integer(arm.hits)}
        </Stat>
        <Stat label={t.result.counterHits} testId="bets-counter-hits" value={seq.hits}>
          {format.integer(seq.hits)}
        </Stat>
        <Stat label={t.result.hashesEach} testId="bets-hashes" value={arm.hashes}>
          {format.integer(arm.hashes)}
        </Stat>
        <Stat
          label={fill(t.result.expected, { p: `1/${format.integer(1 / harness.p)}` })}
          testId="bets-expected"
          value={arm.expectedHits}
        >
          {format.decimal(arm.expectedHits, 1)}
        </Stat>
        <Stat label={t.result.ratio} testId="bets-ratio" value={r.ratio}>
          {formatRatio(format, r.ratio)}
        </Stat>
        <Stat label={t.result.interval} testId="bets-ci" value={`${low},${high}`}>
          {ciText}
        </Stat>
        <Stat label={t.result.pValue} testId="bets-p" value={r.pValue}>
          {pText}
        </Stat>
        <Stat label={t.result.seedUsed} testId="bets-seed-used" value={seed}>
          {seed}
        </Stat>
      </dl>
      <p className="verdict" data-testid="bets-verdict">
        {verdict}
      </p>
      {arm.ownWorkHashes > 0 && (
        <p className="hint">
          {fill(t.result.ownWork, {
            hashes: format.integer(arm.ownWorkHashes),
            ratio: formatRatio(format, arm.workRatio),
          })}
        </p>
      )}
      <ChartFrame
        title={t.result.chartTitle}
        takeaway={verdict}
        testId="bets-chart"
        table={{
          columns: t.result.tableColumns,
          rows: [
            [
              name,
              format.integer(arm.hits),
              format.integer(arm.hashes),
              formatRatio(format, r.ratio),
              ciText,
            ],
            [t.result.counter, format.integer(seq.hits), format.integer(seq.hashes), '1', '–'],
          ],
        }}
      >
        <RatioForest
          rows={[{ key: arm.id, label: name, ratio: r.ratio, ci: r.ci }]}
          xLabel={t.result.chartLabel}
          oneLabel={t.result.one}
          excludesLabel={t.result.excludes}
          ariaLabel={t.result.chartTitle}
        />
      </ChartFrame>
    </div>
  );
}
