/**
 * Bottom and left axes drawn by React from `scale.ticks()` (no d3-axis). The label carries the
 * unit ("Hamming distance (bits)"); on a log scale " (log scale)" is added, so a log axis is
 * always labelled as such. Tick labels use the reader's number format.
 */
import { useNumberFormat, useStrings } from '../ui/i18n/lang-context';
import { CHART_STRINGS } from './chart-strings';
import { axisTickValues, isLogScale, tickDecimals, type ContinuousScale } from './ticks';

export interface AxisProps {
  scale: ContinuousScale;
  /** What the axis measures, with its unit. */
  label: string;
  /** About how many ticks (default 5). */
  tickCount?: number;
  /** Overrides the tick label (default: the number in the reader's format). */
  formatTick?: (value: number) => string;
}

const TICK = 5;

function useTicks({ scale, tickCount = 5, formatTick }: AxisProps) {
  const format = useNumberFormat();
  const values = axisTickValues(scale, tickCount);
  // Linear ticks share one count of decimals; log ticks (0.1, 1, 10) each need their own.
  const shared = tickDecimals(values);
  const log = isLogScale(scale);
  return values.map((value) => ({
    value,
    position: scale(value),
    text: formatTick
      ? formatTick(value)
      : format.decimal(value, log ? tickDecimals([value]) : shared),
  }));
}

function useAxisLabel(scale: ContinuousScale, label: string): string {
  const strings = useStrings(CHART_STRINGS);
  return isLogScale(scale) ? `${label} ${strings.logScale}` : label;
}

/** An x axis along the bottom of the plot; place it with `transform` at the plot's height. */
export function AxisBottom(props: AxisProps & { transform?: string }) {
  const ticks = useTicks(props);
  const label = useAxisLabel(props.scale, props.label);
  const [x0 = 0, x1 = 0] = props.scale.range();
  return (
    <g className="axis axis-bottom" transform={props.transform}>
      <line x1={x0} x2={x1} className="axis-line" />
      {ticks.map((tick) => (
        <g key={tick.value} transform={`translate(${tick.position},0)`}>
          <line y2={TICK} className="axis-tick" />
          <text y={TICK + 13} textAnchor="middle" className="axis-tick-label">
            {tick.text}
          </text>
        </g>
      ))}
      <text x={(x0 + x1) / 2} y={TICK + 32} textAnchor="middle" className="axis-label">
        {label}
      </text>
    </g>
  );
}

/** A y axis along the left of the plot; the label sits above the axis, read horizontally. */
export function AxisLeft(props: AxisProps & { transform?: string }) {
  const ticks = useTicks(props);
  const label = useAxisLabel(props.scale, props.label);
  const [y0 = 0, y1 = 0] = props.scale.range();
  return (
    <g className="axis axis-left" transform={props.transform}>
      <line y1={y0} y2={y1} className="axis-line" />
      {ticks.map((tick) => (
        <g key={tick.value} transform={`translate(0,${tick.position})`}>
          <line x2={-TICK} className="axis-tick" />
          <text x={-TICK - 3} dy="0.32em" textAnchor="end" className="axis-tick-label">
            {tick.text}
          </text>
        </g>
      ))}
      <text x={0} y={Math.min(y0, y1) - 12} textAnchor="start" className="axis-label">
        {label}
      </text>
    </g>
  );
}
