/**
 * One experiment client per widget: created on the first run (no worker exists before the
 * reader acts), disposed with its worker on unmount. Tracks running / paused state and progress;
 * a new run or `cancel` makes the previous run's outcome 'cancelled'. Each chapter passes the
 * factory of its own client (Vite needs a literal worker URL per worker file).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExperimentClient, ExperimentOutcome } from '../workers/experiment-client';

export interface ExperimentProgress {
  done: number;
  total: number;
}

export function useExperimentClient<Job, Result>(
  createClient: () => ExperimentClient<Job, Result>,
) {
  const clientRef = useRef<ExperimentClient<Job, Result> | null>(null);
  const factory = useRef(createClient);
  const latest = useRef(0);
  const [running, setRunning] = useState(false);
  const [paused, setPaused] = useState(false);
  const [progress, setProgress] = useState<ExperimentProgress | null>(null);

  useEffect(() => {
    const onVisibility = () => setPaused(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, []);

  const run = useCallback(async (job: Job): Promise<ExperimentOutcome<Result>> => {
    const client = (clientRef.current ??= factory.current());
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
  }, []);

  const cancel = useCallback(() => clientRef.current?.cancel(), []);

  return { run, cancel, running, paused: running && paused, progress };
}
