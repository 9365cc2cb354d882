/**
 * hash <= target drawn two ways: the two 256-bit numbers as aligned hex (groups of 8 digits,
 * hash above target) with the first differing digit marked, and both on one log2 axis from 0 to
 * 256 bits with the allowed region (hash <= target) shaded and labelled. d3 computes the scale;
 * React renders every node.
 */
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { AxisBottom } from '../../charts/axis';
import { ChartFrame } from '../../charts/chart-frame';
import type { TargetComparison } from '../../core/hash/target-summary';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { useElementWidth } from '../../ui/use-element-width';
import { useHeaderStrings } from './strings';

const GROUP = 8;
const HEIGHT = 150;
const MARGIN = { top: 34, right: 16, bottom: 46, left: 16 };

/** The 8 groups of a 64-digit number, the digit at `mark` wrapped in <mark>. */
function hexGroups(hex: string, mark: number) {
  const groups = [];
  for (let start = 0; start < 64; start += GROUP) {
    const digits = [...hex.slice(start, start + GROUP)].map((digit, i) =>
      start + i === mark ? (
        <mark key={i} className="first-diff">
          {digit}
        </mark>
      ) : (
        digit
      ),
    );
    groups.push(<span key={start}>{digits}</span>);
  }
  return groups;
}

/** The two numbers as aligned hex, hash above target, the deciding digit marked. */
export function AlignedHex({ comparison }: { comparison: TargetComparison }) {
  const t = useHeaderStrings();
  const mark = comparison.firstDifferentDigit;
  const hashGroups = hexGroups(comparison.hashHex, mark);
  const targetGroups = hexGroups(comparison.targetHex, mark);
  return (
    <div className="aligned-hex" data-testid="aligned-hex" data-first-diff={mark}>
      <div className="aligned-names" aria-hidden="true">
        <span>{t.verify.hashMark}</span>
        <span>{t.verify.targetMark}</span>
      </div>
      {hashGroups.map((group, i) => (
        <code key={i} className="aligned-pair">
          {group}
          {targetGroups[i]}
        </code>
      ))}
    </div>
  );
}

/** Hash and target on a log2 axis, inside a chart frame with a table and a takeaway. */
export function ComparisonChart({ comparison }: { comparison: TargetComparison }) {
  const t = useHeaderStrings();
  const format = useNumberFormat();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const innerWidth = Math.max(120, width - MARGIN.left - MARGIN.right);
  const x = useMemo(() => scaleLinear().domain([0, 256]).range([0, innerWidth]), [innerWidth]);
  const { hashLog2, targetLog2 } = comparison;
  const gap = hashLog2 === null || targetLog2 === null ? null : Math.abs(targetLog2 - hashLog2);
  const takeaway =
    gap === null
      ? t.verify.takeawayZero
      : fill(comparison.meets ? t.verify.takeawayValid : t.verify.takeawayNotValid, {
          gap: format.decimal(gap, 1),
        });
  const log2Text = (value: number | null) => (value === null ? '–' : format.decimal(value, 2));
  const marks = [
    { key: 'target', label: t.verify.targetMark, value: targetLog2, row: 0 },
    { key: 'hash', label: t.verify.hashMark, value: hashLog2 ?? 0, row: 1 },
  ];
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  return (
    <ChartFrame
      title={t.verify.chartTitle}
      takeaway={takeaway}
      testId="comparison-chart"
      table={{
        columns: [t.verify.tableName, t.verify.tableHex, t.verify.tableLog2],
        rows: [
          [t.verify.hashMark, comparison.hashHex, log2Text(hashLog2)],
          [t.verify.targetMark, comparison.targetHex, log2Text(targetLog2)],
        ],
      }}
    >
      <div ref={ref} className="comparison-svg">
        <svg
          width={innerWidth + MARGIN.left + MARGIN.right}
          height={HEIGHT}
          role="img"
          aria-label={takeaway}
        >
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {targetLog2 !== null && (
              <g className="allowed">
                <rect x={0} y={0} width={x(targetLog2)} height={plotHeight} />
                <text x={4} y={-8} className="direct-label">
                  {t.verify.allowed}
                </text>
              </g>
            )}
            {marks.map(
              (mark) =>
                mark.value !== null && (
                  <g
                    key={mark.key}
                    className={`mark mark-${mark.key}`}
                    data-testid={`mark-${mark.key}`}
                    data-value={mark.value}
                    transform={`translate(${x(mark.value)},0)`}
                  >
                    <line y1={0} y2={plotHeight} />
                    {mark.key === 'hash' ? (
                      <circle cy={plotHeight * 0.65} r={5} />
                    ) : (
                      <rect x={-5} y={plotHeight * 0.25 - 5} width={10} height={10} />
                    )}
                    <text
                      x={mark.value > 200 ? -8 : 8}
                      y={mark.key === 'hash' ? plotHeight * 0.65 : plotHeight * 0.25}
                      dy="0.32em"
                      textAnchor={mark.value > 200 ? 'end' : 'start'}
                      className="direct-label"
                    >
                      {mark.label} ≈ 2^{format.decimal(mark.value, 1)}
                    </text>
                  </g>
                ),
            )}
            <AxisBottom
              scale={x}
              label={t.verify.xLabel}
              transform={`translate(0,${plotHeight})`}
              tickCount={width < 420 ? 4 : 8}
            />
          </g>
        </svg>
      </div>
    </ChartFrame>
  );
}
