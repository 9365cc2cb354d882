/// <reference lib="webworker" />
/**
 * A Chromium benchmark module worker: measures the kernels (WASM SIMD and JS), @noble/hashes
 * and the platform's
 * own SHA-256, `crypto.subtle.digest('SHA-256', ...)` twice per nonce. "platform" awaits each
 * nonce's double digest before the next (the honest per-nonce cost of the API);
 * "platform-pipelined" keeps 64 double digests in flight, the best case for an async API.
 */
import { startBenchThread } from '../bench-thread';
import { BATCH_NONCES, benchHeader, writeNonce } from '../implementations';
import type { BenchThreadMessage, MeasureRequest } from '../interleave';
import type { Implementation } from '../measure';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const PIPELINE_DEPTH = 64;

async function subtleSha256d(header: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', await crypto.subtle.digest('SHA-256', header));
}

/** (c) in the browser: one awaited double digest per nonce. */
function createSubtleImpl(): Implementation {
  const header = benchHeader();
  const view = new DataView(header.buffer);
  return {
    batchNonces: BATCH_NONCES.subtle,
    run: async (startNonce, count) => {
      for (let n = startNonce; n < startNonce + count; n++) {
        writeNonce(view, n);
        await subtleSha256d(header);
      }
    },
  };
}

/** The extra row: PIPELINE_DEPTH lanes, each awaiting its own nonces in turn. */
function createSubtlePipelinedImpl(): Implementation {
  const headers = Array.from({ length: PIPELINE_DEPTH }, () => benchHeader());
  return {
    batchNonces: BATCH_NONCES.subtlePipelined,
    run: async (startNonce, count) => {
      await Promise.all(
        headers.map(async (header, lane) => {
          const view = new DataView(header.buffer);
          for (let n = startNonce + lane; n < startNonce + count; n += PIPELINE_DEPTH) {
            writeNonce(view, n);
            await subtleSha256d(header);
          }
        }),
      );
    },
  };
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

const handle = startBenchThread(
  {
    impls: { platform: createSubtleImpl(), 'platform-pipelined': createSubtlePipelinedImpl() },
    hashHex: async (nonce) => {
      const header = benchHeader();
      writeNonce(new DataView(header.buffer), nonce);
      return toHex(await subtleSha256d(header));
    },
  },
  (message: BenchThreadMessage) => scope.postMessage(message),
);
scope.onmessage = (event: MessageEvent<MeasureRequest>) => handle(event.data);
