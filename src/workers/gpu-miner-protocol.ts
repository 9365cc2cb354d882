/** Messages between the page and gpu-miner.worker.ts. */
import type { GpuBenchInput, GpuBenchResult } from './gpu-miner';

export type ToGpuWorker = { type: 'bench'; input: GpuBenchInput };
export type FromGpuWorker =
  | { type: 'no-webgpu' }
  | { type: 'no-adapter' }
  | { type: 'progress'; hashes: number; elapsedMs: number }
  | { type: 'bench'; result: GpuBenchResult }
  | { type: 'error'; message: string };
