/**
 * Measured points against the number of rounds R (log scale, base 2), each with its interval as
 * a whisker; an optional shaded band (the equivalence margin) and a dashed reference line (what
 * chance gives). Several series are told apart by marker shape and a direct label, not only by
 * colour, and nudged sideways so their whiskers do not overlap. React renders; d3-scale computes.
 */
import { useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { AxisBottom, AxisLeft } from '../../charts/axis';
import { useElementWidth } from '../../ui/use-element-width';

export type Marker = 'circle' | 'square' | 'diamond' | 'triangle';

export interface RoundsSeries {
  key: string;
  label: string;
  marker: Marker;
  /** Points with NaN values are left out (not defined at that R). */
  points: readonly { rounds: number; value: number; low: number; high: number }[];
}

export interface RoundsChartProps {
  series: readonly RoundsSeries[];
  xLabel: string;
  yLabel: string;
  yDomain: readonly [number, number];
  band?: { low: number; high: number; label: string };
  reference?: { y: number; label: string };
  height?: number;
  ariaLabel: string;
  testId?: string;
}

const MARGIN = { top: 34, right: 18, bottom: 48, left: 52 };
const MARKERS: Marker[] = ['circle', 'square', 'diamond', 'triangle'];

/** The next marker shape for series number `index`. */
export function markerFor(index: number): Marker {
  return MARKERS[index % MARKERS.length]!;
}

function MarkerShape({ marker, x, y }: { marker: Marker; x: number; y: number }) {
  switch (marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={4.5} />;
    case 'square':
      return <rect x={x - 4} y={y - 4} width={8} height={8} />;
    case 'diamond':
      return <path d={`M${x},${y - 5.5}L${x + 5.5},${y}L${x},${y + 5.5}L${x - 5.5},${y}Z`} />;
    case 'triangle':
      return <path d={`M${x},${y - 5.5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`} />;
  }
}

export function RoundsChart(props: RoundsChartProps) {
  const { series, band, reference, height = 300 } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const innerWidth = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(60, height - MARGIN.top - MARGIN.bottom);
  const { x, y } = useMemo(() => {
    const x = scaleLog().base(2).domain([1, 64]).range([0, innerWidth]);
    const y = scaleLinear()
      .domain([props.yDomain[0], props.yDomain[1]])
      .range([innerHeight, 0])
      .nice();
    return { x, y };
  }, [innerWidth, innerHeight, props.yDomain]);
  const clampY = (v: number) => y(Math.min(y.domain()[1]!, Math.max(y.domain()[0]!, v)));
  const nudge = (index: number) => (index - (series.length - 1) / 2) * 7;

  return (
    <div ref={ref} className="bar-chart rounds-chart" data-testid={props.testId}>
      <svg width={width} height={height} role="img" aria-label={props.ariaLabel}>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {band && (
            <g className="margin-band">
              <rect
                x={0}
                width={innerWidth}
                y={y(band.high)}
                height={Math.max(1, y(band.low) - y(band.high))}
              />
              <text
                x={innerWidth - 4}
                y={y(band.high) - 4}
                textAnchor="end"
                className="direct-label"
              >
                {band.label}
              </text>
            </g>
          )}
          {reference && (
            <g className="reference-line chance-line">
              <line x1={0} x2={innerWidth} y1={y(reference.y)} y2={y(reference.y)} />
              <text x={4} y={y(reference.y) + 15} className="direct-label">
                {reference.label}
              </text>
            </g>
          )}
          {series.map((s, index) => {
            const shown = s.points.filter((p) => Number.isFinite(p.value));
            return (
              <g key={s.key} className={`rounds-series rounds-series-${index}`} data-series={s.key}>
                {shown.map((p) => {
                  const px = x(p.rounds) + nudge(index);
                  return (
                    <g key={p.rounds} data-rounds={p.rounds} data-low={p.low} data-high={p.high}>
                      <line
                        className="whisker"
                        x1={px}
                        x2={px}
                        y1={clampY(p.low)}
                        y2={clampY(p.high)}
                      />
                      <line
                        className="whisker"
                        x1={px - 3}
                        x2={px + 3}
                        y1={clampY(p.low)}
                        y2={clampY(p.low)}
                      />
                      <line
                        className="whisker"
                        x1={px - 3}
                        x2={px + 3}
                        y1={clampY(p.high)}
                        y2={clampY(p.high)}
                      />
                      <MarkerShape marker={s.marker} x={px} y={clampY(p.value)} />
                    </g>
                  );
                })}
              </g>
            );
          })}
          <AxisLeft scale={y} label={props.yLabel} />
          <AxisBottom
            scale={x}
            label={props.xLabel}
            tickCount={7}
            transform={`translate(0,${innerHeight})`}
          />
        </g>
      </svg>
      {series.length > 1 && (
        <ul className="rounds-key" aria-hidden="true">
          {series.map((s, index) => (
            <li key={s.key} className={`rounds-series-${index}`}>
              <svg width={14} height={14} viewBox="-7 -7 14 14">
                <MarkerShape marker={s.marker} x={0} y={0} />
              </svg>{' '}
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
