/**
 * The Node half of the benchmark: double hashes per second of (a) the WASM SIMD and the JS
 * kernels, (b) naive @noble/hashes `sha256(sha256(header))` and (c) node:crypto
 * `createHash('sha256')` twice per nonce, on 1 worker thread and then on N = os.availableParallelism() worker threads at once,
 * interleaved over rounds (see interleave.ts). Every thread is a worker (node-bench-worker.ts),
 * so the 1-thread and N-thread figures come from the same code path; the main thread only waits.
 * `nonce-sense bench` and bench/run.ts call `runNodeBench`.
 */
import { availableParallelism, cpus, platform, arch } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImplName } from './implementations';
import {
  RequestRouter,
  runInterleaved,
  type BenchPool,
  type BenchThreadMessage,
  type PoolResult,
  type ScheduleOptions,
} from './interleave';
import {
  formatReport,
  targetChecks,
  type BenchReport,
  type EnvironmentResult,
  type MachineInfo,
} from './report';

/** Implementations measured in Node, in interleaving order. */
export const NODE_IMPLS: readonly ImplName[] = ['wasm', 'kernel', 'noble', 'platform'];

/** The default schedule: 3 rounds of 1.5 s per implementation, 0.5 s first warm-up. */
export const DEFAULT_SCHEDULE: ScheduleOptions = {
  rounds: 3,
  durationMs: 1500,
  warmupMs: 500,
  rewarmMs: 150,
};

/** Options of `runNodeBench`. */
export interface NodeBenchOptions {
  /** Print JSON instead of the table (when printing). */
  json: boolean;
  /** Print the Node-only report (default true); bench/run.ts prints its combined one instead. */
  print?: boolean;
  schedule?: ScheduleOptions;
  /** Where the report goes (default process.stdout). */
  out?: NodeJS.WritableStream;
  /** Progress lines (default: none). */
  onProgress?: (line: string) => void;
}

/** What the Node benchmark measured, with the machine it ran on. */
export interface NodeBenchResult extends EnvironmentResult {
  machine: MachineInfo;
  schedule: ScheduleOptions;
}

/** The machine as Node sees it. */
export function nodeMachineInfo(): MachineInfo {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    platform: `${platform()} ${arch()}`,
    nodeVersion: process.versions.node,
  };
}

/** Starts `threads` benchmark worker threads and waits until each has passed its self-check. */
async function startPool(threads: number): Promise<BenchPool & { close(): Promise<void> }> {
  const workerUrl = new URL('./node-bench-worker.mjs', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl));
  const router = new RequestRouter((thread, request) => workers[thread]!.postMessage(request));
  const close = async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.on('message', (message: BenchThreadMessage) => {
              if (message.type === 'ready') resolve();
              else if (message.type === 'error' && message.id === undefined) {
                reject(new Error(`benchmark thread failed: ${message.message}`));
              }
              router.receive(message);
            });
            worker.on('error', (error) => {
              reject(error);
              router.failAll(error);
            });
          }),
      ),
    );
  } catch (error) {
    await close();
    throw error;
  }
  return {
    threads,
    measureAll: (impl, options) => router.measureAll(threads, impl, options),
    close,
  };
}

async function measurePool(
  threads: number,
  schedule: ScheduleOptions,
  onProgress: (line: string) => void,
): Promise<PoolResult> {
  const pool = await startPool(threads);
  try {
    return await runInterleaved(pool, NODE_IMPLS, schedule, (line) => onProgress(`Node ${line}`));
  } finally {
    await pool.close();
  }
}

/** Runs the Node benchmark (1 thread, then all cores) and optionally prints its report. */
export async function runNodeBench(options: NodeBenchOptions): Promise<NodeBenchResult> {
  const schedule = options.schedule ?? DEFAULT_SCHEDULE;
  const onProgress = options.onProgress ?? (() => {});
  const machine = nodeMachineInfo();
  const single = await measurePool(1, schedule, onProgress);
  const all = await measurePool(machine.cores, schedule, onProgress);
  const result: NodeBenchResult = {
    platformLabel: "node:crypto createHash('sha256') x2 per nonce",
    single,
    all,
    machine,
    schedule,
  };
  if (options.print !== false) {
    const node: EnvironmentResult = { platformLabel: result.platformLabel, single, all };
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine,
      schedule,
      node,
      checks: targetChecks(node),
    };
    const out = options.out ?? process.stdout;
    out.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  }
  return result;
}
