/**
 * A ladder on a log scale: one horizontal bar per row, its length the row's value on a
 * logarithmic x axis (labelled as such by AxisBottom), the row's name and value written
 * directly beside the bar. For quantities that span many powers of ten (seconds from a blink
 * to the age of the universe), where a linear axis would show one bar and nothing else.
 */
import { useMemo } from 'react';
import { scaleBand, scaleLog } from 'd3-scale';
import { useElementWidth } from '../ui/use-element-width';
import { AxisBottom } from './axis';
import './charts.css';
import './ladder-and-lines.css';

export interface LadderRow {
  key: string;
  /** Row name, written above the bar. */
  label: string;
  /** Extra words after the name (e.g. the rate), shown only when there is room. */
  detail?: string;
  /** The value (> 0) drawn on the log axis. */
  value: number;
  /** The value in words, written at the end of the bar. */
  valueText: string;
  /** Highlight this row (the reader's own device): a thicker outline, not only a colour. */
  emphasis?: boolean;
}

export interface LogLadderProps {
  rows: readonly LadderRow[];
  xLabel: string;
  /** Tick label for a power of ten. */
  formatTick: (value: number) => string;
  ariaLabel: string;
  /** Extra lines drawn across the chart, e.g. "one hour", "age of the universe". */
  marks?: readonly { value: number; label: string }[];
}

const ROW_HEIGHT = 46;
const MARGIN = { top: 18, right: 16, bottom: 48, left: 12 };

export function LogLadder({ rows, xLabel, formatTick, ariaLabel, marks = [] }: LogLadderProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const innerWidth = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerHeight = rows.length * ROW_HEIGHT;
  const height = innerHeight + MARGIN.top + MARGIN.bottom;
  const { x, y } = useMemo(() => {
    const values = [...rows.map((r) => r.value), ...marks.map((m) => m.value)].filter((v) => v > 0);
    const lo = Math.min(...values, 1);
    const hi = Math.max(...values, 10);
    const x = scaleLog()
      .domain([lo / 10, hi * 10])
      .range([0, innerWidth])
      .nice();
    const y = scaleBand<string>()
      .domain(rows.map((r) => r.key))
      .range([0, innerHeight])
      .paddingInner(0.25);
    return { x, y };
  }, [rows, marks, innerWidth, innerHeight]);
  const x0 = x.range()[0]!;
  const roomy = innerWidth > 480;
  // Marks closer than ~70 px to the previous one would print over each other: keep the first.
  const shownMarks = [...marks]
    .sort((a, b) => a.value - b.value)
    .filter((mark, i, all) => i === 0 || x(mark.value) - x(all[i - 1]!.value) > 70);
  const tickCount = Math.max(2, Math.floor(innerWidth / 140));

  return (
    <div ref={ref} className="bar-chart log-ladder">
      <svg width={width} height={height} role="img" aria-label={ariaLabel}>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {shownMarks.map((mark) => (
            <g key={mark.label} transform={`translate(${x(mark.value)},0)`} className="ladder-mark">
              <line y1={-6} y2={innerHeight} />
              <text y={-8} textAnchor={x(mark.value) > innerWidth - 50 ? 'end' : 'middle'}>
                {mark.label}
              </text>
            </g>
          ))}
          {rows.map((row) => {
            const top = y(row.key) ?? 0;
            const band = y.bandwidth();
            const barEnd = Math.max(x0 + 2, x(row.value));
            const textInside = barEnd > innerWidth * 0.62;
            return (
              <g key={row.key} data-row={row.key}>
                <text x={x0 + 4} y={top + 12} className="direct-label ladder-label">
                  {row.detail && roomy ? `${row.label} · ${row.detail}` : row.label}
                </text>
                <rect
                  x={x0}
                  y={top + 17}
                  width={barEnd - x0}
                  height={band - 17}
                  className={row.emphasis ? 'bar ladder-bar emphasis' : 'bar ladder-bar'}
                />
                <text
                  x={textInside ? barEnd - 6 : barEnd + 6}
                  y={top + 17 + (band - 17) / 2}
                  dy="0.32em"
                  textAnchor={textInside ? 'end' : 'start'}
                  className="ladder-value"
                >
                  {row.valueText}
                </text>
              </g>
            );
          })}
          <AxisBottom
            scale={x}
            label={xLabel}
            tickCount={tickCount}
            formatTick={formatTick}
            transform={`translate(0,${innerHeight})`}
          />
        </g>
      </svg>
    </div>
  );
}
