/** The chapter's experiment worker (see src/ui/use-experiment-client.ts). */
import { useExperimentClient } from '../../ui/use-experiment-client';
import { ExperimentClient, type ExperimentWorkerLike } from '../../workers/experiment-client';
import type { RealNoncesJob, RealNoncesResult } from '../../workers/real-nonces-experiment-runner';

function createClient(): ExperimentClient<RealNoncesJob, RealNoncesResult> {
  return new ExperimentClient(
    () =>
      new Worker(new URL('../../workers/real-nonces-experiment.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as ExperimentWorkerLike<RealNoncesJob, RealNoncesResult>,
  );
}

export function useRealNoncesExperiment() {
  return useExperimentClient(createClient);
}
