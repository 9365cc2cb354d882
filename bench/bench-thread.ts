/**
 * The thread side of the benchmark protocol, shared by Node worker threads and browser module
 * workers: check the implementations against @noble/hashes, say `ready`, then serve `measure`
 * requests one at a time (never two measurements at once on one thread). Pure: the context
 * passes in its own platform implementation and its `postMessage`.
 */
import {
  assertKernelAgrees,
  assertPlatformAgrees,
  createKernelImpl,
  createNobleImpl,
  createWasmImpl,
  type ImplName,
} from './implementations';
import type { BenchThreadMessage, MeasureRequest } from './interleave';
import { measure, type Implementation } from './measure';

/** What a context adds: its platform SHA-256 implementation(s) and a one-nonce hash for checks. */
export interface PlatformImpls {
  impls: Partial<Record<ImplName, Implementation>>;
  hashHex: (nonce: number) => string | Promise<string>;
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Returns the message handler (attach it at once) and starts the self-checks, which post
 * `ready` or an `error`. Requests queue behind the checks and run strictly one after another.
 */
export function startBenchThread(
  platform: PlatformImpls,
  post: (message: BenchThreadMessage) => void,
): (request: MeasureRequest) => void {
  let impls: Partial<Record<ImplName, Implementation>> = {};
  let queue = (async () => {
    try {
      assertKernelAgrees();
      await assertPlatformAgrees(platform.hashHex);
      impls = {
        wasm: createWasmImpl(),
        kernel: createKernelImpl(),
        noble: createNobleImpl(),
        ...platform.impls,
      };
      post({ type: 'ready' });
    } catch (error) {
      post({ type: 'error', message: errorText(error) });
    }
  })();
  return (request) => {
    queue = queue.then(async () => {
      const impl = impls[request.impl];
      if (!impl) {
        post({ type: 'error', id: request.id, message: `no implementation '${request.impl}'` });
        return;
      }
      try {
        const measurement = await measure(impl, request);
        post({ type: 'result', id: request.id, measurement });
      } catch (error) {
        post({ type: 'error', id: request.id, message: errorText(error) });
      }
    });
  };
}
