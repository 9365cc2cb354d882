/**
 * Runs the GPU benchmark in a dedicated worker where WebGPU exists in workers (Chromium), else
 * on the page's thread (the GPU work is asynchronous there; the CPU checks are small).
 */
import { openGpuMiner, runGpuBench, type GpuBenchInput, type GpuBenchResult } from './gpu-miner';
import type { FromGpuWorker, ToGpuWorker } from './gpu-miner-protocol';

export type GpuBenchOutcome =
  { kind: 'no-adapter' } | { kind: 'result'; where: 'worker' | 'page'; result: GpuBenchResult };

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

export class GpuMinerClient {
  private worker: Worker | null = null;
  private workerHasGpu = typeof Worker === 'function';

  async bench(input: GpuBenchInput): Promise<GpuBenchOutcome> {
    if (this.workerHasGpu) {
      this.worker ??= new Worker(new URL('./gpu-miner.worker.ts', import.meta.url), {
        type: 'module',
      });
      const reply = await this.ask(this.worker, { type: 'bench', input });
      if (reply.type === 'bench') return { kind: 'result', where: 'worker', result: reply.result };
      if (reply.type === 'no-adapter') return { kind: 'no-adapter' };
      if (reply.type === 'error') throw new Error(reply.message);
      this.workerHasGpu = false;
      this.worker.terminate();
      this.worker = null;
    }
    const miner = await openGpuMiner(pageGpu());
    if (!miner) return { kind: 'no-adapter' };
    try {
      const result = await runGpuBench(miner, input, () => performance.now());
      return { kind: 'result', where: 'page', result };
    } finally {
      miner.destroy();
    }
  }

  private ask(worker: Worker, message: ToGpuWorker): Promise<FromGpuWorker> {
    return new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromGpuWorker>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'GPU worker failed'));
      worker.postMessage(message);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
