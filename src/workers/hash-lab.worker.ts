/// <reference lib="webworker" />
/**
 * Thin Web Worker shell over `hash-lab-engine.ts`: one job per message, progress and the result
 * posted back. Cancelling is done by the client terminating the worker.
 */
import { runHashLabJob } from './hash-lab-engine';
import type { ToHashLabMessage } from './hash-lab-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ToHashLabMessage>) => {
  void runHashLabJob(
    event.data,
    (message) => scope.postMessage(message),
    () => performance.now(),
  );
};
