/**
 * One hash-lab worker client per widget: created on the first run (no worker exists before the
 * reader acts), disposed with its worker on unmount. Tracks running state and progress; a new
 * run or Cancel makes the previous run's outcome 'cancelled'.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { HashLabClient, type HashLabOutcome } from '../../workers/hash-lab-client';
import type { HashLabJob } from '../../workers/hash-lab-protocol';

export interface LabProgress {
  done: number;
  total: number;
}

export function useHashLab() {
  const clientRef = useRef<HashLabClient | null>(null);
  const latestRun = useRef(0);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<LabProgress | null>(null);

  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const run = useCallback(async (job: HashLabJob, total: number): Promise<HashLabOutcome> => {
    const client = (clientRef.current ??= new HashLabClient());
    const mine = ++latestRun.current;
    setRunning(true);
    setProgress({ done: 0, total });
    const outcome = await client.run(job, (done, reportedTotal) => {
      if (latestRun.current === mine) setProgress({ done, total: reportedTotal });
    });
    if (latestRun.current === mine) {
      setRunning(false);
      setProgress(null);
    }
    return outcome;
  }, []);

  const cancel = useCallback(() => clientRef.current?.cancel(), []);

  return { run, cancel, running, progress };
}

/**
 * What to tell the reader about a run that did not finish: the cancel text, or the message of
 * an internal failure; null for a finished run (and for bad input, which is shown inline).
 */
export function unfinishedNote(outcome: HashLabOutcome, cancelledText: string): string | null {
  if (outcome.status === 'cancelled') return cancelledText;
  if (outcome.status === 'failed' && outcome.failure.reason === 'internal') {
    return outcome.failure.message;
  }
  return null;
}
