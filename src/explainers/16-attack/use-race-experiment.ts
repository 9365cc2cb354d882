/**
 * The race simulation's worker client; the factory names the worker file literally so that Vite
 * bundles it, or runs the job inline where `Worker` is missing.
 */
import type { RaceSimulation } from '../../core/attack/race-sim';
import { useExperimentClient } from '../../ui/use-experiment-client';
import {
  ExperimentClient,
  InlineExperimentWorker,
  type ExperimentWorkerLike,
} from '../../workers/experiment-client';
import { runRaceJob, type RaceJob } from './race-runner';

function createRaceClient(): ExperimentClient<RaceJob, RaceSimulation> {
  return new ExperimentClient<RaceJob, RaceSimulation>(() =>
    typeof Worker === 'undefined'
      ? new InlineExperimentWorker(runRaceJob)
      : (new Worker(new URL('./race.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as ExperimentWorkerLike<RaceJob, RaceSimulation>),
  );
}

export function useRaceExperiment() {
  return useExperimentClient(createRaceClient);
}
