/**
 * The Proof of Improvement chapter's experiment worker client; the factory names the worker
 * file literally so that Vite bundles it, or runs the jobs inline where `Worker` is missing.
 */
import {
  ExperimentClient,
  InlineExperimentWorker,
  type ExperimentWorkerLike,
} from './experiment-client';
import {
  runImprovementJob,
  type ImprovementJob,
  type ImprovementJobResult,
} from './improvement-experiment-runner';

type ImprovementWorker = ExperimentWorkerLike<ImprovementJob, ImprovementJobResult>;

export function createImprovementExperimentClient(): ExperimentClient<
  ImprovementJob,
  ImprovementJobResult
> {
  return new ExperimentClient<ImprovementJob, ImprovementJobResult>(() =>
    typeof Worker === 'undefined'
      ? new InlineExperimentWorker(runImprovementJob)
      : (new Worker(new URL('./improvement-experiment.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as ImprovementWorker),
  );
}
