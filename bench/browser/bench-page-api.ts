/**
 * The contract between the benchmark page and the Node driver (bench/browser-bench.ts), which
 * calls `window.runBench(options)` through Playwright's `page.evaluate`. Types only.
 */
import type { PoolResult, ScheduleOptions } from '../interleave';

/** What the page measured: Chromium workers, 1 and `hardwareConcurrency` at once. */
export interface BrowserPageResult {
  userAgent: string;
  hardwareConcurrency: number;
  single: PoolResult;
  all: PoolResult;
}

/** The function the page puts on `window`. */
export type RunBench = (schedule: ScheduleOptions) => Promise<BrowserPageResult>;

/** `window` as seen by the driver once the page has loaded. */
export interface BenchWindow {
  runBench?: RunBench;
}

/** What `window.runGpuBench` measured (src/workers/gpu-miner.ts on block 0, on the page). */
export type GpuPageResult =
  | { kind: 'no-webgpu' }
  | { kind: 'no-adapter' }
  | {
      kind: 'measured';
      adapter: string;
      hashes: number;
      seconds: number;
      hashesPerSec: number;
      checked: number;
      agreed: number;
      foundRealNonce: boolean;
    }
  | { kind: 'failed'; message: string };

export type RunGpuBench = (durationMs: number) => Promise<GpuPageResult>;

export interface GpuBenchWindow {
  runGpuBench?: RunGpuBench;
}
