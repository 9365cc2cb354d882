/**
 * One improvement-experiment worker per widget, created on the first run and disposed on unmount;
 * tracks running / paused state and progress.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExperimentClient, ExperimentOutcome } from '../../workers/experiment-client';
import { createImprovementExperimentClient } from '../../workers/improvement-experiment-client';
import type {
  ImprovementJob,
  ImprovementJobResult,
} from '../../workers/improvement-experiment-runner';

export function useImprovementExperiment() {
  const clientRef = useRef<ExperimentClient<ImprovementJob, ImprovementJobResult> | null>(null);
  const latest = useRef(0);
  const [running, setRunning] = useState(false);
  const [paused, setPaused] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    const onVisibility = () => setPaused(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, []);

  const run = useCallback(
    async (job: ImprovementJob): Promise<ExperimentOutcome<ImprovementJobResult>> => {
      const client = (clientRef.current ??= createImprovementExperimentClient());
      const mine = ++latest.current;
      setRunning(true);
      setProgress({ done: 0, total: 1 });
      const outcome = await client.run(job, (done, total) => {
        if (latest.current === mine) setProgress({ done, total });
      });
      if (latest.current === mine) {
        setRunning(false);
        setProgress(null);
      }
      return outcome;
    },
    [],
  );

  const cancel = useCallback(() => clientRef.current?.cancel(), []);
  return { run, cancel, running, paused: running && paused, progress };
}
