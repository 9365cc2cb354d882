/**
 * The GPU (WebGPU) status line under the scale ladder: no adapter -> the CPU is used; an
 * adapter -> a button that measures it on the chosen block's own nonce window, every GPU result
 * checked on the CPU (src/ui/use-gpu.ts), with its progress and a Stop button while it runs.
 */
import { useEffect, useRef } from 'react';
import { useMagnitudeFormat } from '../../charts/magnitude-text';
import { parseHeader } from '../../core/hash/block-header';
import { bitsToTarget } from '../../core/hash/target';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import type { GpuState } from '../../ui/use-gpu';
import { GPU_STRINGS } from '../../ui/use-gpu-strings';

export interface GpuStatusProps {
  gpu: GpuState;
  block: { height: number; header: Uint8Array };
  cpuHashesPerSec: number;
}

export function GpuStatusLine({ gpu, block, cpuHashesPerSec }: GpuStatusProps) {
  const t = useStrings(GPU_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const { status } = gpu;
  const stopButton = useRef<HTMLButtonElement>(null);
  const measureButton = useRef<HTMLButtonElement>(null);
  const handOff = useRef(false);
  const previousKind = useRef(status.kind);
  // The button clicked goes away (Measure -> Stop -> Measure): keyboard focus moves to the one
  // that replaces it instead of falling back to the page, also when a measurement ends by itself
  // while Stop had the focus.
  useEffect(() => {
    const wasMeasuring = previousKind.current === 'measuring';
    previousKind.current = status.kind;
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (status.kind === 'measuring') {
      if (handOff.current) stopButton.current?.focus();
    } else if (handOff.current || (wasMeasuring && lost)) {
      measureButton.current?.focus();
    }
    handOff.current = false;
  }, [status.kind]);
  const clicked = () => {
    handOff.current = true;
  };
  const kernel = t.kernel[gpu.cpuKernel];
  const nonce = parseHeader(block.header).nonce;
  const start = () => {
    clicked();
    gpu.measure({
      header: block.header,
      realNonce: nonce,
      target: bitsToTarget(parseHeader(block.header).bits),
      durationMs: 2000,
    });
  };

  let text: string;
  if (status.kind === 'probing') text = t.probing;
  else if (status.kind === 'no-adapter') text = fill(t.noAdapter, { kernel });
  else if (status.kind === 'ready') text = fill(t.ready, { height: block.height });
  else if (status.kind === 'measuring') text = t.measuring;
  else if (status.kind === 'stopped')
    text = status.reason === 'hidden' ? t.stoppedHidden : t.stopped;
  else if (status.kind === 'failed') text = fill(t.failed, { message: status.message, kernel });
  else {
    const r = status.result;
    const parts = [
      fill(t.measured, {
        adapter: r.adapter || 'WebGPU',
        where: t.where[status.where],
        rate: magnitude.huge(r.hashesPerSec),
        hashes: format.integer(r.hashes),
        agreed: format.integer(r.agreed),
        checked: format.integer(r.checked),
      }),
      fill(r.foundRealNonce ? t.realNonce : t.realNonceMissed, {
        height: block.height,
        nonce: format.integer(nonce),
      }),
    ];
    if (!r.agrees) {
      parts.push(fill(t.disagree, { agreed: r.agreed, checked: r.checked, kernel }));
    } else if (status.kind === 'measured') {
      parts.push(
        cpuHashesPerSec <= 0
          ? fill(t.ladderUnmeasured, { kernel })
          : r.hashesPerSec > cpuHashesPerSec
            ? t.ladderGpu
            : fill(t.ladderCpu, { kernel }),
      );
    }
    text = parts.join(' ');
  }

  return (
    <div className="gpu-status" data-testid="gpu-status" data-kind={status.kind}>
      <p className="hint" role="status">
        <strong>{t.heading}:</strong> {text}
      </p>
      {status.kind === 'measuring' && (
        <p className="gpu-progress">
          <label>
            {t.progressLabel}{' '}
            <progress
              data-testid="gpu-progress"
              max={status.durationMs}
              value={Math.min(status.elapsedMs, status.durationMs)}
            />
          </label>{' '}
          <span data-testid="gpu-progress-text">
            {fill(t.progress, {
              seconds: format.decimal(status.elapsedMs / 1000, 1),
              total: format.decimal(status.durationMs / 1000, 0),
              hashes: format.integer(status.hashes),
            })}
          </span>{' '}
          <button
            type="button"
            ref={stopButton}
            onClick={() => {
              clicked();
              gpu.stop();
            }}
            data-testid="gpu-stop"
          >
            {t.stop}
          </button>
        </p>
      )}
      {(status.kind === 'ready' || status.kind === 'measured' || status.kind === 'stopped') && (
        <button type="button" ref={measureButton} onClick={start} data-testid="gpu-measure">
          {t.measure}
        </button>
      )}
    </div>
  );
}
