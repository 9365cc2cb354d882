/**
 * The benchmark page: runs the interleaved schedule (../interleave.ts) on Chromium module
 * workers, first 1 worker, then `navigator.hardwareConcurrency` workers at once, and exposes it
 * as `window.runBench` for the Node driver. Progress goes to the console, which the driver
 * forwards. The page thread itself only waits.
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
import type { BenchWindow, BrowserPageResult } from './bench-page-api';

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
