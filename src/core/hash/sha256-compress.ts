/**
 * The SHA-256 compression function (FIPS 180-4, section 6.2.2) with a configurable number of
 * rounds, and a whole-message SHA-256 built on it. With `rounds = 64` this is standard SHA-256
 * (checked against NIST vectors and @noble/hashes in the tests); with fewer rounds it is the
 * deliberately weakened hash that the experiments use as a positive control, because its output
 * still carries visible structure from the input.
 *
 * This module favours clarity; the per-nonce hot loop lives in `sha256d-kernel.ts`.
 */
import { SHA256_IV, SHA256_K, SHA256_ROUNDS } from './sha256-constants';

const scheduleScratch = new Int32Array(64);

/**
 * Compresses one 64-byte block into `state` in place.
 * @param state - eight 32-bit words, the chaining value; updated in place
 * @param block - sixteen big-endian message words (only the first 16 entries are read)
 * @param rounds - how many of the 64 rounds to run (1..64); the feed-forward is always added
 */
export function compressBlock(
  state: Int32Array,
  block: ArrayLike<number>,
  rounds: number = SHA256_ROUNDS,
): void {
  assertRounds(rounds);
  const w = scheduleScratch;
  for (let t = 0; t < 16; t++) w[t] = block[t]! | 0;
  for (let t = 16; t < rounds; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (s1 + w[t - 7]! + s0 + w[t - 16]!) | 0;
  }
  let a = state[0]!,
    b = state[1]!,
    c = state[2]!,
    d = state[3]!;
  let e = state[4]!,
    f = state[5]!,
    g = state[6]!,
    h = state[7]!;
  for (let t = 0; t < rounds; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + SHA256_K[t]! + w[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/** Throws a RangeError unless `rounds` is a whole number from 1 to 64. */
export function assertRounds(rounds: number): void {
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > SHA256_ROUNDS) {
    throw new RangeError(`rounds must be a whole number from 1 to 64, got ${rounds}`);
  }
}

/** Reads sixteen big-endian words from `bytes` starting at `offset`. */
export function readBlockWords(bytes: Uint8Array, offset: number, out: Int32Array): Int32Array {
  for (let t = 0; t < 16; t++) {
    const i = offset + 4 * t;
    out[t] = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;
  }
  return out;
}

/** Writes eight 32-bit words as 32 big-endian bytes (the SHA-256 digest byte order). */
export function wordsToBytes(words: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(32);
  for (let t = 0; t < 8; t++) {
    const v = words[t]!;
    out[4 * t] = v >>> 24;
    out[4 * t + 1] = (v >>> 16) & 0xff;
    out[4 * t + 2] = (v >>> 8) & 0xff;
    out[4 * t + 3] = v & 0xff;
  }
  return out;
}

/**
 * SHA-256 of a whole message (padding per FIPS 180-4, section 5.1.1), optionally round-reduced.
 * Meant for single messages and tests; it allocates the padded copy.
 */
export function sha256Reduced(message: Uint8Array, rounds: number = SHA256_ROUNDS): Uint8Array {
  assertRounds(rounds);
  const bitLength = message.length * 8;
  const paddedLength = Math.ceil((message.length + 9) / 64) * 64;
  const padded = new Uint8Array(paddedLength);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  // The length is a 64-bit big-endian field; messages here are far below 2^53 bits.
  view.setUint32(paddedLength - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(paddedLength - 4, bitLength >>> 0);
  const state = Int32Array.from(SHA256_IV);
  const block = new Int32Array(16);
  for (let offset = 0; offset < paddedLength; offset += 64) {
    compressBlock(state, readBlockWords(padded, offset, block), rounds);
  }
  return wordsToBytes(state);
}

/** SHA-256 applied twice, optionally round-reduced in every compression. */
export function sha256dReduced(message: Uint8Array, rounds: number = SHA256_ROUNDS): Uint8Array {
  return sha256Reduced(sha256Reduced(message, rounds), rounds);
}
