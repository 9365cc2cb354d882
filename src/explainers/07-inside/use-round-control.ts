/**
 * State of the round-control sweep: one ExperimentClient over this chapter's worker. Nothing
 * runs until `start`; Stop terminates the worker at once (the sweep reports only when complete,
 * so a stopped run shows nothing new); the run pauses while the tab is hidden (the client does
 * it). The measured hashes per second of the last run give the next button its time estimate.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoundControlClient } from '../../workers/round-control-client';
import type { RoundControlJob, RoundControlResult } from '../../workers/round-control-runner';

export type SweepStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'error';

export interface SweepState {
  status: SweepStatus;
  job: RoundControlJob | null;
  done: number;
  total: number;
  report: RoundControlResult | null;
  elapsedMs: number;
  hashesPerSec: number;
  errorMessage: string | null;
}

const INITIAL: SweepState = {
  status: 'idle',
  job: null,
  done: 0,
  total: 0,
  report: null,
  elapsedMs: 0,
  hashesPerSec: 0,
  errorMessage: null,
};

export function useRoundControl() {
  const [state, setState] = useState<SweepState>(INITIAL);
  const clientRef = useRef<ReturnType<typeof createRoundControlClient> | null>(null);

  useEffect(() => () => clientRef.current?.dispose(), []);

  const start = useCallback((job: RoundControlJob) => {
    const client = (clientRef.current ??= createRoundControlClient());
    setState((s) => ({ ...INITIAL, status: 'running', job, hashesPerSec: s.hashesPerSec }));
    void client
      .run(job, (done, total) =>
        setState((s) =>
          s.job === job ? { ...s, done, total, status: client.paused ? 'paused' : 'running' } : s,
        ),
      )
      .then((outcome) =>
        setState((s) => {
          if (s.job !== job) return s;
          if (outcome.status === 'done') {
            return {
              ...s,
              status: 'done',
              report: outcome.result,
              done: s.total,
              elapsedMs: outcome.elapsedMs,
              hashesPerSec: (outcome.result.hashesDone * 1000) / Math.max(1, outcome.elapsedMs),
            };
          }
          if (outcome.status === 'failed') {
            return { ...s, status: 'error', errorMessage: outcome.message };
          }
          return { ...s, status: 'stopped' };
        }),
      );
  }, []);

  // Stopped is set at once (not when the cancelled promise settles), so that Run is enabled
  // when StartStopButtons hands the focus back to it.
  const stop = useCallback(() => {
    setState((s) =>
      s.status === 'running' || s.status === 'paused' ? { ...s, status: 'stopped' } : s,
    );
    clientRef.current?.cancel();
  }, []);

  // The client pauses on its own while hidden; mirror that in the status line.
  useEffect(() => {
    const onVisibility = () =>
      setState((s) =>
        s.status === 'running' && document.visibilityState === 'hidden'
          ? { ...s, status: 'paused' }
          : s.status === 'paused' && document.visibilityState === 'visible'
            ? { ...s, status: 'running' }
            : s,
      );
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  const active = state.status === 'running' || state.status === 'paused';
  return { state, active, start, stop };
}
