/**
 * Layout of a SHA-256d mining job (one Uint32Array, so the hot loop takes typed state instead of
 * a closure) and the rare-path comparisons the kernels share. See `sha256d-kernel.ts`.
 */

/** 8 words: the chaining value after the first 64 header bytes (the midstate). */
export const JOB_MIDSTATE = 0;
/** 3 words: header bytes 64..75 (merkle root tail, time, bits) as big-endian words. */
export const JOB_TAIL = 8;
/** Rounds per compression (64 = real SHA-256). */
export const JOB_ROUNDS = 11;
/** 8 words: the target, most significant word first. */
export const JOB_TARGET = 12;
/** Length of a job array in 32-bit words. */
export const JOB_WORDS = 20;
/** Length of a best-hash record: 8 hash words (most significant first) + the nonce. */
export const BEST_WORDS = 9;

/** Byte-swaps a 32-bit word (returned unsigned). */
export function bswap32(v: number): number {
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}

/**
 * Compares a digest (8 SHA-256 words, digest byte 0 first) read as Bitcoin reads it, a
 * little-endian 256-bit number, with 8 words at `words[offset..]` (most significant first).
 * Returns -1, 0 or 1.
 */
export function compareDigest(digest: Int32Array, words: Uint32Array, offset: number): number {
  for (let t = 0; t < 8; t++) {
    const x = bswap32(digest[7 - t]!);
    const y = words[offset + t]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Stores `digest` and `nonce` in `best` when the digest is smaller than the record. */
export function recordIfBest(digest: Int32Array, best: Uint32Array, nonce: number): void {
  if (compareDigest(digest, best, 0) < 0) {
    for (let t = 0; t < 8; t++) best[t] = bswap32(digest[7 - t]!);
    best[8] = nonce >>> 0;
  }
}
