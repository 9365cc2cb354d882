/**
 * One worker for the chapter, created on the first click and disposed on unmount; one section
 * runs at a time (a new run cancels the previous one). Pauses while the tab is hidden.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ExperimentClient,
  type ExperimentOutcome,
  type ExperimentWorkerLike,
} from '../../workers/experiment-client';
import type {
  GeometricJob,
  GeometricJobResult,
  GeometricSection,
} from '../../workers/geometric-experiment-runner';

type Worker2 = ExperimentWorkerLike<GeometricJob, GeometricJobResult>;

function createWorker(): Worker2 {
  return new Worker(new URL('../../workers/geometric-experiment.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as Worker2;
}

export function useGeometricExperiment() {
  const clientRef = useRef<ExperimentClient<GeometricJob, GeometricJobResult> | null>(null);
  const latest = useRef(0);
  const [running, setRunning] = useState<GeometricSection | null>(null);
  const [hidden, setHidden] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    const onVisibility = () => setHidden(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, []);

  const run = useCallback(
    async (job: GeometricJob): Promise<ExperimentOutcome<GeometricJobResult>> => {
      const client = (clientRef.current ??= new ExperimentClient(createWorker));
      const mine = ++latest.current;
      setRunning(job.section);
      setProgress({ done: 0, total: 1 });
      const outcome = await client.run(job, (done, total) => {
        if (latest.current === mine) setProgress({ done, total });
      });
      if (latest.current === mine) {
        setRunning(null);
        setProgress(null);
      }
      return outcome;
    },
    [],
  );

  const cancel = useCallback(() => clientRef.current?.cancel(), []);
  return { run, cancel, running, paused: running !== null && hidden, progress };
}
