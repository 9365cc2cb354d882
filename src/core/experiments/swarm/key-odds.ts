/**
 * Key-search odds as arithmetic, and a toy key space searched live for scale.
 *
 * The system the self-tuning design steers searches for private keys of funded addresses. This
 * app never does that. The odds are arithmetic: an address is a 160-bit hash, so with `targets`
 * addresses and a search that tries `keysPerSec` random keys, the expected number of hits in
 * `seconds` is keysPerSec x seconds x targets / 2^160.
 *
 * For scale, a toy space instead: a secret key of 20 to 28 bits drawn from the seed, its toy
 * "address" the first 8 bytes of SHA-256 of the key's 4 bytes (no elliptic curve, no real
 * address format), found by trying every key from 0 up. Real key sets are never used.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { Random } from '../../random';

export const TOY_BITS_MIN = 20;
export const TOY_BITS_MAX = 28;
export const ADDRESS_BITS = 160;

/** keysPerSec x seconds x targets / 2^bits: the expected hits of a blind key search. */
export function expectedKeyHits(
  keysPerSec: number,
  seconds: number,
  targets: number,
  bits = ADDRESS_BITS,
): number {
  return (keysPerSec * seconds * targets) / 2 ** bits;
}

/** Seconds for one expected hit: 2^bits / (keysPerSec x targets). */
export function secondsPerExpectedHit(keysPerSec: number, targets: number, bits = ADDRESS_BITS) {
  return 2 ** bits / (keysPerSec * targets);
}

const keyBytes = new Uint8Array(4);
const keyView = new DataView(keyBytes.buffer);

/** The toy address of a key: the first 8 bytes of SHA-256(key as 4 bytes, big-endian). */
export function toyAddress(key: number): bigint {
  keyView.setUint32(0, key >>> 0);
  const digest = sha256(keyBytes);
  return new DataView(digest.buffer, digest.byteOffset, 8).getBigUint64(0);
}

export interface ToyKeySearchResult {
  bits: number;
  /** The key found (equal to the seeded secret). */
  key: number;
  tries: number;
  elapsedMs: number;
  keysPerSec: number;
  /** 2^(bits - 1): the tries a blind search needs on average. */
  expectedTries: number;
}

/**
 * Draws the seeded secret of a `bits`-bit toy space and searches for it from key 0 up.
 * `checkpoint` is awaited every block of keys (a worker yields, pauses or stops there).
 */
export async function searchToyKeys(
  bits: number,
  random: Random,
  now: () => number,
  checkpoint: (tried: number, total: number) => void | Promise<void> = () => {},
): Promise<ToyKeySearchResult> {
  if (!Number.isInteger(bits) || bits < TOY_BITS_MIN || bits > TOY_BITS_MAX) {
    throw new RangeError(`the toy key space must be ${TOY_BITS_MIN} to ${TOY_BITS_MAX} bits`);
  }
  const space = 2 ** bits;
  const secret = random.int(0, space - 1);
  const target = toyAddress(secret);
  const started = now();
  const block = 4096;
  for (let from = 0; from < space; from += block) {
    const to = Math.min(space, from + block);
    for (let key = from; key < to; key++) {
      if (toyAddress(key) === target) {
        const elapsedMs = Math.max(1e-6, now() - started);
        return {
          bits,
          key,
          tries: key + 1,
          elapsedMs,
          keysPerSec: ((key + 1) * 1000) / elapsedMs,
          expectedTries: space / 2,
        };
      }
    }
    await checkpoint(to, space);
  }
  throw new Error('the toy key was not found (impossible: every key was tried)');
}
