/**
 * Finding a record in the bundled header file: by height with the nearest heights on either
 * side when it is missing, and a seeded "random real block" (the same seed picks the same
 * block, so a class can load it together).
 */
import { createRandom, type Seed } from '../random';
import type { HeaderFile } from './header-file';
import { indexOfHeight } from './header-file';

/** The result of looking a height up. */
export type HeightLookup =
  { found: true; index: number } | { found: false; below: number | null; above: number | null };

/** The record with `height`, or the nearest bundled heights below and above it. */
export function lookUpHeight(file: HeaderFile, height: number): HeightLookup {
  const index = indexOfHeight(file, height);
  if (index >= 0) return { found: true, index };
  // First record with a height above `height` (binary search).
  let lo = 0;
  let hi = file.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (file.heights[mid]! < height) lo = mid + 1;
    else hi = mid;
  }
  return {
    found: false,
    below: lo > 0 ? file.heights[lo - 1]! : null,
    above: lo < file.count ? file.heights[lo]! : null,
  };
}

/** A uniformly chosen record index in [0, count) from `seed`. @throws RangeError if count < 1 */
export function randomRecordIndex(seed: Seed, count: number): number {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`count must be a whole number >= 1, got ${count}`);
  }
  return createRandom(seed).int(0, count - 1);
}
