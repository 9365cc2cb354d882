/// <reference lib="webworker" />
/**
 * Thin Web Worker shell over `mining-engine.ts`: one message in, one message out. It makes no
 * network request and holds no state beyond the engine's job cache.
 */
import { runScan } from './mining-engine';
import type { ToWorkerMessage } from './mining-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ToWorkerMessage>) => {
  scope.postMessage(runScan(event.data, () => performance.now()));
};
