/**
 * The SHA-256d mining kernel: hashes an 80-byte Bitcoin block header for many nonces.
 *
 * SHA-256d(header) = SHA-256(SHA-256(header)). The header is 80 bytes, so the first SHA-256
 * takes two 64-byte blocks. The first block (bytes 0..63: version, previous hash, most of the
 * merkle root) does not depend on the nonce, so its compression (the "midstate") is computed
 * once per job. Per nonce only the second block (bytes 64..79 plus padding) and the second
 * SHA-256 (one block: the 32-byte digest plus padding) are compressed: 2 compressions instead
 * of 3, no allocation, no padding copies.
 *
 * The nonce is the little-endian uint32 at header bytes 76..79. SHA-256 reads big-endian words,
 * so message word 3 of the second block is the byte-swapped nonce.
 *
 * The whole job state lives in one Uint32Array and the hot loop is one top-level function:
 * creating a fresh closure per job made every job after the first about 3x slower in V8
 * (measured, see docs/architecture.md). Rounds can be reduced (1..64) for the positive controls;
 * with 64 rounds the result equals SHA-256d from @noble/hashes (tested).
 */
import { SHA256_IV, SHA256_K, SHA256_ROUNDS } from './sha256-constants';
import { assertRounds, compressBlock, readBlockWords } from './sha256-compress';
import {
  BEST_WORDS,
  JOB_MIDSTATE,
  JOB_ROUNDS,
  JOB_TAIL,
  JOB_TARGET,
  JOB_WORDS,
  bswap32,
  compareDigest,
  recordIfBest,
} from './sha256d-job-layout';
import { scanNonces64 } from './sha256d-unrolled';

/**
 * Builds the job for a header: the midstate, the constant tail words, the round count and the
 * target (a 256-bit bigint; a hash is a hit when hash <= target, hash read as Bitcoin does, as a
 * little-endian 256-bit number). The nonce field of `header` is ignored.
 */
export function createMiningJob(
  header: Uint8Array,
  target: bigint,
  rounds: number = SHA256_ROUNDS,
): Uint32Array {
  if (header.length !== 80) throw new RangeError(`a header is 80 bytes, got ${header.length}`);
  assertRounds(rounds);
  if (target < 0n || target >= 1n << 256n) throw new RangeError('target must be in [0, 2^256)');
  const job = new Uint32Array(JOB_WORDS);
  const state = Int32Array.from(SHA256_IV);
  compressBlock(state, readBlockWords(header, 0, new Int32Array(16)), rounds);
  job.set(new Uint32Array(state.buffer), JOB_MIDSTATE);
  for (let t = 0; t < 3; t++) {
    const i = 64 + 4 * t;
    job[JOB_TAIL + t] =
      (header[i]! << 24) | (header[i + 1]! << 16) | (header[i + 2]! << 8) | header[i + 3]!;
  }
  job[JOB_ROUNDS] = rounds;
  for (let t = 0; t < 8; t++) {
    job[JOB_TARGET + t] = Number((target >> BigInt(32 * (7 - t))) & 0xffffffffn);
  }
  return job;
}

// Scratch space shared by every call: the kernel never allocates.
const w = new Int32Array(64);
const h1 = new Int32Array(8);
const out = new Int32Array(8);

/**
 * Computes SHA-256d for one nonce into `out` (exported for tests and the inline engine),
 * as eight digest words in SHA-256 order (big-endian words, digest byte 0 first).
 */
function hashNonceInto(job: Uint32Array, nonce: number, rounds: number): void {
  // Second block of the header: 3 tail words, the nonce, the 0x80 pad bit, zeros, length 640.
  w[0] = job[JOB_TAIL]!;
  w[1] = job[JOB_TAIL + 1]!;
  w[2] = job[JOB_TAIL + 2]!;
  w[3] =
    ((nonce & 0xff) << 24) | ((nonce & 0xff00) << 8) | ((nonce >>> 8) & 0xff00) | (nonce >>> 24);
  w[4] = 0x80000000 | 0;
  w[5] = w[6] = w[7] = w[8] = w[9] = w[10] = w[11] = w[12] = w[13] = w[14] = 0;
  w[15] = 640;
  compressInto(job, JOB_MIDSTATE, rounds, h1);
  // Second SHA-256: the 32-byte digest, the pad bit, zeros, length 256.
  for (let t = 0; t < 8; t++) w[t] = h1[t]!;
  w[8] = 0x80000000 | 0;
  w[9] = w[10] = w[11] = w[12] = w[13] = w[14] = 0;
  w[15] = 256;
  compressInto(null, 0, rounds, out);
}

/** Runs `rounds` rounds over the schedule in `w`, from `job[offset..]` (or the IV when null). */
function compressInto(
  job: Uint32Array | null,
  offset: number,
  rounds: number,
  dest: Int32Array,
): void {
  for (let t = 16; t < rounds; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    w[t] =
      ((((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)) +
        w[t - 7]! +
        (((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)) +
        w[t - 16]!) |
      0;
  }
  const iv = job === null ? SHA256_IV : null;
  const s0 = iv ? iv[0]! : job![offset]! | 0;
  const s1 = iv ? iv[1]! : job![offset + 1]! | 0;
  const s2 = iv ? iv[2]! : job![offset + 2]! | 0;
  const s3 = iv ? iv[3]! : job![offset + 3]! | 0;
  const s4 = iv ? iv[4]! : job![offset + 4]! | 0;
  const s5 = iv ? iv[5]! : job![offset + 5]! | 0;
  const s6 = iv ? iv[6]! : job![offset + 6]! | 0;
  const s7 = iv ? iv[7]! : job![offset + 7]! | 0;
  let a = s0,
    b = s1,
    c = s2,
    d = s3,
    e = s4,
    f = s5,
    g = s6,
    h = s7;
  for (let t = 0; t < rounds; t++) {
    const t1 =
      (h +
        (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) +
        ((e & f) ^ (~e & g)) +
        SHA256_K[t]! +
        w[t]!) |
      0;
    const t2 =
      ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) +
        ((a & b) ^ (a & c) ^ (b & c))) |
      0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  dest[0] = (s0 + a) | 0;
  dest[1] = (s1 + b) | 0;
  dest[2] = (s2 + c) | 0;
  dest[3] = (s3 + d) | 0;
  dest[4] = (s4 + e) | 0;
  dest[5] = (s5 + f) | 0;
  dest[6] = (s6 + g) | 0;
  dest[7] = (s7 + h) | 0;
}

/**
 * Scans `count` nonces from `startNonce` (wrapping is the caller's business: the range must stay
 * within 0..2^32-1). Writes every nonce whose hash <= target into `found` (up to its length)
 * and returns how many hits there were in total (which may exceed `found.length`).
 * `best` (BEST_WORDS long) holds the smallest hash seen so far as 8 numeric words, most
 * significant first, then its nonce; initialise it with 0xffffffff words to start fresh.
 */
export function scanNonces(
  job: Uint32Array,
  startNonce: number,
  count: number,
  found: Uint32Array,
  best: Uint32Array,
): number {
  const rounds = job[JOB_ROUNDS]!;
  if (rounds === 64) return scanNonces64(job, startNonce, count, found, best);
  let hits = 0;
  const end = startNonce + count;
  for (let n = startNonce; n < end; n++) {
    hashNonceInto(job, n >>> 0, rounds);
    // Bitcoin reads the digest as a little-endian number: its most significant word is the
    // byte-swapped last digest word.
    const top = bswap32(out[7]!);
    if (top <= best[0]!) recordIfBest(out, best, n);
    if (top <= job[JOB_TARGET]! && compareDigest(out, job, JOB_TARGET) <= 0) {
      if (hits < found.length) found[hits] = n >>> 0;
      hits++;
    }
  }
  return hits;
}

/**
 * SHA-256d of the job's header with the given nonce, as the 32 digest bytes in SHA-256 order
 * (Bitcoin's "internal" order; reverse them for the display order).
 */
export function hashForNonce(job: Uint32Array, nonce: number): Uint8Array {
  hashNonceInto(job, nonce >>> 0, job[JOB_ROUNDS]!);
  const bytes = new Uint8Array(32);
  for (let t = 0; t < 8; t++) {
    const v = out[t]!;
    bytes[4 * t] = v >>> 24;
    bytes[4 * t + 1] = (v >>> 16) & 0xff;
    bytes[4 * t + 2] = (v >>> 8) & 0xff;
    bytes[4 * t + 3] = v & 0xff;
  }
  return bytes;
}

/** A fresh best-hash record (worse than any hash). */
export function createBestRecord(): Uint32Array {
  return new Uint32Array(BEST_WORDS).fill(0xffffffff);
}
