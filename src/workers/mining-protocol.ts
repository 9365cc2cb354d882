/**
 * Messages between the mining pool (main thread) and its workers. Every message carries the
 * run id, so results of a stopped run are recognised and dropped.
 */

/** One range of nonces to scan: `count` nonces from `startNonce` (wrapping past 2^32 - 1). */
export interface ScanRequest {
  type: 'scan';
  runId: number;
  chunkId: number;
  /** The 80-byte header; its time field is advanced by `extraNonce` (the timestamp roll). */
  header: Uint8Array;
  target: bigint;
  rounds: number;
  extraNonce: number;
  startNonce: number;
  count: number;
  /** At most this many hit nonces are sent back (the count of hits is always exact). */
  maxHits: number;
}

export type ToWorkerMessage = ScanRequest;

export interface ScanResult {
  type: 'scanned';
  runId: number;
  chunkId: number;
  /** Nonces whose hash <= target, in scan order. */
  hitNonces: number[];
  /** Their hashes, display order hex. */
  hitHashHex: string[];
  hitCount: number;
  /** The smallest hash in the chunk, display order hex, and its nonce. */
  bestHashHex: string;
  bestNonce: number;
  hashes: number;
  elapsedMs: number;
}

export interface ScanError {
  type: 'error';
  runId: number;
  chunkId: number;
  message: string;
}

export type FromWorkerMessage = ScanResult | ScanError;
