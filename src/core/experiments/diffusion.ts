/**
 * Diffusion round by round: how one flipped nonce bit spreads through SHA-256's working state.
 *
 * The 80-byte header is hashed as two 64-byte blocks; the nonce (header bytes 76..79,
 * little-endian) is message word W3 of the second block (big-endian, so the word is the
 * byte-swapped nonce). Round t of the compression (counting rounds from 1, as FIPS 180-4 counts
 * t from 0) reads W_{t-1}, so the nonce first enters at round 4: with every compression cut to
 * R <= 3 rounds the hash does not depend on the nonce at all. From W16 on, the message schedule
 * mixes W3 into later words too.
 *
 * `diffusionTrace` runs the second block's compression (the "nonce block", FIPS 180-4 section
 * 6.2.2) for a nonce and for the same nonce with one bit flipped, keeps the eight working words
 * a..h before round 1 and after every round, and counts the bits in which the two states differ.
 * The 64-round state plus the feed-forward is the first SHA-256 of the header (tested against
 * @noble/hashes); after R rounds plus the feed-forward it equals `compressBlock(..., R)`.
 */
import { SHA256_IV, SHA256_K } from '../hash/sha256-constants';
import { compressBlock, readBlockWords } from '../hash/sha256-compress';

/** The nonce is message word W3 (counting from W0) of the header's second block. */
export const NONCE_WORD = 3;
/** The first round (counting from 1) that reads the nonce; R below this ignores it. */
export const FIRST_ROUND_WITH_NONCE = NONCE_WORD + 1;
/** Words in the working state (a..h), and bits. */
export const STATE_WORDS = 8;
export const STATE_BITS = 256;

/** Byte-swap of a 32-bit word (the nonce is little-endian in the header). */
function bswap(v: number): number {
  return ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24);
}

/** Set bits of a 32-bit word. */
export function popcount32(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The chaining value after the header's first 64 bytes (the midstate; 64 rounds). */
export function headerMidstate(header: Uint8Array): Int32Array {
  if (header.length !== 80) throw new RangeError(`a header is 80 bytes, got ${header.length}`);
  const state = Int32Array.from(SHA256_IV);
  compressBlock(state, readBlockWords(header, 0, new Int32Array(16)));
  return state;
}

/** The header's second block with `nonce` in it: 3 tail words, W3 = nonce, padding, length. */
export function nonceBlockWords(header: Uint8Array, nonce: number): Int32Array {
  if (header.length !== 80) throw new RangeError(`a header is 80 bytes, got ${header.length}`);
  const block = new Int32Array(16);
  for (let t = 0; t < 3; t++) {
    const i = 64 + 4 * t;
    block[t] = (header[i]! << 24) | (header[i + 1]! << 16) | (header[i + 2]! << 8) | header[i + 3]!;
  }
  block[NONCE_WORD] = bswap(nonce >>> 0);
  block[4] = 0x80000000 | 0;
  block[15] = 640; // 80 bytes = 640 bits
  return block;
}

/**
 * The working state a..h of one compression: 65 rows of 8 words, row 0 the chaining value
 * (before round 1) and row t the state after round t. Written out round by round here, apart
 * from `compressBlock`, so the two can be checked against each other.
 */
export function roundStates(chaining: ArrayLike<number>, block: ArrayLike<number>): Int32Array {
  const w = new Int32Array(64);
  for (let t = 0; t < 16; t++) w[t] = block[t]! | 0;
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (s1 + w[t - 7]! + s0 + w[t - 16]!) | 0;
  }
  const rows = new Int32Array(65 * STATE_WORDS);
  for (let i = 0; i < 8; i++) rows[i] = chaining[i]! | 0;
  for (let t = 0; t < 64; t++) {
    const [a, b, c, d, e, f, g, h] = rows.subarray(8 * t, 8 * t + 8);
    const S1 = ((e! >>> 6) | (e! << 26)) ^ ((e! >>> 11) | (e! << 21)) ^ ((e! >>> 25) | (e! << 7));
    const t1 = (h! + S1 + ((e! & f!) ^ (~e! & g!)) + SHA256_K[t]! + w[t]!) | 0;
    const S0 = ((a! >>> 2) | (a! << 30)) ^ ((a! >>> 13) | (a! << 19)) ^ ((a! >>> 22) | (a! << 10));
    const t2 = (S0 + ((a! & b!) ^ (a! & c!) ^ (b! & c!))) | 0;
    rows.set([(t1 + t2) | 0, a!, b!, c!, (d! + t1) | 0, e!, f!, g!], 8 * (t + 1));
  }
  return rows;
}

/** One flipped nonce bit, followed through the nonce block's 64 rounds. */
export interface DiffusionTrace {
  nonce: number;
  /** Bit of the nonce's value that is flipped (0 = least significant). */
  flipBit: number;
  flippedNonce: number;
  /** roundStates of each nonce (65 rows of 8 words). */
  states: Int32Array;
  flippedStates: Int32Array;
  /** distances[t]: bits in which the two working states differ after round t (0 = before). */
  distances: number[];
}

/** Follows `nonce` and `nonce` with bit `flipBit` flipped through the nonce block of `header`. */
export function diffusionTrace(header: Uint8Array, nonce: number, flipBit: number): DiffusionTrace {
  if (!Number.isInteger(nonce) || nonce < 0 || nonce > 0xffffffff) {
    throw new RangeError(`a nonce is a whole number from 0 to 4294967295, got ${nonce}`);
  }
  if (!Number.isInteger(flipBit) || flipBit < 0 || flipBit > 31) {
    throw new RangeError(`the bit to flip is from 0 to 31, got ${flipBit}`);
  }
  const midstate = headerMidstate(header);
  const flippedNonce = (nonce ^ (1 << flipBit)) >>> 0;
  const states = roundStates(midstate, nonceBlockWords(header, nonce));
  const flippedStates = roundStates(midstate, nonceBlockWords(header, flippedNonce));
  const distances: number[] = [];
  for (let t = 0; t <= 64; t++) {
    let d = 0;
    for (let i = 0; i < STATE_WORDS; i++) {
      d += popcount32(states[8 * t + i]! ^ flippedStates[8 * t + i]!);
    }
    distances.push(d);
  }
  return { nonce, flipBit, flippedNonce, states, flippedStates, distances };
}

/** The 256 state bits that differ after round t, as 32 bytes (word a first, big-endian). */
export function differenceBytes(trace: DiffusionTrace, round: number): Uint8Array {
  if (!Number.isInteger(round) || round < 0 || round > 64) {
    throw new RangeError(`round must be from 0 to 64, got ${round}`);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < STATE_WORDS; i++) {
    const x = trace.states[8 * round + i]! ^ trace.flippedStates[8 * round + i]!;
    out[4 * i] = x >>> 24;
    out[4 * i + 1] = (x >>> 16) & 0xff;
    out[4 * i + 2] = (x >>> 8) & 0xff;
    out[4 * i + 3] = x & 0xff;
  }
  return out;
}

/** The first round after which the distance is at least `bits` (e.g. 100), or null. */
export function firstRoundReaching(trace: DiffusionTrace, bits: number): number | null {
  const t = trace.distances.findIndex((d) => d >= bits);
  return t < 0 ? null : t;
}
