/**
 * Lines over a linear (or log) x axis: measured series drawn solid, theory drawn dashed, each
 * labelled directly at its right end (no legend box); optional horizontal reference lines
 * (e.g. the mean 1/p) with their own label. `step` draws a series as a staircase (an empirical
 * CDF). React renders every node; d3-scale computes.
 */
import { useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { useElementWidth } from '../ui/use-element-width';
import { AxisBottom, AxisLeft } from './axis';
import './charts.css';
import './ladder-and-lines.css';

export interface LineSeries {
  key: string;
  label: string;
  points: readonly { x: number; y: number }[];
  /**
   * 'measured' is solid, 'theory' dashed, 'other' (a second measured or simulated series)
   * dotted: the pattern carries the meaning, not only the colour.
   */
  kind: 'measured' | 'theory' | 'other';
  step?: boolean;
}

export interface LineChartProps {
  series: readonly LineSeries[];
  references?: readonly { y: number; label: string }[];
  xLabel: string;
  yLabel: string;
  xScaleType?: 'linear' | 'log';
  yDomain?: readonly [number, number];
  height?: number;
  ariaLabel: string;
  formatXTick?: (value: number) => string;
  formatYTick?: (value: number) => string;
}

const MARGIN = { top: 30, right: 14, bottom: 48, left: 64 };

function pathOf(points: readonly { x: number; y: number }[], step: boolean): string {
  let d = '';
  points.forEach((p, i) => {
    if (i === 0) d += `M${p.x.toFixed(1)},${p.y.toFixed(1)}`;
    else if (step) d += `H${p.x.toFixed(1)}V${p.y.toFixed(1)}`;
    else d += `L${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  });
  return d;
}

export function LineChart(props: LineChartProps) {
  const { series, references = [], height = 280 } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const innerWidth = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(60, height - MARGIN.top - MARGIN.bottom);
  const { x, y } = useMemo(() => {
    const xs = series.flatMap((s) => s.points.map((p) => p.x));
    const ys = [...series.flatMap((s) => s.points.map((p) => p.y)), ...references.map((r) => r.y)];
    const xMin = Math.min(...xs);
    const xMax = Math.max(...xs);
    const x =
      props.xScaleType === 'log'
        ? scaleLog()
            .domain([Math.max(1, xMin), Math.max(2, xMax)])
            .range([0, innerWidth])
        : scaleLinear()
            .domain([Math.min(0, xMin), xMax > xMin ? xMax : xMin + 1])
            .range([0, innerWidth]);
    const y = scaleLinear()
      .domain(props.yDomain ?? [0, Math.max(...ys, 1e-9) * 1.1])
      .range([innerHeight, 0])
      .nice();
    return { x, y };
  }, [series, references, innerWidth, innerHeight, props.xScaleType, props.yDomain]);

  return (
    <div ref={ref} className="bar-chart line-chart">
      <svg width={width} height={height} role="img" aria-label={props.ariaLabel}>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {references.map((r) => (
            <g key={r.label} className="reference-line">
              <line x1={0} x2={innerWidth} y1={y(r.y)} y2={y(r.y)} />
              {/* Under the line at the left: a measured series' label sits above the line at the
                  right, so the two never meet where the series settles on the reference (seen at
                  360 px on the luck page's running mean). Above it when the line is at the
                  bottom of the plot. */}
              <text
                x={4}
                y={y(r.y) + 14 > innerHeight - 2 ? y(r.y) - 5 : y(r.y) + 14}
                className="direct-label"
              >
                {r.label}
              </text>
            </g>
          ))}
          {series.map((s) => {
            const points = s.points.map((p) => ({ x: x(p.x), y: y(p.y) }));
            const last = points[points.length - 1];
            return (
              <g key={s.key} className={`series series-${s.kind}`} data-series={s.key}>
                <path d={pathOf(points, s.step ?? false)} />
                {last && (
                  <text
                    x={Math.min(last.x, innerWidth) - 4}
                    y={last.y + (s.kind === 'measured' ? -8 : 16)}
                    textAnchor="end"
                    className="direct-label"
                  >
                    {s.label}
                  </text>
                )}
              </g>
            );
          })}
          <AxisLeft scale={y} label={props.yLabel} formatTick={props.formatYTick} />
          <AxisBottom
            scale={x}
            label={props.xLabel}
            tickCount={Math.max(2, Math.floor(innerWidth / 80))}
            formatTick={props.formatXTick}
            transform={`translate(0,${innerHeight})`}
          />
        </g>
      </svg>
    </div>
  );
}
