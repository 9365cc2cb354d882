/**
 * The GPU (WebGPU) status line under the scale ladder: no adapter -> the CPU is used; an
 * adapter -> a button that measures it on the chosen block's own nonce window, every GPU result
 * checked on the CPU (src/ui/use-gpu.ts).
 */
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
  const kernel = t.kernel[gpu.cpuKernel];
  const nonce = parseHeader(block.header).nonce;
  const start = () =>
    gpu.measure({
      header: block.header,
      realNonce: nonce,
      target: bitsToTarget(parseHeader(block.header).bits),
      durationMs: 2000,
    });

  let text: string;
  if (status.kind === 'probing') text = t.probing;
  else if (status.kind === 'no-adapter') text = fill(t.noAdapter, { kernel });
  else if (status.kind === 'ready') text = fill(t.ready, { height: block.height });
  else if (status.kind === 'measuring') text = t.measuring;
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
      {(status.kind === 'ready' || status.kind === 'measured') && (
        <button type="button" onClick={start} data-testid="gpu-measure">
          {t.measure}
        </button>
      )}
    </div>
  );
}
