/// <reference lib="webworker" />
/**
 * Thin worker shell over gpu-miner.ts: opens the GPU once, then runs one benchmark per message,
 * reporting progress after every dispatch (Stop terminates the worker).
 * Replies 'no-webgpu' where workers lack `navigator.gpu` (the page then runs it itself).
 */
import { openGpuMiner, runGpuBench, type GpuMiner } from './gpu-miner';
import type { FromGpuWorker, ToGpuWorker } from './gpu-miner-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let miner: Promise<GpuMiner | null> | null = null;
const reply = (message: FromGpuWorker) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ToGpuWorker>) => {
  try {
    const gpu = (scope.navigator as Navigator & { gpu?: GPU }).gpu;
    if (!gpu) return reply({ type: 'no-webgpu' });
    miner ??= openGpuMiner(gpu);
    const opened = await miner;
    if (!opened) return reply({ type: 'no-adapter' });
    reply({
      type: 'bench',
      result: await runGpuBench(
        opened,
        event.data.input,
        () => performance.now(),
        (hashes, elapsedMs) => reply({ type: 'progress', hashes, elapsedMs }),
      ),
    });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
