/**
 * Mining eras of the real chain, cut by block height, and the split of the bundled winning
 * nonces into them. The boundaries are approximate dates turned into heights:
 *
 * | era        | heights              | about                                       |
 * |------------|----------------------|---------------------------------------------|
 * | cpu        | 0 .. 69,999          | Jan 2009 - Jul 2010: CPU miners             |
 * | gpu        | 70,000 .. 214,999    | Jul 2010 - Dec 2012: GPU (OpenCL) miners     |
 * | earlyAsic  | 215,000 .. 390,999   | 2013 - 2015: the first ASICs                 |
 * | modernAsic | 391,000 ..           | 2016 onwards: modern ASIC firmware           |
 *
 * Block 70,000 was mined in July 2010 (GPU miners spread that summer), block 215,000 in early
 * January 2013 (the first Avalon ASICs shipped that month) and block 391,000 at the end of
 * December 2015. Pure: arrays in, numbers out.
 */

export const ERA_IDS = ['cpu', 'gpu', 'earlyAsic', 'modernAsic'] as const;
export type EraId = (typeof ERA_IDS)[number];

/** An era: heights fromHeight .. toHeight inclusive (toHeight Infinity for the last). */
export interface Era {
  id: EraId;
  fromHeight: number;
  toHeight: number;
}

export const ERAS: readonly Era[] = [
  { id: 'cpu', fromHeight: 0, toHeight: 69_999 },
  { id: 'gpu', fromHeight: 70_000, toHeight: 214_999 },
  { id: 'earlyAsic', fromHeight: 215_000, toHeight: 390_999 },
  { id: 'modernAsic', fromHeight: 391_000, toHeight: Infinity },
];

/** The era a height belongs to. */
export function eraOfHeight(height: number): EraId {
  for (let i = ERAS.length - 1; i >= 0; i--) if (height >= ERAS[i]!.fromHeight) return ERAS[i]!.id;
  throw new RangeError(`a height is >= 0, got ${height}`);
}

/** The blocks of one era (or of a height range) with their nonces. */
export interface NonceGroup {
  count: number;
  heights: Uint32Array;
  nonces: Uint32Array;
  /** Smallest and largest height and nonce (NaN when empty). */
  minHeight: number;
  maxHeight: number;
  minNonce: number;
  maxNonce: number;
}

/** The records whose height is in [fromHeight, toHeight], in order. */
export function selectHeights(
  heights: ArrayLike<number>,
  nonces: ArrayLike<number>,
  fromHeight: number,
  toHeight: number,
): NonceGroup {
  if (heights.length !== nonces.length) {
    throw new RangeError(`${heights.length} heights but ${nonces.length} nonces`);
  }
  const keepH: number[] = [];
  const keepN: number[] = [];
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i]!;
    if (h >= fromHeight && h <= toHeight) {
      keepH.push(h);
      keepN.push(nonces[i]!);
    }
  }
  const count = keepH.length;
  const extent = (values: number[], pick: (a: number, b: number) => number) =>
    count === 0 ? NaN : values.reduce((a, b) => pick(a, b));
  return {
    count,
    heights: Uint32Array.from(keepH),
    nonces: Uint32Array.from(keepN),
    minHeight: extent(keepH, Math.min),
    maxHeight: extent(keepH, Math.max),
    minNonce: extent(keepN, Math.min),
    maxNonce: extent(keepN, Math.max),
  };
}

/** Every era's group, in era order. */
export function splitByEra(
  heights: ArrayLike<number>,
  nonces: ArrayLike<number>,
): Record<EraId, NonceGroup> {
  const out = {} as Record<EraId, NonceGroup>;
  for (const era of ERAS)
    out[era.id] = selectHeights(heights, nonces, era.fromHeight, era.toHeight);
  return out;
}
