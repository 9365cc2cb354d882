/**
 * The CLI's mining worker thread: scans its nonce range in batches with the core kernel and
 * reports after every batch. Loaded through mine-worker.mjs, which registers tsx first
 * (worker threads do not inherit the parent's loader hooks).
 */
import { parentPort } from 'node:worker_threads';
import { createBestRecord, createMiningJob, scanNonces } from '../core/hash/sha256d-kernel';
import type { FromMinerWorker, StartMessage } from './mine-protocol';

const port = parentPort;
if (port === null) throw new Error('mine-worker.ts must run in a worker thread');

function post(message: FromMinerWorker): void {
  port!.postMessage(message);
}

port.on('message', (message: StartMessage) => {
  const job = createMiningJob(message.header, message.target);
  const found = new Uint32Array(1);
  const best = createBestRecord();
  for (let start = message.from; start < message.to; start += message.batchSize) {
    const count = Math.min(message.batchSize, message.to - start);
    const hits = scanNonces(job, start, count, found, best);
    if (hits > 0) {
      post({ type: 'found', epoch: message.epoch, nonce: found[0]!, hashes: count });
      return;
    }
    post({ type: 'progress', epoch: message.epoch, hashes: count });
  }
  post({ type: 'exhausted', epoch: message.epoch });
});
post({ type: 'ready' });
