/** The improvement-experiment worker of one widget (see src/ui/use-experiment-client.ts). */
import { useExperimentClient } from '../../ui/use-experiment-client';
import { createImprovementExperimentClient } from '../../workers/improvement-experiment-client';

export function useImprovementExperiment() {
  return useExperimentClient(createImprovementExperimentClient);
}
