/**
 * The geometric miner's pre-filter: "hash only if D6 is in [0.7, 1] and D1 in [0.10, 0.30]".
 * A nonce it rejects is never hashed, so a real winning nonce it rejects is a lost block.
 *
 * `prefilterVerdicts` runs it on real blocks with their real winning nonces (the header as
 * mined), under any reading of the open details (dimensions.ts): D1 alone, whose only open
 * detail is the nibble order, already rejects every bundled real header.
 */
import { DEFAULT_READING, headerDimensions, type DimensionReading } from './dimensions';

export const PREFILTER = { d1: [0.1, 0.3], d6: [0.7, 1] } as const;

/** Whether the pre-filter lets a header (its dimensions) through to be hashed. */
export function prefilterPasses(d1: number, d6: number): boolean {
  return (
    d1 >= PREFILTER.d1[0] && d1 <= PREFILTER.d1[1] && d6 >= PREFILTER.d6[0] && d6 <= PREFILTER.d6[1]
  );
}

export interface PrefilterVerdicts {
  reading: DimensionReading;
  blocks: number;
  /** Real blocks whose winning header passes (would have been hashed). */
  passed: number;
  /** Real blocks whose D1 alone is inside [0.10, 0.30]. */
  d1Inside: number;
  /** Real blocks whose D6 alone is inside [0.7, 1]. */
  d6Inside: number;
  d1Min: number;
  d1Max: number;
  /** The fraction of real blocks the filter would have thrown away. */
  rejectedFraction: number;
}

/** The pre-filter's verdict on real winning headers (each with its real nonce). */
export function prefilterVerdicts(
  headers: readonly Uint8Array[],
  reading: DimensionReading = DEFAULT_READING,
): PrefilterVerdicts {
  let passed = 0;
  let d1Inside = 0;
  let d6Inside = 0;
  let d1Min = Infinity;
  let d1Max = -Infinity;
  for (const header of headers) {
    const d = headerDimensions(header, reading);
    const d1 = d[0];
    const d6 = d[5];
    d1Min = Math.min(d1Min, d1);
    d1Max = Math.max(d1Max, d1);
    if (d1 >= PREFILTER.d1[0] && d1 <= PREFILTER.d1[1]) d1Inside++;
    if (d6 >= PREFILTER.d6[0] && d6 <= PREFILTER.d6[1]) d6Inside++;
    if (prefilterPasses(d1, d6)) passed++;
  }
  return {
    reading,
    blocks: headers.length,
    passed,
    d1Inside,
    d6Inside,
    d1Min,
    d1Max,
    rejectedFraction: headers.length === 0 ? NaN : 1 - passed / headers.length,
  };
}
