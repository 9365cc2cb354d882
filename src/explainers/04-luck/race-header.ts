/**
 * What the luck races hash: from the seed, an 80-byte header of seeded random bytes and a
 * start nonce. Proof of work cares only that the header is fixed during the scan, so random
 * bytes are as good as a real block here, and they make the seed replay the exact same races.
 *
 * Why gaps: one pool run scans nonces in order from the start nonce and reports every solution
 * with `hashesDone`, the tries a sequential scan needed to reach it. Each nonce's hash is an
 * independent fair draw (the random-oracle model of SHA-256d), so the gaps between consecutive
 * solutions are independent geometric samples: one "race" each. This is far cheaper than one
 * run per race (a new run throws away the chunks in flight, about 100 ms of work each time).
 * Caveat: the pool returns at most 64 hit nonces per chunk (~50 ms of work per worker); at
 * 12 bits a chunk would need over 5 M hashes/s per worker to risk more, about 5x this app's
 * JavaScript kernel, so no hit is dropped in practice; harder races are safer still.
 */
import { serializeHeader } from '../../core/hash/block-header';
import { hashProbability } from '../../core/hash/difficulty';
import { targetFromLeadingZeroBits } from '../../core/hash/target';
import { bytesToHex } from '../../core/hex';
import { createRandom } from '../../core/random';

export const MIN_RACE_BITS = 12;
export const MAX_RACE_BITS = 20;
export const MAX_RACES = 2000;

export interface RaceJob {
  seed: number;
  zeroBits: number;
  races: number;
  headerHex: string;
  startNonce: number;
  target: bigint;
  /** Probability per hash, exactly 2^-zeroBits. */
  p: number;
}

/** The races for a seed: a seeded random header (nonce 0) and a seeded start nonce. */
export function raceJob(seed: number, zeroBits: number, races: number): RaceJob {
  const random = createRandom(seed);
  const bytes = random.fillBytes(new Uint8Array(76));
  const view = new DataView(bytes.buffer);
  const header = serializeHeader({
    version: view.getInt32(0, true),
    prevHash: bytes.slice(4, 36),
    merkleRoot: bytes.slice(36, 68),
    time: view.getUint32(68, true),
    bits: view.getUint32(72, true),
    nonce: 0,
  });
  const target = targetFromLeadingZeroBits(zeroBits);
  return {
    seed,
    zeroBits,
    races,
    headerHex: bytesToHex(header),
    startNonce: random.nextUint32(),
    target,
    p: hashProbability(target),
  };
}

/** A typed count of races, or null outside 1..MAX_RACES. */
export function parseRaces(text: string): number | null {
  if (!/^\s*\d{1,4}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= MAX_RACES ? value : null;
}

/** A typed seed, or null unless a whole number 0..2^32 - 1. */
export function parseSeed(text: string): number | null {
  if (!/^\s*\d{1,10}\s*$/.test(text)) return null;
  const value = Number(text);
  return value <= 0xffffffff ? value : null;
}
