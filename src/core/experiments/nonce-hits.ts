/**
 * Counting hits: which of a list of nonces give a hash with at least N leading zero bits, on
 * one job (an 80-byte header), with real SHA-256d or SHA-256d cut to R rounds.
 *
 * The nonces are sorted and runs of consecutive nonces are scanned in one kernel call, so a
 * sequential or range strategy costs the same as the plain miner and a scattered one pays one
 * call per nonce. A nonce proposed twice is hashed twice (both count as hashes) but can hit
 * only once: re-hashing a nonce is wasted work, never a second ticket.
 */
import { createBestRecord, createMiningJob, scanNonces } from '../hash/sha256d-kernel';
import { targetFromLeadingZeroBits } from '../hash/target';

/** What hashing a list of nonces on one job gave. */
export interface NonceHits {
  /** Hashes done: the length of the list, repeats included. */
  hashes: number;
  /** Distinct nonces that hit, ascending. */
  hitNonces: number[];
}

/** A mining job for `header` at "N leading zero bits" with `rounds` rounds (64 = SHA-256d). */
export function createZeroBitsJob(header: Uint8Array, zeroBits: number, rounds = 64): Uint32Array {
  return createMiningJob(header, targetFromLeadingZeroBits(zeroBits), rounds);
}

const found = new Uint32Array(4096);
const best = createBestRecord();

function scanRun(job: Uint32Array, start: number, count: number, out: number[]): void {
  // The solution buffer caps what one call can report: split long runs so none is lost.
  for (let done = 0; done < count; done += found.length) {
    const step = Math.min(found.length, count - done);
    const hits = scanNonces(job, start + done, step, found, best);
    for (let i = 0; i < hits; i++) out.push(found[i]!);
  }
}

/**
 * Hashes `nonces` (whole numbers 0..2^32-1) on `job` and returns the hits.
 * @throws RangeError for a value that is not a uint32
 */
export function hitsForNonces(job: Uint32Array, nonces: ArrayLike<number>): NonceHits {
  const sorted = Uint32Array.from(nonces as ArrayLike<number>);
  for (let i = 0; i < nonces.length; i++) {
    const n = nonces[i]!;
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
      throw new RangeError(`a nonce is a whole number from 0 to 4294967295, got ${n}`);
    }
  }
  sorted.sort();
  const hitNonces: number[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    // Skip repeats, then extend the run while the next nonce is one more.
    while (j + 1 < sorted.length && sorted[j + 1]! <= sorted[j]! + 1) j++;
    const start = sorted[i]!;
    scanRun(job, start, sorted[j]! - start + 1, hitNonces);
    i = j + 1;
  }
  return { hashes: nonces.length, hitNonces };
}

/** Hits of the plain sequential scan: nonces start .. start + count - 1 (no wrap). */
export function hitsForRange(job: Uint32Array, start: number, count: number): NonceHits {
  if (start < 0 || start + count > 2 ** 32)
    throw new RangeError('the range must stay in 0..2^32-1');
  const hitNonces: number[] = [];
  scanRun(job, start, count, hitNonces);
  return { hashes: count, hitNonces };
}
