/**
 * Thousands of (height, nonce) dots on a <canvas>: React owns the element, an effect draws with
 * the d3-scale scales; the axes are SVG from the same scales. Colours come from the page's CSS
 * variables so that dark mode works.
 */
import { scaleLinear } from 'd3-scale';
import { memo, useEffect, useMemo, useRef } from 'react';
import { AxisBottom, AxisLeft } from '../../charts/axis';
import { useElementWidth } from '../../ui/use-element-width';

const HEIGHT = 300;
const MARGIN = { top: 28, right: 14, bottom: 48, left: 56 };

export const NonceScatter = memo(function NonceScatter(props: {
  heights: Uint32Array;
  nonces: Uint32Array;
  fromHeight: number;
  toHeight: number;
  xLabel: string;
  yLabel: string;
  ariaLabel: string;
}) {
  const { heights, nonces, fromHeight, toHeight } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const innerWidth = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([fromHeight, Math.max(fromHeight + 1, toHeight)])
        .range([0, innerWidth]),
    [fromHeight, toHeight, innerWidth],
  );
  const y = useMemo(() => scaleLinear().domain([0, 4.295]).range([innerHeight, 0]), [innerHeight]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(innerWidth * ratio);
    canvas.height = Math.round(innerHeight * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, innerWidth, innerHeight);
    context.fillStyle = getComputedStyle(canvas).color || '#1f5fa8';
    context.globalAlpha = 0.55;
    for (let i = 0; i < heights.length; i++) {
      const h = heights[i]!;
      if (h < fromHeight || h > toHeight) continue;
      context.fillRect(x(h) - 1, y(nonces[i]! / 1e9) - 1, 2, 2);
    }
  }, [heights, nonces, fromHeight, toHeight, x, y, innerWidth, innerHeight]);

  return (
    <div ref={ref} className="nonce-scatter">
      <div style={{ position: 'relative', height: HEIGHT }}>
        <canvas
          ref={canvasRef}
          className="scatter-dots"
          role="img"
          aria-label={props.ariaLabel}
          style={{
            position: 'absolute',
            left: MARGIN.left,
            top: MARGIN.top,
            width: innerWidth,
            height: innerHeight,
          }}
          data-testid="real-scatter-canvas"
        />
        <svg width={width} height={HEIGHT} aria-hidden="true" style={{ position: 'absolute' }}>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <AxisLeft scale={y} label={props.yLabel} />
            <AxisBottom
              scale={x}
              label={props.xLabel}
              tickCount={Math.max(2, Math.floor(innerWidth / 90))}
              transform={`translate(0,${innerHeight})`}
            />
          </g>
        </svg>
      </div>
    </div>
  );
});
