/**
 * Runs the GPU benchmark in a dedicated worker where WebGPU exists in workers (Chromium), else
 * on the page's thread (the GPU work is asynchronous there; the CPU checks are small). Progress
 * arrives after every dispatch; `cancel` stops a run at once (the worker is terminated; on the
 * page's thread the run is abandoned after the dispatch in flight) and its promise resolves
 * with 'cancelled'.
 */
import {
  openGpuMiner,
  runGpuBench,
  type GpuBenchInput,
  type GpuBenchProgress,
  type GpuBenchResult,
} from './gpu-miner';
import type { FromGpuWorker, ToGpuWorker } from './gpu-miner-protocol';

export type GpuBenchOutcome =
  | { kind: 'no-adapter' }
  | { kind: 'cancelled' }
  | { kind: 'result'; where: 'worker' | 'page'; result: GpuBenchResult };

function pageGpu(): GPU | undefined {
  return typeof navigator === 'object' ? (navigator as Navigator & { gpu?: GPU }).gpu : undefined;
}

/** Feature detection only (no hashing): is there a WebGPU adapter on this page? */
export async function probeGpuAdapter(): Promise<boolean> {
  try {
    return (await pageGpu()?.requestAdapter()) != null;
  } catch {
    return false;
  }
}

class Cancelled extends Error {}

export class GpuMinerClient {
  private worker: Worker | null = null;
  private workerHasGpu = typeof Worker === 'function';
  /** Rejects the run in progress with Cancelled; null when none is running. */
  private abort: (() => void) | null = null;

  async bench(
    input: GpuBenchInput,
    onProgress: GpuBenchProgress = () => {},
  ): Promise<GpuBenchOutcome> {
    this.cancel();
    let cancelled = false;
    const stopped = new Promise<never>((_, reject) => {
      this.abort = () => {
        cancelled = true;
        reject(new Cancelled());
      };
    });
    stopped.catch(() => {});
    try {
      if (this.workerHasGpu) {
        this.worker ??= new Worker(new URL('./gpu-miner.worker.ts', import.meta.url), {
          type: 'module',
        });
        const reply = await Promise.race([
          this.ask(this.worker, { type: 'bench', input }, onProgress),
          stopped,
        ]);
        if (reply.type === 'bench')
          return { kind: 'result', where: 'worker', result: reply.result };
        if (reply.type === 'no-adapter') return { kind: 'no-adapter' };
        if (reply.type === 'error') throw new Error(reply.message);
        this.workerHasGpu = false;
        this.worker.terminate();
        this.worker = null;
      }
      const opening = openGpuMiner(pageGpu());
      // Stopped while the device was being opened: release it when it arrives.
      void opening.then((opened) => {
        if (cancelled) opened?.destroy();
      });
      const miner = await Promise.race([opening, stopped]);
      if (!miner) return { kind: 'no-adapter' };
      const run = runGpuBench(
        miner,
        input,
        () => performance.now(),
        (hashes, elapsedMs) => {
          // Thrown inside the loop, so an abandoned run stops after the dispatch in flight.
          if (cancelled) throw new Cancelled();
          onProgress(hashes, elapsedMs);
        },
      );
      // The device is released once the run has settled (not under a dispatch in flight).
      run.then(
        () => miner.destroy(),
        () => miner.destroy(),
      );
      const result = await Promise.race([run, stopped]);
      return { kind: 'result', where: 'page', result };
    } catch (error) {
      if (error instanceof Cancelled) return { kind: 'cancelled' };
      throw error;
    } finally {
      this.abort = null;
    }
  }

  /** Stops the run in progress, if any (its promise resolves with 'cancelled'). */
  cancel(): void {
    const abort = this.abort;
    if (!abort) return;
    this.abort = null;
    // A worker mid-dispatch cannot be interrupted otherwise; a new one is made next time.
    this.worker?.terminate();
    this.worker = null;
    abort();
  }

  private ask(
    worker: Worker,
    message: ToGpuWorker,
    onProgress: GpuBenchProgress,
  ): Promise<Exclude<FromGpuWorker, { type: 'progress' }>> {
    return new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromGpuWorker>) => {
        const data = event.data;
        if (data.type === 'progress') onProgress(data.hashes, data.elapsedMs);
        else resolve(data);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'GPU worker failed'));
      worker.postMessage(message);
    });
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
