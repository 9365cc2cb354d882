/**
 * hash / (target + 1) of real blocks. A block is valid when its SHA-256d, read as a 256-bit
 * number, is at most the target its `bits` field encodes. If SHA-256d behaves as a random
 * function, the hash of a winning header is uniform on [0, target], so hash / (target + 1) is
 * uniform on [0, 1): no winner sits "just under" the target more than chance says. The page
 * recomputes all 29,650 hashes (in a worker); `checkpoint` lets the caller yield and stop.
 */
import { bitsToTarget } from '../hash/target';
import { headerHashInternal, HEADER_OFFSET } from '../hash/block-header';
import { internalHashToBigint } from '../hash/hash-order';

/** hash / (target + 1) of one header as a double in [0, 1) when it meets its target. */
export function hashToTargetRatio(header: Uint8Array): number {
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const target = bitsToTarget(view.getUint32(HEADER_OFFSET.bits, true));
  const hash = internalHashToBigint(headerHashInternal(header));
  // 53 bits of the quotient: exact to a double's precision.
  return Number((hash << 53n) / (target + 1n)) / 2 ** 53;
}

export interface HashRatioSummary {
  ratios: Float64Array;
  /** Headers whose hash is above its target (0 for a valid chain). */
  aboveTarget: number;
}

/** Every header's ratio, `chunk` headers between checkpoints. */
export async function hashToTargetRatios(
  headers: readonly Uint8Array[],
  checkpoint: (done: number, total: number) => void | Promise<void> = () => {},
  chunk = 500,
): Promise<HashRatioSummary> {
  const ratios = new Float64Array(headers.length);
  let aboveTarget = 0;
  for (let i = 0; i < headers.length; i++) {
    const ratio = hashToTargetRatio(headers[i]!);
    ratios[i] = ratio;
    if (ratio >= 1) aboveTarget++;
    if ((i + 1) % chunk === 0 || i + 1 === headers.length) await checkpoint(i + 1, headers.length);
  }
  return { ratios, aboveTarget };
}

/** Counts of ratios in `bins` equal bins of [0, 1) (ratios >= 1 go in the last bin). */
export function ratioHistogram(ratios: ArrayLike<number>, bins = 20): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < ratios.length; i++) {
    counts[Math.min(bins - 1, Math.max(0, Math.floor(ratios[i]! * bins)))]!++;
  }
  return counts;
}
