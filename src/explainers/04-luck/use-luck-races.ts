/**
 * State of the luck races: one MiningPool run with maxSolutions = races; each solution's
 * `hashesDone` is a cumulative position, and the gaps between positions are the tries of each
 * race (see race-header.ts for why). Nothing runs until `start`; Stop keeps the races finished
 * so far. Events of an earlier run are ignored.
 */
import { useCallback, useReducer, useRef } from 'react';
import { useMiningPool } from '../../ui/use-mining-pool';
import type { MiningEvent } from '../../workers/mining-client';
import type { RaceJob } from './race-header';

export type RaceStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'error';

export interface RaceState {
  status: RaceStatus;
  job: RaceJob | null;
  /** Tries of each finished race, in order. */
  tries: number[];
  lastPosition: number;
  hashesDone: number;
  hashesPerSec: number;
  measuredHashesPerSec: number;
  errorMessage: string | null;
}

const INITIAL: RaceState = {
  status: 'idle',
  job: null,
  tries: [],
  lastPosition: 0,
  hashesDone: 0,
  hashesPerSec: 0,
  measuredHashesPerSec: 0,
  errorMessage: null,
};

type Action = { type: 'start'; job: RaceJob } | MiningEvent;

function reduce(state: RaceState, action: Action): RaceState {
  switch (action.type) {
    case 'start':
      return {
        ...INITIAL,
        status: 'running',
        job: action.job,
        measuredHashesPerSec: state.measuredHashesPerSec,
      };
    case 'solution':
      // Solutions arrive in scan order, so each gap is one race's tries.
      return {
        ...state,
        tries: [...state.tries, action.hashesDone - state.lastPosition],
        lastPosition: action.hashesDone,
      };
    case 'progress':
      return {
        ...state,
        hashesDone: action.hashesDone,
        hashesPerSec: action.hashesPerSec,
        measuredHashesPerSec:
          action.hashesPerSec > 0 && action.elapsedMs > 500
            ? action.hashesPerSec
            : state.measuredHashesPerSec,
      };
    case 'paused':
      return state.status === 'running' ? { ...state, status: 'paused' } : state;
    case 'resumed':
      return state.status === 'paused' ? { ...state, status: 'running' } : state;
    case 'done': {
      const wholeRunRate =
        action.elapsedMs > 200 ? (action.hashesDone * 1000) / action.elapsedMs : 0;
      return {
        ...state,
        status:
          state.status === 'error' ? 'error' : action.reason === 'solutions' ? 'done' : 'stopped',
        hashesDone: action.hashesDone,
        measuredHashesPerSec: state.measuredHashesPerSec || wholeRunRate,
      };
    }
    case 'error':
      return { ...state, status: 'error', errorMessage: action.message };
  }
}

export function useLuckRaces() {
  const getPool = useMiningPool();
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const generation = useRef(0);

  const start = useCallback(
    (job: RaceJob) => {
      const run = ++generation.current;
      dispatch({ type: 'start', job });
      getPool().start(
        {
          headerHex: job.headerHex,
          target: job.target,
          maxSolutions: job.races,
          startNonce: job.startNonce,
        },
        (event) => {
          if (run === generation.current) dispatch(event);
        },
      );
    },
    [getPool],
  );

  const stop = useCallback(() => getPool().stop(), [getPool]);
  const active = state.status === 'running' || state.status === 'paused';
  return { state, active, start, stop };
}
