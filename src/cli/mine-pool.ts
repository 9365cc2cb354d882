/**
 * The CLI miner: K Node worker threads look for a nonce that gives a header's SHA-256d at
 * least N leading zero bits (hash <= 2^(256 - N) - 1).
 *
 * Worker i of K scans the disjoint nonce range [i * chunk, (i + 1) * chunk), chunk =
 * ceil(2^32 / K), in batches, reporting after each batch. The first hit stops every worker.
 * If all 2^32 nonces fail, the header's time is advanced by one second (a new header, so new
 * hashes) and the search goes on: it never gives up silently. The hit is re-hashed with
 * @noble/hashes on the main thread before it is reported.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { headerHashInternal, parseHeader, setNonce, setTime } from '../core/hash/block-header';
import { internalToDisplayHex } from '../core/hash/hash-order';
import { hashLeadingZeroBits } from '../core/hash/leading-zero-bits';
import { targetFromLeadingZeroBits } from '../core/hash/target';
import type { FromMinerWorker, StartMessage } from './mine-protocol';

/** Nonces per kernel call between reports: about 65 ms at 1 M hashes/s. */
export const DEFAULT_BATCH_SIZE = 65_536;
const NONCE_SPACE = 2 ** 32;

/** What to mine, and how. */
export interface MineOptions {
  /** The 80-byte header; its nonce is ignored and its time is where the search starts. */
  header: Uint8Array;
  /** Leading zero bits wanted (0..256). */
  zeroBits: number;
  /** Number of worker threads. */
  workers: number;
  batchSize?: number;
  /** Nonces per timestamp (2^32); tests shrink it to reach the timestamp roll quickly. */
  nonceSpace?: number;
  /** Called after every reported batch with the hashes so far and the search time. */
  onProgress?: (hashes: number, elapsedMs: number) => void;
}

/** The first hit, re-hashed with @noble/hashes, and what it took to find it. */
export interface MineResult {
  nonce: number;
  /** The header time of the hit: the input's time plus `timeRolls` (mod 2^32). */
  time: number;
  timeRolls: number;
  /** The solved 80-byte header (time and nonce set). */
  header: Uint8Array;
  hashDisplayHex: string;
  leadingZeroBits: number;
  /** Hashes computed in the batches that were reported (the hit's batch included). */
  hashesTried: number;
  /** Search time, from handing out the work to the hit (thread start-up excluded). */
  elapsedMs: number;
  /** Time to start the worker threads and load the kernel in each. */
  startupMs: number;
  hashesPerSec: number;
  workers: number;
}

/** Runs the search; resolves with the first hit, rejects if a worker fails. */
export function mine(options: MineOptions): Promise<MineResult> {
  const { header, zeroBits, workers: count } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const nonceSpace = options.nonceSpace ?? NONCE_SPACE;
  const target = targetFromLeadingZeroBits(zeroBits);
  const baseTime = parseHeader(header).time;
  const chunk = Math.ceil(nonceSpace / count);
  const created = performance.now();
  let searchStarted = 0;
  let ready = 0;
  let epoch = 0;
  let exhausted = 0;
  let hashes = 0;
  let settled = false;

  return new Promise<MineResult>((resolve, reject) => {
    const workerUrl = new URL('./mine-worker.mjs', import.meta.url);
    const workers = Array.from({ length: count }, () => new Worker(workerUrl));

    function settle(action: () => void): void {
      if (settled) return;
      settled = true;
      void Promise.all(workers.map((worker) => worker.terminate())).then(action, action);
    }

    function timeOf(rolls: number): number {
      return (baseTime + rolls) % NONCE_SPACE;
    }

    function startEpoch(): void {
      exhausted = 0;
      const epochHeader = setTime(header, timeOf(epoch));
      workers.forEach((worker, i) => {
        const message: StartMessage = {
          type: 'start',
          epoch,
          header: epochHeader,
          target,
          from: Math.min(i * chunk, nonceSpace),
          to: Math.min((i + 1) * chunk, nonceSpace),
          batchSize,
        };
        worker.postMessage(message);
      });
    }

    function onFound(nonce: number): void {
      const elapsedMs = performance.now() - searchStarted;
      const solved = setNonce(setTime(header, timeOf(epoch)), nonce);
      const hashDisplayHex = internalToDisplayHex(headerHashInternal(solved));
      const leadingZeroBits = hashLeadingZeroBits(hashDisplayHex);
      if (leadingZeroBits < zeroBits) {
        settle(() => reject(new Error(`kernel reported nonce ${nonce}, but its hash misses`)));
        return;
      }
      const result: MineResult = {
        nonce,
        time: timeOf(epoch),
        timeRolls: epoch,
        header: solved,
        hashDisplayHex,
        leadingZeroBits,
        hashesTried: hashes,
        elapsedMs,
        startupMs: searchStarted - created,
        hashesPerSec: elapsedMs > 0 ? (hashes / elapsedMs) * 1000 : 0,
        workers: count,
      };
      settle(() => resolve(result));
    }

    for (const worker of workers) {
      worker.on('message', (message: FromMinerWorker) => {
        if (settled) return;
        if (message.type === 'ready') {
          if (++ready === count) {
            searchStarted = performance.now();
            startEpoch();
          }
          return;
        }
        if (message.epoch !== epoch) return;
        if (message.type === 'exhausted') {
          if (++exhausted === count) {
            epoch++;
            startEpoch();
          }
          return;
        }
        hashes += message.hashes;
        if (message.type === 'found') onFound(message.nonce);
        else options.onProgress?.(hashes, performance.now() - searchStarted);
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) => {
        settle(() => reject(new Error(`a mining worker stopped early (exit code ${code})`)));
      });
    }
  });
}
