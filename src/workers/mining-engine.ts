/**
 * The work a mining worker does, kept free of any worker API so that it runs the same inside a
 * Web Worker and inline (in Node tests, or where Worker is unavailable): build (and cache) the
 * job for a header and extra nonce, scan a nonce range with the kernel, report the hits and the
 * best hash.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  createBestRecord,
  createMiningJob,
  hashForNonce,
  scanNonces,
} from '../core/hash/sha256d-kernel';
import type { FromWorkerMessage, ScanRequest } from './mining-protocol';

const NONCE_SPACE = 2 ** 32;

let cachedKey = '';
let cachedJob: Uint32Array | null = null;

/** The header with its time field (bytes 68..71, little-endian) advanced by `extraNonce`. */
export function rollTimestamp(header: Uint8Array, extraNonce: number): Uint8Array {
  const rolled = header.slice();
  const view = new DataView(rolled.buffer, rolled.byteOffset, 80);
  view.setUint32(68, (view.getUint32(68, true) + extraNonce) >>> 0, true);
  return rolled;
}

function jobFor(request: ScanRequest): Uint32Array {
  // The run id alone is not a key: the inline engine is shared by every pool in a page or test.
  const key = `${request.runId}:${request.extraNonce}:${request.rounds}:${request.target}:${bytesToHex(request.header)}`;
  if (key !== cachedKey || cachedJob === null) {
    cachedJob = createMiningJob(
      rollTimestamp(request.header, request.extraNonce),
      request.target,
      request.rounds,
    );
    cachedKey = key;
  }
  return cachedJob;
}

function displayHex(internalDigest: Uint8Array): string {
  return bytesToHex(internalDigest.slice().reverse());
}

/** Scans the requested range; `now` is the clock (performance.now in a worker). */
export function runScan(request: ScanRequest, now: () => number): FromWorkerMessage {
  const started = now();
  try {
    const job = jobFor(request);
    const found = new Uint32Array(Math.max(0, request.maxHits));
    const best = createBestRecord();
    const hitNonces: number[] = [];
    let hitCount = 0;
    // A range that passes 2^32 - 1 wraps to 0: split it in two kernel calls.
    const start = request.startNonce >>> 0;
    const firstCount = Math.min(request.count, NONCE_SPACE - start);
    const parts: [number, number][] = [[start, firstCount]];
    if (firstCount < request.count) parts.push([0, request.count - firstCount]);
    for (const [from, count] of parts) {
      const hits = scanNonces(job, from, count, found, best);
      for (let i = 0; i < Math.min(hits, found.length); i++) {
        if (hitNonces.length < request.maxHits) hitNonces.push(found[i]!);
      }
      hitCount += hits;
    }
    let bestHashHex = '';
    for (let t = 0; t < 8; t++) bestHashHex += best[t]!.toString(16).padStart(8, '0');
    return {
      type: 'scanned',
      runId: request.runId,
      chunkId: request.chunkId,
      hitNonces,
      hitHashHex: hitNonces.map((nonce) => displayHex(hashForNonce(job, nonce))),
      hitCount,
      bestHashHex,
      bestNonce: best[8]!,
      hashes: request.count,
      elapsedMs: now() - started,
    };
  } catch (error) {
    return {
      type: 'error',
      runId: request.runId,
      chunkId: request.chunkId,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
