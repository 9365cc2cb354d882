/**
 * Measured bars with an optional theoretical curve drawn as a line over them and optional
 * interval whiskers; labelled directly (no legend box), axes with units, responsive width.
 * SVG, rendered by React; the geometry comes from bar-layout.ts.
 */
import { useMemo } from 'react';
import { useNumberFormat } from '../ui/i18n/lang-context';
import { useElementWidth } from '../ui/use-element-width';
import { AxisBottom, AxisLeft } from './axis';
import { barChartLayout, type Bar, type CurvePoint } from './bar-layout';
import './charts.css';

export type { Bar, CurvePoint } from './bar-layout';

export interface BarChartProps {
  bars: readonly Bar[];
  /** The theoretical expectation, drawn as a line over the bars. */
  curve?: readonly CurvePoint[];
  /** Direct label of the bars, e.g. "measured". */
  barsLabel: string;
  /** Direct label of the curve, e.g. "Binomial(256, 1/2)". */
  curveLabel?: string;
  /** Axis labels, with units. */
  xLabel: string;
  yLabel: string;
  yScaleType?: 'linear' | 'log';
  xDomain?: readonly [number, number];
  xTickCount?: number;
  /** Outer height in CSS pixels (default 280). */
  height?: number;
  /** Short description for screen readers (the table toggle gives the numbers). */
  ariaLabel: string;
  /** Vertical reference lines with a direct text label, e.g. a pass threshold. */
  markers?: readonly { x: number; label: string }[];
}

/** Approximate width of one character of a 12 px label. */
const CHAR_PX = 7;

export function BarChart(props: BarChartProps) {
  const { bars, curve, barsLabel, curveLabel, height = 280, yScaleType = 'linear' } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const format = useNumberFormat();
  const topValue = Math.max(1, ...bars.map((b) => b.high ?? b.value));
  // Room for the longest tick label (about 7.5 px per character at the axis font size); a log
  // scale may round its top up to the next power of ten.
  const left =
    16 + 7.5 * Math.max(3, format.integer(topValue * (yScaleType === 'log' ? 10 : 1.2)).length);
  // The y-axis label and the bars' label share the top row when they fit, else take two rows.
  const twoRows = (props.yLabel.length + barsLabel.length + 14) * CHAR_PX + left > width;
  const top = twoRows ? 46 : 30;
  const layout = useMemo(
    () =>
      barChartLayout({
        bars,
        curve,
        width,
        height,
        margin: { top, right: 14, bottom: 48, left },
        yScaleType,
        xDomain: props.xDomain,
      }),
    [bars, curve, width, height, top, left, yScaleType, props.xDomain],
  );
  const peak = layout.curvePeak;
  // The curve's label goes beside its highest point, on whichever side it fits.
  const curveLabelPx = (curveLabel?.length ?? 0) * CHAR_PX;
  const peakOnRight = peak !== null && peak.x + 10 + curveLabelPx > layout.innerWidth;

  return (
    <div ref={ref} className="bar-chart">
      <svg width={width} height={height} role="img" aria-label={props.ariaLabel}>
        <g transform={`translate(${left},${top})`}>
          <g className="bars">
            {layout.rects.map((rect, index) =>
              rect ? <rect key={index} {...rect} className="bar" /> : null,
            )}
          </g>
          <g className="whiskers">
            {layout.whiskers.map((w, index) => (
              <g key={index}>
                <line x1={w.x} x2={w.x} y1={w.yLow} y2={w.yHigh} />
                <line x1={w.x - 3} x2={w.x + 3} y1={w.yLow} y2={w.yLow} />
                <line x1={w.x - 3} x2={w.x + 3} y1={w.yHigh} y2={w.yHigh} />
              </g>
            ))}
          </g>
          {layout.curvePath && <path d={layout.curvePath} className="curve" />}
          {peak && curveLabel && (
            <text
              x={peakOnRight ? Math.max(curveLabelPx, peak.x - 10) : peak.x + 10}
              y={Math.max(14, peak.y - 6)}
              textAnchor={peakOnRight ? 'end' : 'start'}
              className="direct-label curve-label"
            >
              {curveLabel}
            </text>
          )}
          {props.markers?.map((marker) => {
            const x = layout.x(marker.x);
            const onRight = x + 6 + marker.label.length * CHAR_PX <= layout.innerWidth;
            return (
              <g key={marker.label} className="marker" data-testid="chart-marker">
                <line x1={x} x2={x} y1={0} y2={layout.innerHeight} />
                <text
                  x={onRight ? x + 6 : x - 6}
                  y={14}
                  textAnchor={onRight ? 'start' : 'end'}
                  className="direct-label"
                >
                  {marker.label}
                </text>
              </g>
            );
          })}
          <g transform={`translate(${layout.innerWidth},${twoRows ? -30 : -12})`}>
            <rect x={-10} y={-9} width={10} height={10} className="bar" />
            <text x={-14} textAnchor="end" className="direct-label">
              {barsLabel}
            </text>
          </g>
          <AxisLeft scale={layout.y} label={props.yLabel} />
          <AxisBottom
            scale={layout.x}
            label={props.xLabel}
            tickCount={props.xTickCount ?? Math.max(2, Math.floor(layout.innerWidth / 70))}
            transform={`translate(0,${layout.innerHeight})`}
          />
        </g>
      </svg>
    </div>
  );
}
