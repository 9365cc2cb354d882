/// <reference lib="webworker" />
/**
 * The body of every experiment worker file: wires a runner to the worker's messages. A
 * chapter's `x.worker.ts` is one line: `serveExperiment(runX)`.
 */
import { createExperimentEngine } from './experiment-engine';
import type { ExperimentRunner, ToExperimentMessage } from './experiment-protocol';

export function serveExperiment<Job, Result>(runner: ExperimentRunner<Job, Result>): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const engine = createExperimentEngine<Job, Result>(
    runner,
    (message) => scope.postMessage(message),
    () => performance.now(),
  );
  scope.onmessage = (event: MessageEvent<ToExperimentMessage<Job>>) => engine.receive(event.data);
}
