/**
 * SHA-256 with every intermediate value kept, for the step-by-step chapter (FIPS 180-4,
 * sections 5.1.1 padding, 6.2.2 schedule and rounds). Clarity over speed: a trace of one
 * block is 64 schedule words, 65 states of eight words and 64 pairs T1/T2, a few kB, and the
 * input is capped at `SHA256_TRACE_MAX_BYTES` so the page stays light.
 *
 * Every word is an unsigned 32-bit number (`>>> 0`), so the page can print it directly.
 * Checked in the tests against the NIST "abc" example, @noble/hashes and node:crypto.
 */
import { SHA256_IV, SHA256_K } from './sha256-constants';

/** The largest input the trace accepts, in bytes (16 blocks once padded, at most 17). */
export const SHA256_TRACE_MAX_BYTES = 1000;

/** The trace of one 64-byte block. */
export interface Sha256BlockTrace {
  /** The 64 bytes of this block of the padded message. */
  bytes: Uint8Array;
  /** The message schedule W[0..63]. */
  schedule: number[];
  /** states[0] is a..h before round 0 (the chaining value in); states[t + 1] is after round t. */
  states: number[][];
  /** T1 of each round t = 0..63. */
  t1: number[];
  /** T2 of each round t = 0..63. */
  t2: number[];
  /** The chaining value after the block: states[64] added word by word to states[0]. */
  hashOut: number[];
}

/** The full trace of SHA-256 over one message. */
export interface Sha256Trace {
  /** Length of the message in bytes. */
  messageBytes: number;
  /** The padded message: message, 0x80, zeros, the 64-bit big-endian bit length. */
  padded: Uint8Array;
  blocks: Sha256BlockTrace[];
  /** The 32-byte digest. */
  digest: Uint8Array;
}

/** Input longer than `SHA256_TRACE_MAX_BYTES`. */
export class Sha256TraceTooLongError extends Error {
  override readonly name = 'Sha256TraceTooLongError';
}

const rotr = (x: number, n: number) => ((x >>> n) | (x << (32 - n))) >>> 0;

/** FIPS 180-4 functions (4.1.2), on unsigned 32-bit words. */
export const sha256Functions = {
  ch: (x: number, y: number, z: number) => ((x & y) ^ (~x & z)) >>> 0,
  maj: (x: number, y: number, z: number) => ((x & y) ^ (x & z) ^ (y & z)) >>> 0,
  bigSigma0: (x: number) => (rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22)) >>> 0,
  bigSigma1: (x: number) => (rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25)) >>> 0,
  smallSigma0: (x: number) => (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) >>> 0,
  smallSigma1: (x: number) => (rotr(x, 17) ^ rotr(x, 19) ^ (x >>> 10)) >>> 0,
};

/** Pads a message (5.1.1): append 0x80, zeros up to 56 mod 64, then the bit length (64 bits). */
export function sha256Pad(message: Uint8Array): Uint8Array {
  const blocks = Math.floor((message.length + 8) / 64) + 1;
  const padded = new Uint8Array(blocks * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(padded.length - 4, bits >>> 0);
  return padded;
}

function traceBlock(bytes: Uint8Array, hashIn: readonly number[]): Sha256BlockTrace {
  const f = sha256Functions;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 64);
  const w: number[] = [];
  for (let t = 0; t < 16; t++) w.push(view.getUint32(t * 4));
  for (let t = 16; t < 64; t++) {
    w.push((f.smallSigma1(w[t - 2]!) + w[t - 7]! + f.smallSigma0(w[t - 15]!) + w[t - 16]!) >>> 0);
  }
  const states: number[][] = [[...hashIn]];
  const t1s: number[] = [];
  const t2s: number[] = [];
  for (let t = 0; t < 64; t++) {
    const [a, b, c, d, e, g0, g, h] = states[t]!;
    const t1 = (h! + f.bigSigma1(e!) + f.ch(e!, g0!, g!) + (SHA256_K[t]! >>> 0) + w[t]!) >>> 0;
    const t2 = (f.bigSigma0(a!) + f.maj(a!, b!, c!)) >>> 0;
    t1s.push(t1);
    t2s.push(t2);
    states.push([(t1 + t2) >>> 0, a!, b!, c!, (d! + t1) >>> 0, e!, g0!, g!]);
  }
  const last = states[64]!;
  const hashOut = hashIn.map((word, i) => (word + last[i]!) >>> 0);
  return { bytes, schedule: w, states, t1: t1s, t2: t2s, hashOut };
}

/**
 * SHA-256 of `message` with every intermediate value.
 * @throws Sha256TraceTooLongError when the message is longer than `SHA256_TRACE_MAX_BYTES`
 */
export function traceSha256(message: Uint8Array): Sha256Trace {
  if (message.length > SHA256_TRACE_MAX_BYTES) {
    throw new Sha256TraceTooLongError(
      `${message.length} bytes is more than the ${SHA256_TRACE_MAX_BYTES} bytes shown step by step`,
    );
  }
  const padded = sha256Pad(message);
  const blocks: Sha256BlockTrace[] = [];
  let chaining: number[] = Array.from(SHA256_IV, (word) => word >>> 0);
  for (let offset = 0; offset < padded.length; offset += 64) {
    const block = traceBlock(padded.subarray(offset, offset + 64), chaining);
    blocks.push(block);
    chaining = block.hashOut;
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  chaining.forEach((word, i) => out.setUint32(i * 4, word));
  return { messageBytes: message.length, padded, blocks, digest };
}

/** Number of bits that differ between two 32-bit words. */
export function changedBits(before: number, after: number): number {
  let x = (before ^ after) >>> 0;
  let count = 0;
  while (x) {
    x &= x - 1;
    count++;
  }
  return count;
}

/** A 32-bit word as 8 lowercase hex digits. */
export function wordHex(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0');
}
