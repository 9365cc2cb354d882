/**
 * The page's handle on the round-control worker: an ExperimentClient whose factory names this
 * chapter's worker file literally (so Vite bundles it), or runs the sweep inline where `Worker`
 * is missing (Node tests).
 */
import {
  ExperimentClient,
  InlineExperimentWorker,
  type ExperimentWorkerLike,
} from './experiment-client';
import {
  runRoundControlJob,
  type RoundControlJob,
  type RoundControlResult,
} from './round-control-runner';

type RoundControlWorker = ExperimentWorkerLike<RoundControlJob, RoundControlResult>;

export function createRoundControlClient(): ExperimentClient<RoundControlJob, RoundControlResult> {
  return new ExperimentClient<RoundControlJob, RoundControlResult>(() =>
    typeof Worker === 'undefined'
      ? new InlineExperimentWorker(runRoundControlJob)
      : (new Worker(new URL('./round-control.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as RoundControlWorker),
  );
}
