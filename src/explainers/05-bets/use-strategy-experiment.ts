/** The strategy-experiment worker of one widget (see src/ui/use-experiment-client.ts). */
import { useExperimentClient } from '../../ui/use-experiment-client';
import { ExperimentClient, type ExperimentWorkerLike } from '../../workers/experiment-client';
import type { StrategyJob, StrategyJobResult } from '../../workers/strategy-experiment-runner';

function createClient(): ExperimentClient<StrategyJob, StrategyJobResult> {
  return new ExperimentClient(
    () =>
      new Worker(new URL('../../workers/strategy-experiment.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as ExperimentWorkerLike<StrategyJob, StrategyJobResult>,
  );
}

export function useStrategyExperiment() {
  return useExperimentClient(createClient);
}
