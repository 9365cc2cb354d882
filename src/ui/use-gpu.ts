/**
 * The GPU path's state for one component: feature detection on mount (requestAdapter only, no
 * hashing), a benchmark on the reader's click (gpu-miner-client: in a worker where WebGPU works
 * there), and the verdict. The GPU's rate counts (`trustedHashesPerSec`) only when every GPU
 * result agreed with the CPU and the block's real nonce was found; otherwise the GPU is
 * disabled for the rest of the visit and the CPU is used. A measurement shows its progress, stops
 * on Stop, and is stopped (not paused: a paused timing would be wrong) when the page is hidden
 * or left; nothing of a stopped measurement counts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { activeKernel } from '../core/hash/sha256d-kernel';
import type { GpuBenchInput, GpuBenchResult } from '../workers/gpu-miner';
import { GpuMinerClient, probeGpuAdapter } from '../workers/gpu-miner-client';

export type GpuStatus =
  | { kind: 'probing' }
  | { kind: 'no-adapter' }
  | { kind: 'ready' }
  | { kind: 'measuring'; hashes: number; elapsedMs: number; durationMs: number }
  | { kind: 'stopped'; reason: 'asked' | 'hidden' }
  | { kind: 'measured'; where: 'worker' | 'page'; result: GpuBenchResult }
  | { kind: 'disabled'; where: 'worker' | 'page'; result: GpuBenchResult }
  | { kind: 'failed'; message: string };

export interface GpuState {
  status: GpuStatus;
  /** The kernel the CPU uses on this browser ('wasm' = WASM SIMD). */
  cpuKernel: 'wasm' | 'js';
  /** The GPU's measured rate if it was measured and fully agreed with the CPU, else 0. */
  trustedHashesPerSec: number;
  measure(input: GpuBenchInput): void;
  /** Stops a measurement in progress (nothing counts from it). */
  stop(): void;
}

export function useGpu(): GpuState {
  const [status, setStatus] = useState<GpuStatus>({ kind: 'probing' });
  const [cpuKernel, setCpuKernel] = useState<'wasm' | 'js'>('js');
  const clientRef = useRef<GpuMinerClient | null>(null);
  const alive = useRef(true);
  const runs = useRef(0);
  const measuring = useRef(false);

  useEffect(() => {
    alive.current = true;
    void probeGpuAdapter().then((found) => {
      if (!alive.current) return;
      setCpuKernel(activeKernel());
      setStatus({ kind: found ? 'ready' : 'no-adapter' });
    });
    return () => {
      alive.current = false;
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, []);

  const stopWith = useCallback((reason: 'asked' | 'hidden') => {
    const client = clientRef.current;
    if (!client || !measuring.current) return;
    measuring.current = false;
    client.cancel();
    setStatus({ kind: 'stopped', reason });
  }, []);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') stopWith('hidden');
    };
    const onPageHide = () => stopWith('hidden');
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [stopWith]);

  const measure = useCallback((input: GpuBenchInput) => {
    clientRef.current ??= new GpuMinerClient();
    const run = ++runs.current;
    const current = () => alive.current && run === runs.current && measuring.current;
    measuring.current = true;
    setStatus({ kind: 'measuring', hashes: 0, elapsedMs: 0, durationMs: input.durationMs });
    clientRef.current
      .bench(input, (hashes, elapsedMs) => {
        if (current()) {
          setStatus({ kind: 'measuring', hashes, elapsedMs, durationMs: input.durationMs });
        }
      })
      .then(
        (outcome) => {
          if (!current()) return;
          measuring.current = false;
          if (outcome.kind === 'cancelled') return;
          if (outcome.kind === 'no-adapter') return setStatus({ kind: 'no-adapter' });
          const { result, where } = outcome;
          const trusted = result.agrees && result.foundRealNonce;
          setStatus({ kind: trusted ? 'measured' : 'disabled', where, result });
        },
        (error: unknown) => {
          if (current()) {
            measuring.current = false;
            setStatus({
              kind: 'failed',
              message: error instanceof Error ? error.message : String(error),
            });
          }
        },
      );
  }, []);

  const trustedHashesPerSec = status.kind === 'measured' ? status.result.hashesPerSec : 0;
  const stop = useCallback(() => stopWith('asked'), [stopWith]);
  return { status, cpuKernel, trustedHashesPerSec, measure, stop };
}
