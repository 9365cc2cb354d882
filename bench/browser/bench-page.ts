/**
 * The benchmark page: runs the interleaved schedule (../interleave.ts) on Chromium module
 * workers, first 1 worker, then `navigator.hardwareConcurrency` workers at once, and exposes it
 * as `window.runBench` for the Node driver. Progress goes to the console, which the driver
 * forwards. The page thread itself only waits. `window.runGpuBench` times the app's WebGPU path
 * (src/workers/gpu-miner.ts, with its CPU cross-checks) on block 0's own nonce window.
 */
import type { ImplName } from '../implementations';
import {
  RequestRouter,
  runInterleaved,
  type BenchPool,
  type BenchThreadMessage,
  type PoolResult,
  type ScheduleOptions,
} from '../interleave';
import { parseHeader } from '../../src/core/hash/block-header';
import { bitsToTarget } from '../../src/core/hash/target';
import { hexToBytes } from '../../src/core/hex';
import { openGpuMiner, runGpuBench } from '../../src/workers/gpu-miner';
import type {
  BenchWindow,
  BrowserPageResult,
  GpuBenchWindow,
  GpuPageResult,
} from './bench-page-api';

/** Implementations measured in the browser, in interleaving order. */
const BROWSER_IMPLS: readonly ImplName[] = [
  'wasm',
  'kernel',
  'noble',
  'platform',
  'platform-pipelined',
];

/** Starts `threads` module workers and waits until each has passed its self-check. */
async function startPool(threads: number): Promise<BenchPool & { close(): void }> {
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' }),
  );
  const router = new RequestRouter((thread, request) => workers[thread]!.postMessage(request));
  const close = () => workers.forEach((worker) => worker.terminate());
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.onmessage = (event: MessageEvent<BenchThreadMessage>) => {
              const message = event.data;
              if (message.type === 'ready') resolve();
              else if (message.type === 'error' && message.id === undefined) {
                reject(new Error(`benchmark worker failed: ${message.message}`));
              }
              router.receive(message);
            };
            worker.onerror = (event) => {
              const error = new Error(`benchmark worker error: ${event.message}`);
              reject(error);
              router.failAll(error);
            };
          }),
      ),
    );
  } catch (error) {
    close();
    throw error;
  }
  return {
    threads,
    measureAll: (impl, options) => router.measureAll(threads, impl, options),
    close,
  };
}

async function measurePool(threads: number, schedule: ScheduleOptions): Promise<PoolResult> {
  const pool = await startPool(threads);
  try {
    return await runInterleaved(pool, BROWSER_IMPLS, schedule, (line) =>
      console.log(`Chromium ${line}`),
    );
  } finally {
    pool.close();
  }
}

(window as BenchWindow).runBench = async (schedule): Promise<BrowserPageResult> => {
  const cores = navigator.hardwareConcurrency;
  const single = await measurePool(1, schedule);
  const all = await measurePool(cores, schedule);
  return { userAgent: navigator.userAgent, hardwareConcurrency: cores, single, all };
};

/** Block 0 (genesis): the GPU's timed scan must report its real nonce 2,083,236,893. */
const GENESIS_HEX =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';

(window as GpuBenchWindow).runGpuBench = async (durationMs): Promise<GpuPageResult> => {
  const gpu = (navigator as Navigator & { gpu?: GPU }).gpu;
  if (!gpu) return { kind: 'no-webgpu' };
  try {
    const miner = await openGpuMiner(gpu);
    if (!miner) return { kind: 'no-adapter' };
    try {
      const header = hexToBytes(GENESIS_HEX);
      const { nonce, bits } = parseHeader(header);
      const r = await runGpuBench(
        miner,
        { header, realNonce: nonce, target: bitsToTarget(bits), durationMs },
        () => performance.now(),
        (hashes, ms) => console.log(`GPU ${(ms / 1000).toFixed(1)} s, ${hashes} nonces`),
      );
      return {
        kind: 'measured',
        adapter: r.adapter,
        hashes: r.hashes,
        seconds: r.seconds,
        hashesPerSec: r.hashesPerSec,
        checked: r.checked,
        agreed: r.agreed,
        foundRealNonce: r.foundRealNonce,
      };
    } finally {
      miner.destroy();
    }
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
};
