/**
 * The seven dimensions over the swept nonces: one strip per dimension on a 0-1 scale, 4,096
 * dots drawn on a canvas by an effect, the solver's target as a labelled tick. The table below
 * the chart carries the same numbers for screen readers.
 */
import { useEffect, useRef } from 'react';
import { TARGET_VECTOR } from '../../core/experiments/geometric/inverse-solver';
import type { NonceSweep } from '../../core/experiments/geometric/geometric-sections';

const ROW = 34;
const LEFT = 150;
const WIDTH = 640;

export function SweepChart(props: {
  sweep: NonceSweep;
  names: readonly string[];
  label: string;
  targetLabel: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { sweep, names } = props;
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const n = sweep.nonces.length;
    const style = getComputedStyle(canvas);
    const ink = style.color || '#222';
    ctx.clearRect(0, 0, WIDTH, ROW * 7);
    ctx.font = '12px system-ui, sans-serif';
    const plot = WIDTH - LEFT - 10;
    for (let d = 0; d < 7; d++) {
      const y0 = d * ROW;
      ctx.fillStyle = ink;
      ctx.fillText(names[d]!, 0, y0 + ROW / 2 + 4);
      ctx.globalAlpha = 0.25;
      ctx.fillRect(LEFT, y0 + ROW / 2, plot, 1);
      ctx.globalAlpha = 0.35;
      for (let i = 0; i < n; i++) {
        const x = LEFT + sweep.values[d * n + i]! * plot;
        ctx.fillRect(x, y0 + 8 + ((i * 7) % 18), 1.5, 1.5);
      }
      ctx.globalAlpha = 1;
      const tx = LEFT + TARGET_VECTOR[d]! * plot;
      ctx.fillRect(tx - 1, y0 + 4, 2, ROW - 8);
      ctx.fillText(`◆ ${props.targetLabel}`, Math.min(tx + 4, WIDTH - 60), y0 + 12);
    }
  }, [sweep, names, props.targetLabel]);
  return (
    <canvas
      ref={ref}
      width={WIDTH}
      height={ROW * 7}
      role="img"
      aria-label={props.label}
      className="geometric-sweep"
      data-testid="geometric-sweep-chart"
    />
  );
}
