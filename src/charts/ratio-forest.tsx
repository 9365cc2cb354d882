/**
 * A forest plot of ratios with their intervals: one row per arm, a dot at the ratio, a whisker
 * for its 95 % interval (and optionally a second, wider band for a corrected interval), on a
 * log x axis with the line "ratio = 1" (no advantage) drawn and labelled. A row whose interval
 * excludes 1 is marked with a star and the word, so the mark never relies on colour. React
 * renders every node; d3-scale computes.
 */
import { useMemo } from 'react';
import { scaleLog } from 'd3-scale';
import { useStrings } from '../ui/i18n/lang-context';
import { useElementWidth } from '../ui/use-element-width';
import { CHART_STRINGS } from './chart-strings';
import { AxisBottom } from './axis';
import './charts.css';
import './ratio-forest.css';

export interface ForestRow {
  key: string;
  label: string;
  ratio: number;
  ci: readonly [number, number];
  /** A wider, corrected interval (e.g. Holm), drawn as a light band behind the whisker. */
  corrected?: readonly [number, number];
}

export interface RatioForestProps {
  rows: readonly ForestRow[];
  xLabel: string;
  /** The label of the vertical line at 1. */
  oneLabel: string;
  /** The word after the star on a row whose (shown) interval excludes 1. */
  excludesLabel: string;
  /** Mark rows by their corrected interval instead of the plain one. */
  markBy?: 'ci' | 'corrected';
  ariaLabel: string;
  /** The row to emphasise (e.g. the one re-tested). */
  highlightKey?: string;
}

const ROW = 24;
const MARGIN = { top: 26, right: 24, bottom: 28 };

const finite = (v: number, fallback: number) => (Number.isFinite(v) && v > 0 ? v : fallback);

/** True when [low, high] lies wholly above or below 1. */
export function excludesOne([low, high]: readonly [number, number]): boolean {
  return low > 1 || high < 1;
}

export function RatioForest(props: RatioForestProps) {
  const { rows } = props;
  const strings = useStrings(CHART_STRINGS);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const labelWidth = Math.min(170, Math.max(84, width * 0.3));
  const innerWidth = Math.max(80, width - labelWidth - MARGIN.right);
  const height = MARGIN.top + rows.length * ROW + MARGIN.bottom;
  const x = useMemo(() => {
    const lows = rows.map((r) => finite(Math.min(r.ci[0], r.corrected?.[0] ?? r.ci[0]), 0.5));
    const highs = rows.map((r) => finite(Math.max(r.ci[1], r.corrected?.[1] ?? r.ci[1]), 2));
    // Symmetric around 1 on the log scale, at least 0.5..2, at most 1/64..64.
    const spread = Math.min(64, Math.max(2, ...highs, ...lows.map((v) => 1 / v)));
    // Base 2, so the ticks are 1/4, 1/2, 1, 2, 4: they never crowd on a phone.
    return scaleLog()
      .base(2)
      .domain([1 / spread, spread])
      .range([0, innerWidth])
      .clamp(true);
  }, [rows, innerWidth]);
  const one = x(1);
  return (
    <div className="ratio-forest" ref={ref}>
      <svg width={width} height={height} role="img" aria-label={props.ariaLabel}>
        <g transform={`translate(${labelWidth},${MARGIN.top})`}>
          <line className="forest-one" x1={one} x2={one} y1={-8} y2={rows.length * ROW} />
          <text className="forest-one-label" x={one} y={-12} textAnchor="middle">
            {props.oneLabel}
          </text>
          {rows.map((row, i) => {
            const y = i * ROW + ROW / 2;
            const shown = props.markBy === 'corrected' && row.corrected ? row.corrected : row.ci;
            const marked = excludesOne(shown);
            const lo = x(finite(row.ci[0], x.domain()[0]!));
            const hi = x(finite(row.ci[1], x.domain()[1]!));
            return (
              <g
                key={row.key}
                className={`forest-row${row.key === props.highlightKey ? ' highlight' : ''}`}
                data-key={row.key}
                data-excludes-one={marked}
              >
                <text className="forest-label" x={-8} y={y} dy="0.32em" textAnchor="end">
                  {marked ? `✱ ${row.label}` : row.label}
                </text>
                {row.corrected && (
                  <rect
                    className="forest-band"
                    x={x(finite(row.corrected[0], x.domain()[0]!))}
                    width={Math.max(
                      1,
                      x(finite(row.corrected[1], x.domain()[1]!)) -
                        x(finite(row.corrected[0], x.domain()[0]!)),
                    )}
                    y={y - 6}
                    height={12}
                  />
                )}
                <line className="forest-whisker" x1={lo} x2={hi} y1={y} y2={y} />
                <line className="forest-whisker" x1={lo} x2={lo} y1={y - 4} y2={y + 4} />
                <line className="forest-whisker" x1={hi} x2={hi} y1={y - 4} y2={y + 4} />
                <circle
                  className={`forest-dot${marked ? ' marked' : ''}`}
                  cx={x(finite(row.ratio, 1))}
                  cy={y}
                  r={4}
                />
                {marked && (
                  <text className="forest-mark" x={innerWidth} y={y - 8} textAnchor="end">
                    {props.excludesLabel}
                  </text>
                )}
              </g>
            );
          })}
          <AxisBottom
            scale={x}
            label=""
            tickCount={5}
            transform={`translate(0,${rows.length * ROW + 4})`}
          />
        </g>
      </svg>
      {/* The axis label is HTML under the plot, so a long label wraps on a phone. */}
      <p className="forest-axis-label">
        {props.xLabel} {strings.logScale}
      </p>
    </div>
  );
}
