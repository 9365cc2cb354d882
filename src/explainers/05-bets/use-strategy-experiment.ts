/**
 * One strategy-experiment worker per widget, created on the first run (no worker exists before
 * the reader acts) and disposed on unmount. Tracks running / paused state and progress; a new
 * run or Stop makes the previous run's outcome 'cancelled'.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ExperimentClient,
  type ExperimentOutcome,
  type ExperimentWorkerLike,
} from '../../workers/experiment-client';
import type { StrategyJob, StrategyJobResult } from '../../workers/strategy-experiment-runner';

type Client = ExperimentClient<StrategyJob, StrategyJobResult>;

function createWorker(): ExperimentWorkerLike<StrategyJob, StrategyJobResult> {
  return new Worker(new URL('../../workers/strategy-experiment.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as ExperimentWorkerLike<StrategyJob, StrategyJobResult>;
}

export interface ExperimentProgress {
  done: number;
  total: number;
}

export function useStrategyExperiment() {
  const clientRef = useRef<Client | null>(null);
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

  const run = useCallback(
    async (job: StrategyJob): Promise<ExperimentOutcome<StrategyJobResult>> => {
      const client = (clientRef.current ??= new ExperimentClient(createWorker));
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
