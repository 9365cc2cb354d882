/** The swarm-experiment worker of one widget (see src/ui/use-experiment-client.ts). */
import { useExperimentClient } from '../../ui/use-experiment-client';
import { createSwarmExperimentClient } from '../../workers/swarm-experiment-client';

export function useSwarmExperiment() {
  return useExperimentClient(createSwarmExperimentClient);
}
