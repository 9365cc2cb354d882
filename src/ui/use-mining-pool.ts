/**
 * One MiningPool per component: made on first use (so nothing, not even a worker, exists before
 * the reader acts) and disposed, with its workers, when the component unmounts.
 */
import { useCallback, useEffect, useRef } from 'react';
import { MiningPool } from '../workers/mining-client';

/** Returns a getter for this component's pool. Call it from event handlers, not during render. */
export function useMiningPool(): () => MiningPool {
  const poolRef = useRef<MiningPool | null>(null);

  useEffect(
    () => () => {
      poolRef.current?.dispose();
      poolRef.current = null;
    },
    [],
  );

  return useCallback(() => {
    poolRef.current ??= new MiningPool();
    return poolRef.current;
  }, []);
}
