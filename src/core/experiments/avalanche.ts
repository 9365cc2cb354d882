/**
 * The avalanche experiment: flip one input bit, count the output bits that change.
 *
 * Each trial draws a fresh random message of `messageBytes` bytes and a random bit position
 * from the seeded generator, hashes the message and its one-bit-flipped twin with SHA-256 and
 * records the Hamming distance of the two digests. For an ideal 256-bit hash the distance is
 * Binomial(256, 1/2): mean 128, SD 8. The round-reduced SHA-256 (sha256-compress.ts) is
 * available as a positive control: with few rounds the distances fall far below 128.
 * Trials run in batches so a worker can report progress between them.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { sha256Reduced } from '../hash/sha256-compress';
import type { Random } from '../random';
import { flipBit, hammingDistance } from '../stats/hamming';

/** Output bits of SHA-256, so distances run 0..256. */
export const DIGEST_BITS = 256;

/** The digest with `rounds` of 64 rounds (64: the real SHA-256, via @noble/hashes). */
export function digestWithRounds(message: Uint8Array, rounds: number): Uint8Array {
  return rounds === 64 ? sha256(message) : sha256Reduced(message, rounds);
}

/** One avalanche comparison of a message and its copy with bit `bitIndex` flipped. */
export function avalancheOnce(
  message: Uint8Array,
  bitIndex: number,
  rounds = 64,
): { before: Uint8Array; after: Uint8Array; distance: number } {
  const before = digestWithRounds(message, rounds);
  const after = digestWithRounds(flipBit(message, bitIndex), rounds);
  return { before, after, distance: hammingDistance(before, after) };
}

/**
 * Runs `trials` random flips, adding each distance to `counts` (length 257, counts[d] = flips
 * that changed d bits). Draws from `random` in a fixed order, so a seed replays exactly.
 */
export function runAvalancheTrials(
  random: Random,
  trials: number,
  counts: Float64Array,
  messageBytes = 32,
  rounds = 64,
): void {
  const message = new Uint8Array(messageBytes);
  for (let t = 0; t < trials; t++) {
    random.fillBytes(message);
    const bitIndex = random.int(0, messageBytes * 8 - 1);
    counts[avalancheOnce(message, bitIndex, rounds).distance]! += 1;
  }
}
