/**
 * State of the home page's speed demo: it hashes the genesis header against an impossible target
 * (0), so the pool never finds a solution and runs until Stop. Events of an earlier run are
 * ignored, so a quick Stop-Start never mixes two runs' numbers.
 */
import { useCallback, useReducer, useRef, useState } from 'react';
import { defaultWorkerCount, type MiningEvent } from '../../workers/mining-client';
import { useMiningPool } from '../../ui/use-mining-pool';
import { GENESIS_HEADER_HEX } from './genesis-header';

export type SpeedDemoStatus = 'idle' | 'running' | 'paused' | 'stopped' | 'error';

export interface SpeedDemoState {
  status: SpeedDemoStatus;
  hashesDone: number;
  hashesPerSec: number;
  elapsedMs: number;
  workersInUse: number;
  bestHashHex: string | null;
  errorMessage: string | null;
}

const INITIAL: SpeedDemoState = {
  status: 'idle',
  hashesDone: 0,
  hashesPerSec: 0,
  elapsedMs: 0,
  workersInUse: 0,
  bestHashHex: null,
  errorMessage: null,
};

type Action = { type: 'start' } | MiningEvent;

function reduce(state: SpeedDemoState, action: Action): SpeedDemoState {
  switch (action.type) {
    case 'start':
      return { ...INITIAL, status: 'running' };
    case 'progress':
      return {
        ...state,
        hashesDone: action.hashesDone,
        hashesPerSec: action.hashesPerSec,
        elapsedMs: action.elapsedMs,
        workersInUse: action.workerCount,
        bestHashHex: action.bestHashHex,
      };
    case 'paused':
      return state.status === 'running' ? { ...state, status: 'paused' } : state;
    case 'resumed':
      return state.status === 'paused' ? { ...state, status: 'running' } : state;
    case 'done':
      return {
        ...state,
        status: state.status === 'error' ? 'error' : 'stopped',
        hashesDone: action.hashesDone,
        workersInUse: 0,
      };
    case 'error':
      return { ...state, status: 'error', errorMessage: action.message };
    case 'solution':
      return state; // cannot happen with target 0
  }
}

/** The highest worker count offered: the number of logical cores (at least the default). */
export function maxWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 1 : 1;
  return Math.max(cores, defaultWorkerCount());
}

export function useSpeedDemo() {
  const getPool = useMiningPool();
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const [workerCount, setWorkerCountState] = useState(defaultWorkerCount);
  const generation = useRef(0);

  const start = useCallback(() => {
    const pool = getPool();
    pool.setWorkerCount(workerCount);
    const run = ++generation.current;
    dispatch({ type: 'start' });
    pool.start({ headerHex: GENESIS_HEADER_HEX, target: 0n, maxSolutions: 0 }, (event) => {
      if (run === generation.current) dispatch(event);
    });
  }, [getPool, workerCount]);

  const stop = useCallback(() => getPool().stop(), [getPool]);

  const setWorkerCount = useCallback(
    (count: number) => {
      setWorkerCountState(count);
      getPool().setWorkerCount(count);
    },
    [getPool],
  );

  const active = state.status === 'running' || state.status === 'paused';
  return { state, active, workerCount, setWorkerCount, start, stop };
}
