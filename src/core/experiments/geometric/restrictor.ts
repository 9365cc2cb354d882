/**
 * The geometric miner's per-byte nonce restrictor: for each of the nonce's 4 bytes, a range of
 * percentiles of that byte over 100 real block nonces; a nonce is hashed only if every byte is
 * in its range. "Conservative" = P05-P95 (claimed 2.15x), "aggressive" = P25-P75 (claimed
 * 27.37x "with 100% coverage").
 *
 * Reading chosen here: percentiles by linear interpolation between order statistics (the usual
 * default, type 7), the range [floor(low), ceil(high)] inclusive; bytes little-endian as in the
 * header. The reduction is 2^32 / (the number of nonces the ranges allow), exact.
 */

export interface ByteRanges {
  /** [low, high] inclusive for byte 0..3. */
  ranges: [number, number][];
  /** 2^32 / allowed nonces. */
  reduction: number;
  keptFraction: number;
}

/** The q-quantile (0..1) of sorted values, linear interpolation between order statistics. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Learns per-byte [P(low), P(high)] ranges from `nonces`. */
export function learnByteRanges(nonces: ArrayLike<number>, low: number, high: number): ByteRanges {
  const ranges: [number, number][] = [];
  let allowed = 1;
  for (let byte = 0; byte < 4; byte++) {
    const values = Float64Array.from(nonces as ArrayLike<number>, (n) => (n >>> (8 * byte)) & 255);
    values.sort();
    const range: [number, number] = [
      Math.floor(quantileSorted(values, low)),
      Math.ceil(quantileSorted(values, high)),
    ];
    ranges.push(range);
    allowed *= range[1] - range[0] + 1;
  }
  return { ranges, reduction: 2 ** 32 / allowed, keptFraction: allowed / 2 ** 32 };
}

/** Whether every byte of `nonce` is inside its range. */
export function rangesKeep(r: ByteRanges, nonce: number): boolean {
  for (let byte = 0; byte < 4; byte++) {
    const v = (nonce >>> (8 * byte)) & 255;
    const [lo, hi] = r.ranges[byte]!;
    if (v < lo || v > hi) return false;
  }
  return true;
}

/** How many of `nonces` the ranges keep. */
export function rangesCoverage(r: ByteRanges, nonces: ArrayLike<number>): number {
  let kept = 0;
  for (let i = 0; i < nonces.length; i++) if (rangesKeep(r, nonces[i]!)) kept++;
  return kept;
}
