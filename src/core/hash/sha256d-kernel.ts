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
 *
 * 64-round scans run, where WebAssembly SIMD works (Node 20, Chromium), the generated WASM SIMD
 * kernel (sha256d-wasm.ts, 4 nonces per i32x4 vector), and elsewhere the generated, fully
 * unrolled JS kernel (sha256d-unrolled.ts); both give the same hits, found nonces and best
 * record (the WASM kernel hands its rare candidates to the JS kernel; tested on random jobs
 * and all real headers). Single thread in Node 20 on this project's 2-core machine, each pair
 * measured interleaved in one run: the JS kernel did 1.8-2.2 M hashes/s against 0.9-1.2 M/s for
 * this file's loop, and the WASM kernel 5.3-5.7 M/s against the JS kernel's 2.0-2.2 M/s (the
 * benchmark, `npm run bench`, compares them in Chromium workers too). The loop stays as the
 * reference path and for round-reduced hashes. `setKernelPreference('js')` forces the JS
 * kernel on this thread (the tests use it to check both).
 */
import { SHA256_IV, SHA256_ROUNDS } from './sha256-constants';
import { assertRounds, compressBlock, readBlockWords, wordsToBytes } from './sha256-compress';
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
import { scanNonces64Wasm, wasmKernelAvailable } from './sha256d-wasm';

/** Which 64-round kernel `scanNonces` may use: 'auto' (WASM SIMD where it works) or 'js'. */
export type KernelPreference = 'auto' | 'js';
let preference: KernelPreference = 'auto';

/** Chooses the 64-round kernel for this thread (default 'auto'); 'js' forces the JS kernel. */
export function setKernelPreference(value: KernelPreference): void {
  preference = value;
}

/** The 64-round kernel that `scanNonces` uses on this thread now. */
export function activeKernel(): 'wasm' | 'js' {
  return preference === 'auto' && wasmKernelAvailable() ? 'wasm' : 'js';
}

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
const block = new Int32Array(16);
const out = new Int32Array(8);

/**
 * SHA-256d for one nonce into `out`, as eight digest words in SHA-256 order (big-endian words,
 * digest byte 0 first), with `rounds` rounds per compression. This is the reference path (and
 * the one for round-reduced hashes); 64-round scans take the unrolled kernel.
 */
function hashNonceInto(job: Uint32Array, nonce: number, rounds: number): void {
  // Second block of the header: 3 tail words, the nonce, the 0x80 pad bit, zeros, length 640.
  block.fill(0);
  block[0] = job[JOB_TAIL]!;
  block[1] = job[JOB_TAIL + 1]!;
  block[2] = job[JOB_TAIL + 2]!;
  block[3] = bswap32(nonce);
  block[4] = 0x80000000 | 0;
  block[15] = 640;
  for (let t = 0; t < 8; t++) out[t] = job[JOB_MIDSTATE + t]!;
  compressBlock(out, block, rounds);
  // Second SHA-256: the 32-byte digest, the pad bit, zeros, length 256.
  block.fill(0);
  block.set(out);
  block[8] = 0x80000000 | 0;
  block[15] = 256;
  out.set(SHA256_IV);
  compressBlock(out, block, rounds);
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
  if (rounds === 64) {
    return preference === 'auto' && wasmKernelAvailable()
      ? scanNonces64Wasm(job, startNonce, count, found, best)
      : scanNonces64(job, startNonce, count, found, best);
  }
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
  return wordsToBytes(out);
}

/** A fresh best-hash record (worse than any hash). */
export function createBestRecord(): Uint32Array {
  return new Uint32Array(BEST_WORDS).fill(0xffffffff);
}
