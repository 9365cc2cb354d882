/**
 * Messages between the CLI miner (main thread) and its worker threads. Every message carries
 * the epoch (how many times the timestamp has been rolled), so a late message about an old
 * header is recognised.
 */

/** Scan nonces `from` (inclusive) to `to` (exclusive) of `header` for a hash <= target. */
export interface StartMessage {
  type: 'start';
  epoch: number;
  /** The 80-byte header with the epoch's time; its nonce field is ignored. */
  header: Uint8Array;
  target: bigint;
  from: number;
  to: number;
  batchSize: number;
}

/** A batch without a hit is done: `hashes` more were computed. */
export interface ProgressMessage {
  type: 'progress';
  epoch: number;
  hashes: number;
}

/** A batch found a hit: the lowest such nonce in the batch, and the batch's hash count. */
export interface FoundMessage {
  type: 'found';
  epoch: number;
  nonce: number;
  hashes: number;
}

/** The whole range was scanned without a hit. */
export interface ExhaustedMessage {
  type: 'exhausted';
  epoch: number;
}

/** The worker has loaded and waits for work. */
export interface ReadyMessage {
  type: 'ready';
}

/** Every message a mining worker sends. */
export type FromMinerWorker = ReadyMessage | ProgressMessage | FoundMessage | ExhaustedMessage;
