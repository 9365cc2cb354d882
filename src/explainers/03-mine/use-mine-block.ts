/**
 * State of the "mine a block" widget: one MiningPool run per press of the button, until one
 * block is found (maxSolutions 1) or Stop. Each new run starts at the nonce after the last block
 * found, so pressing again mines the next, different block. Events of an earlier run are ignored,
 * so a quick Stop-Mine never mixes two runs. The last measured rate is kept for the estimate on
 * the button and for the scale ladder.
 */
import { useCallback, useReducer, useRef, useState } from 'react';
import { defaultWorkerCount, type MiningEvent } from '../../workers/mining-client';
import { useMiningPool } from '../../ui/use-mining-pool';
import type { MiningHeader } from './mining-header';

export type MineStatus = 'idle' | 'running' | 'paused' | 'stopped' | 'found' | 'error';

export interface FoundBlock {
  nonce: number;
  hashHex: string;
  headerHex: string;
  /** Tries a sequential scan needed from this run's start nonce. */
  tries: number;
  zeroBits: number;
  expectedHashes: number;
}

export interface MineState {
  status: MineStatus;
  zeroBits: number;
  expectedHashes: number;
  hashesDone: number;
  hashesPerSec: number;
  /** The last rate measured while running (0 until the first measurement). */
  measuredHashesPerSec: number;
  elapsedMs: number;
  workersInUse: number;
  found: FoundBlock[];
  errorMessage: string | null;
}

const INITIAL: MineState = {
  status: 'idle',
  zeroBits: 0,
  expectedHashes: 0,
  hashesDone: 0,
  hashesPerSec: 0,
  measuredHashesPerSec: 0,
  elapsedMs: 0,
  workersInUse: 0,
  found: [],
  errorMessage: null,
};

type Action =
  { type: 'start'; zeroBits: number; expectedHashes: number } | { type: 'clear' } | MiningEvent;

function reduce(state: MineState, action: Action): MineState {
  switch (action.type) {
    case 'start':
      return {
        ...state,
        status: 'running',
        zeroBits: action.zeroBits,
        expectedHashes: action.expectedHashes,
        hashesDone: 0,
        hashesPerSec: 0,
        elapsedMs: 0,
        errorMessage: null,
      };
    case 'clear':
      return { ...state, found: [] };
    case 'progress':
      return {
        ...state,
        hashesDone: action.hashesDone,
        hashesPerSec: action.hashesPerSec,
        measuredHashesPerSec:
          action.hashesPerSec > 0 && action.elapsedMs > 500
            ? action.hashesPerSec
            : state.measuredHashesPerSec,
        elapsedMs: action.elapsedMs,
        workersInUse: action.workerCount,
      };
    case 'solution':
      return {
        ...state,
        found: [
          {
            nonce: action.nonce,
            hashHex: action.hashHex,
            headerHex: action.headerHex,
            tries: action.hashesDone,
            zeroBits: state.zeroBits,
            expectedHashes: state.expectedHashes,
          },
          ...state.found,
        ],
      };
    case 'paused':
      return state.status === 'running' ? { ...state, status: 'paused' } : state;
    case 'resumed':
      return state.status === 'paused' ? { ...state, status: 'running' } : state;
    case 'done': {
      // A short run may end before the first steady rate: measure it from the whole run.
      const wholeRunRate =
        action.elapsedMs > 200 ? (action.hashesDone * 1000) / action.elapsedMs : 0;
      return {
        ...state,
        measuredHashesPerSec:
          state.measuredHashesPerSec > 0 ? state.measuredHashesPerSec : wholeRunRate,
        status:
          state.status === 'error' ? 'error' : action.reason === 'solutions' ? 'found' : 'stopped',
        hashesDone: action.hashesDone,
        elapsedMs: action.elapsedMs,
        workersInUse: 0,
      };
    }
    case 'error':
      return { ...state, status: 'error', errorMessage: action.message };
  }
}

export function useMineBlock() {
  const getPool = useMiningPool();
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const [workerCount, setWorkerCountState] = useState(defaultWorkerCount);
  const generation = useRef(0);
  const nextNonce = useRef(0);

  const start = useCallback(
    (job: MiningHeader) => {
      const pool = getPool();
      pool.setWorkerCount(workerCount);
      const run = ++generation.current;
      dispatch({ type: 'start', zeroBits: job.zeroBits, expectedHashes: job.expectedHashes });
      pool.start(
        {
          headerHex: job.headerHex,
          target: job.target,
          maxSolutions: 1,
          startNonce: nextNonce.current,
        },
        (event) => {
          if (run !== generation.current) return;
          if (event.type === 'solution') nextNonce.current = (event.nonce + 1) >>> 0;
          dispatch(event);
        },
      );
    },
    [getPool, workerCount],
  );

  const stop = useCallback(() => getPool().stop(), [getPool]);

  const clear = useCallback(() => {
    nextNonce.current = 0;
    dispatch({ type: 'clear' });
  }, []);

  const setWorkerCount = useCallback(
    (count: number) => {
      setWorkerCountState(count);
      getPool().setWorkerCount(count);
    },
    [getPool],
  );

  const active = state.status === 'running' || state.status === 'paused';
  return { state, active, workerCount, setWorkerCount, start, stop, clear };
}
