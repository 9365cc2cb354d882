/**
 * The client of the clean evaluation worker: the shared ExperimentClient (run, cancel, pause
 * while hidden, dispose) with this chapter's worker, or the runner inline where there is no
 * Worker (Node tests).
 */
import {
  ExperimentClient,
  InlineExperimentWorker,
  type ExperimentWorkerLike,
} from './experiment-client';
import {
  runPredictorJob,
  type PredictorJob,
  type PredictorJobResult,
} from './predictor-experiment-runner';

export type PredictorExperimentClient = ExperimentClient<PredictorJob, PredictorJobResult>;

export function createPredictorExperimentClient(): PredictorExperimentClient {
  return new ExperimentClient<PredictorJob, PredictorJobResult>(() =>
    typeof Worker === 'undefined'
      ? new InlineExperimentWorker<PredictorJob, PredictorJobResult>((job, control) =>
          runPredictorJob(job, control),
        )
      : (new Worker(new URL('./predictor-experiment.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as ExperimentWorkerLike<PredictorJob, PredictorJobResult>),
  );
}
