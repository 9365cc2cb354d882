/**
 * The swarm chapter's experiment worker client; the factory names the worker file literally so
 * that Vite bundles it, or runs the jobs inline where `Worker` is missing (Node tests).
 */
import {
  ExperimentClient,
  InlineExperimentWorker,
  type ExperimentWorkerLike,
} from './experiment-client';
import { runSwarmJob, type SwarmJob, type SwarmJobResult } from './swarm-experiment-runner';

type SwarmWorker = ExperimentWorkerLike<SwarmJob, SwarmJobResult>;

export function createSwarmExperimentClient(): ExperimentClient<SwarmJob, SwarmJobResult> {
  return new ExperimentClient<SwarmJob, SwarmJobResult>(() =>
    typeof Worker === 'undefined'
      ? new InlineExperimentWorker(runSwarmJob)
      : (new Worker(new URL('./swarm-experiment.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as SwarmWorker),
  );
}
