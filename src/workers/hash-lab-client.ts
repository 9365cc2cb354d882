/**
 * The main-thread side of the hash-lab worker: `run(job)` posts a job with a fresh run id and
 * resolves with its outcome; progress arrives through a callback (about every 50 ms). Only the
 * latest run counts: starting a run or calling `cancel()` terminates the worker at once (a
 * synchronous hash loop cannot be interrupted any other way) and settles the previous run as
 * cancelled. Without `Worker` (unit tests in Node) the engine runs inline instead.
 */
import { runHashLabJob } from './hash-lab-engine';
import type {
  FromHashLabMessage,
  HashLabFailure,
  HashLabJob,
  HashLabResult,
  ToHashLabMessage,
} from './hash-lab-protocol';

/** The part of the Worker API the client uses. */
export interface HashLabWorkerLike {
  onmessage: ((event: { data: FromHashLabMessage }) => void) | null;
  postMessage(message: ToHashLabMessage): void;
  terminate(): void;
}

export type HashLabOutcome =
  | { status: 'done'; result: HashLabResult; elapsedMs: number }
  | { status: 'failed'; failure: HashLabFailure }
  | { status: 'cancelled' };

/** Runs the engine on this thread, one job per macrotask (Node tests only). */
export class InlineHashLabWorker implements HashLabWorkerLike {
  onmessage: HashLabWorkerLike['onmessage'] = null;
  private terminated = false;

  postMessage(message: ToHashLabMessage): void {
    setTimeout(() => {
      if (this.terminated) return;
      void runHashLabJob(
        message,
        (reply) => {
          if (!this.terminated) this.onmessage?.({ data: reply });
        },
        () => performance.now(),
      );
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function defaultCreateWorker(): HashLabWorkerLike {
  if (typeof Worker === 'undefined') return new InlineHashLabWorker();
  return new Worker(new URL('./hash-lab.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as HashLabWorkerLike;
}

interface Pending {
  runId: number;
  startedAt: number;
  settle: (outcome: HashLabOutcome) => void;
  onProgress: (done: number, total: number) => void;
}

export class HashLabClient {
  private worker: HashLabWorkerLike | null = null;
  private pending: Pending | null = null;
  private lastRunId = 0;

  constructor(private readonly createWorker: () => HashLabWorkerLike = defaultCreateWorker) {}

  /** True while a run is going on. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Starts `job`, cancelling any run in progress. */
  run(
    job: HashLabJob,
    onProgress: (done: number, total: number) => void = () => {},
  ): Promise<HashLabOutcome> {
    this.cancel();
    const runId = ++this.lastRunId;
    const worker = (this.worker ??= this.createWorker());
    worker.onmessage = (event) => this.onMessage(event.data);
    return new Promise((settle) => {
      this.pending = { runId, startedAt: performance.now(), settle, onProgress };
      worker.postMessage({ runId, job });
    });
  }

  /** Stops the current run now; its promise resolves with status 'cancelled'. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    pending.settle({ status: 'cancelled' });
  }

  /** Cancels and releases the worker (call on unmount). */
  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private onMessage(message: FromHashLabMessage): void {
    const pending = this.pending;
    if (!pending || message.runId !== pending.runId) return;
    if (message.type === 'progress') {
      pending.onProgress(message.done, message.total);
      return;
    }
    this.pending = null;
    pending.settle(
      message.type === 'result'
        ? {
            status: 'done',
            result: message.result,
            elapsedMs: performance.now() - pending.startedAt,
          }
        : { status: 'failed', failure: message.failure },
    );
  }
}
