/**
 * Jobs for experiments: 80-byte headers that no strategy has seen. Each is a seeded random
 * header in the real format (version 0x20000000, random previous hash and merkle root, a time
 * in 2024, the bits of a real 2024 block); only its hash matters, and every field but the nonce
 * feeds the midstate, so each job is a fresh lottery. Training and evaluation jobs come from
 * different derived streams, so evaluation is always on held-out jobs.
 */
import type { Random } from '../random';

/** Bits of a real block (height 840,000, April 2024); only decorative at demo difficulty. */
export const DEMO_BITS = 0x17034219;

/** `count` fresh job headers (nonce field 0) from `random`. */
export function makeJobHeaders(random: Random, count: number): Uint8Array[] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be >= 1, got ${count}`);
  const jobs: Uint8Array[] = [];
  for (let j = 0; j < count; j++) {
    const header = new Uint8Array(80);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x20000000, true);
    random.fillBytes(header.subarray(4, 68)); // previous hash and merkle root
    view.setUint32(68, 1_704_067_200 + random.int(0, 365 * 86_400), true);
    view.setUint32(72, DEMO_BITS, true);
    jobs.push(header);
  }
  return jobs;
}
