/**
 * State of the nonce-oracle run: one ExperimentClient over this chapter's worker. Nothing runs
 * until `start`; Stop terminates the worker at once (the run reports only when complete, so a
 * stopped run shows nothing new); the run pauses while the tab is hidden (the client does it).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createOracleClient } from '../../workers/oracle-experiment-client';
import type { OracleJob, OracleResult } from '../../workers/oracle-experiment-runner';

export type OracleStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'error';

export interface OracleState {
  status: OracleStatus;
  job: OracleJob | null;
  done: number;
  total: number;
  report: OracleResult | null;
  elapsedMs: number;
  errorMessage: string | null;
}

const INITIAL: OracleState = {
  status: 'idle',
  job: null,
  done: 0,
  total: 0,
  report: null,
  elapsedMs: 0,
  errorMessage: null,
};

export function useOracleExperiment() {
  const [state, setState] = useState<OracleState>(INITIAL);
  const clientRef = useRef<ReturnType<typeof createOracleClient> | null>(null);

  useEffect(() => () => clientRef.current?.dispose(), []);

  const start = useCallback((job: OracleJob) => {
    const client = (clientRef.current ??= createOracleClient());
    setState({ ...INITIAL, status: 'running', job });
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
            };
          }
          if (outcome.status === 'failed') {
            return { ...s, status: 'error', errorMessage: outcome.message };
          }
          return { ...s, status: 'stopped' };
        }),
      );
  }, []);

  // Stopped is set at once, so that Run is enabled when the focus is handed back to it.
  const stop = useCallback(() => {
    setState((s) =>
      s.status === 'running' || s.status === 'paused' ? { ...s, status: 'stopped' } : s,
    );
    clientRef.current?.cancel();
  }, []);

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
