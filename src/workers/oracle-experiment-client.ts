/**
 * The page's handle on the nonce-oracle worker: an ExperimentClient whose factory names this
 * chapter's worker file literally (so Vite bundles it), or runs the experiment inline where
 * `Worker` is missing (Node tests).
 */
import {
  ExperimentClient,
  InlineExperimentWorker,
  type ExperimentWorkerLike,
} from './experiment-client';
import { runOracleJob, type OracleJob, type OracleResult } from './oracle-experiment-runner';

type OracleWorker = ExperimentWorkerLike<OracleJob, OracleResult>;

export function createOracleClient(): ExperimentClient<OracleJob, OracleResult> {
  return new ExperimentClient<OracleJob, OracleResult>(() =>
    typeof Worker === 'undefined'
      ? new InlineExperimentWorker(runOracleJob)
      : (new Worker(new URL('./oracle-experiment.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as OracleWorker),
  );
}
