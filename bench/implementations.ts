/**
 * The hashing implementations that every benchmark context can build by itself (pure
 * TypeScript and WebAssembly, no platform API): (a) the project's 64-round mining kernels from
 * src/core/hash, the WASM SIMD kernel and the unrolled JS kernel (each called directly, so both
 * are measured whatever `scanNonces` would pick), and (b) the naive per-nonce
 * `sha256(sha256(header))` with @noble/hashes. The platform's own SHA-256 is added by each
 * context (node:crypto in Node, crypto.subtle in the browser).
 *
 * Every implementation hashes the same header: the Bitcoin genesis block header, nonce varied.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { createBestRecord, createMiningJob, hashForNonce } from '../src/core/hash/sha256d-kernel';
import { scanNonces64 } from '../src/core/hash/sha256d-unrolled';
import {
  scanNonces64Wasm,
  wasmFilterCandidates,
  wasmKernelAvailable,
} from '../src/core/hash/sha256d-wasm';
import type { Implementation } from './measure';

/**
 * Names of the measured implementations: the WASM SIMD kernel, the JS kernel, noble, the
 * platform's SHA-256; `platform-pipelined` exists in the browser only.
 */
export type ImplName = 'wasm' | 'kernel' | 'noble' | 'platform' | 'platform-pipelined';

/**
 * Batch sizes in nonces: long enough to hide the per-batch overhead, far shorter than a timed
 * window (about 65 ms for the kernels at 2 MH/s, 40 ms for noble at 0.1 MH/s, 5 ms for subtle).
 */
export const BATCH_NONCES = {
  wasm: 131_072,
  kernel: 65_536,
  noble: 4_096,
  nodeCrypto: 4_096,
  subtle: 256,
  subtlePipelined: 1_024,
} as const;

/** The 80-byte Bitcoin genesis block header (its nonce field is overwritten per nonce). */
export const BENCH_HEADER_HEX =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';

/** A fresh copy of the benchmark header. */
export function benchHeader(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(hexToBytes(BENCH_HEADER_HEX));
}

/** Writes the nonce (little-endian uint32 at bytes 76..79) into a header in place. */
export function writeNonce(view: DataView, nonce: number): void {
  view.setUint32(76, nonce, true);
}

/**
 * (a) The JS kernel (`scanNonces64`, the generated unrolled loop): one job, target 0 (never
 * hits, so only hashing is measured), one call per batch of nonces.
 */
export function createKernelImpl(): Implementation {
  const job = createMiningJob(benchHeader(), 0n);
  const found = new Uint32Array(1);
  const best = createBestRecord();
  return {
    batchNonces: BATCH_NONCES.kernel,
    run: (startNonce, count) => {
      scanNonces64(job, startNonce, count, found, best);
    },
  };
}

/** (a) The WASM SIMD kernel (`scanNonces64Wasm`), set up exactly as the JS kernel above. */
export function createWasmImpl(): Implementation {
  if (!wasmKernelAvailable()) throw new Error('WebAssembly SIMD is not available here');
  const job = createMiningJob(benchHeader(), 0n);
  const found = new Uint32Array(1);
  const best = createBestRecord();
  return {
    batchNonces: BATCH_NONCES.wasm,
    run: (startNonce, count) => {
      scanNonces64Wasm(job, startNonce, count, found, best);
    },
  };
}

/** (b) @noble/hashes, naive: `sha256(sha256(header))` per nonce, as an app would write it. */
export function createNobleImpl(): Implementation {
  const header = benchHeader();
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  let sink = 0;
  return {
    batchNonces: BATCH_NONCES.noble,
    run: (startNonce, count) => {
      for (let n = startNonce; n < startNonce + count; n++) {
        writeNonce(view, n);
        sink ^= sha256(sha256(header))[0]!;
      }
      // Keeps the result observable so that no engine can drop the work.
      if (sink === 256) throw new Error('unreachable');
    },
  };
}

/** SHA-256d of the benchmark header with `nonce`, by @noble/hashes, as hex (the reference). */
export function referenceHashHex(nonce: number): string {
  const header = benchHeader();
  writeNonce(new DataView(header.buffer), nonce);
  return bytesToHex(sha256(sha256(header)));
}

/** Nonces used to check the implementations against each other before timing them. */
export const CHECK_NONCES = [0, 1, 2_083_236_893, 0xffffffff];

/**
 * Throws unless the kernels agree with @noble/hashes for the check nonces: the JS kernel's
 * SHA-256d and best record, and the WASM filter's top word (the one digest word it computes).
 */
export function assertKernelAgrees(): void {
  const job = createMiningJob(benchHeader(), 0n);
  for (const nonce of CHECK_NONCES) {
    const got = bytesToHex(hashForNonce(job, nonce));
    const want = referenceHashHex(nonce);
    if (got !== want) throw new Error(`kernel disagrees at nonce ${nonce}: ${got} != ${want}`);
    const best = createBestRecord();
    scanNonces64(job, nonce, 1, new Uint32Array(1), best);
    const bestHex = Array.from(best.subarray(0, 8), (w) => w.toString(16).padStart(8, '0'));
    const wantDisplay = bytesToHex(hexToBytes(want).reverse());
    if (bestHex.join('') !== wantDisplay) throw new Error(`JS kernel disagrees at ${nonce}`);
    if (wasmKernelAvailable()) {
      const top = parseInt(wantDisplay.slice(0, 8), 16);
      const passes = wasmFilterCandidates(job, nonce, 1, top, 0).length === 1;
      const stops = top === 0 || wasmFilterCandidates(job, nonce, 1, top - 1, 0).length === 0;
      if (!passes || !stops) throw new Error(`WASM kernel disagrees at nonce ${nonce}`);
    }
  }
}

/** Throws unless `hashHex(nonce)` (a platform implementation) equals @noble/hashes'. */
export async function assertPlatformAgrees(
  hashHex: (nonce: number) => string | Promise<string>,
): Promise<void> {
  for (const nonce of CHECK_NONCES) {
    const got = await hashHex(nonce);
    const want = referenceHashHex(nonce);
    if (got !== want) throw new Error(`platform disagrees at nonce ${nonce}: ${got} != ${want}`);
  }
}
