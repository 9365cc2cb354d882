/**
 * A Node benchmark worker thread: measures the kernel, @noble/hashes and node:crypto
 * (`createHash('sha256')` twice per nonce, the platform's own SHA-256 as an app would call it)
 * on request. Loaded through node-bench-worker.mjs, which registers tsx first (worker threads do
 * not inherit the parent's loader hooks).
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { startBenchThread } from './bench-thread';
import { BATCH_NONCES, benchHeader, writeNonce } from './implementations';
import type { BenchThreadMessage, MeasureRequest } from './interleave';
import type { Implementation } from './measure';

const port = parentPort;
if (port === null) throw new Error('node-bench-worker.ts must run in a worker thread');

function nodeSha256d(header: Uint8Array): Buffer {
  return createHash('sha256').update(createHash('sha256').update(header).digest()).digest();
}

/** (c) in Node: node:crypto per nonce. */
function createNodeCryptoImpl(): Implementation {
  const header = benchHeader();
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  let sink = 0;
  return {
    batchNonces: BATCH_NONCES.nodeCrypto,
    run: (startNonce, count) => {
      for (let n = startNonce; n < startNonce + count; n++) {
        writeNonce(view, n);
        sink ^= nodeSha256d(header)[0]!;
      }
      if (sink === 256) throw new Error('unreachable');
    },
  };
}

const handle = startBenchThread(
  {
    impls: { platform: createNodeCryptoImpl() },
    hashHex: (nonce) => {
      const header = benchHeader();
      writeNonce(new DataView(header.buffer), nonce);
      return nodeSha256d(header).toString('hex');
    },
  },
  (message: BenchThreadMessage) => port.postMessage(message),
);
port.on('message', (request: MeasureRequest) => handle(request));
