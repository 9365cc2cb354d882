/**
 * The main-thread side of an experiment worker. `run(job)` starts a job (cancelling any
 * previous one) and resolves with its outcome; progress arrives through a callback. Cancel
 * terminates the worker at once (a synchronous hash loop cannot be interrupted otherwise). The
 * run pauses while the page is hidden and resumes when it is shown; the worker is terminated
 * when the page is left. Where `Worker` is missing (Node tests) the runner runs inline.
 *
 * Each chapter passes its own worker factory, because Vite finds a worker only through a
 * literal `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createExperimentEngine } from './experiment-engine';
import type {
  ExperimentRunner,
  FromExperimentMessage,
  ToExperimentMessage,
} from './experiment-protocol';

/** The part of the Worker API the client uses. */
export interface ExperimentWorkerLike<Job, Result> {
  onmessage: ((event: { data: FromExperimentMessage<Result> }) => void) | null;
  onerror?: ((event: { message?: string }) => void) | null;
  postMessage(message: ToExperimentMessage<Job>, transfer?: Transferable[]): void;
  terminate(): void;
}

export type ExperimentOutcome<Result> =
  | { status: 'done'; result: Result; elapsedMs: number }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

/** Runs the engine on this thread (Node tests, or a browser without Worker). */
export class InlineExperimentWorker<Job, Result> implements ExperimentWorkerLike<Job, Result> {
  onmessage: ExperimentWorkerLike<Job, Result>['onmessage'] = null;
  private terminated = false;
  private readonly engine;

  constructor(runner: ExperimentRunner<Job, Result>) {
    this.engine = createExperimentEngine<Job, Result>(
      runner,
      (reply) => {
        if (!this.terminated) this.onmessage?.({ data: reply });
      },
      () => performance.now(),
    );
  }

  postMessage(message: ToExperimentMessage<Job>): void {
    setTimeout(() => {
      if (!this.terminated) this.engine.receive(message);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
    this.engine.stop();
  }
}

interface Pending<Result> {
  runId: number;
  startedAt: number;
  settle: (outcome: ExperimentOutcome<Result>) => void;
  onProgress: (done: number, total: number) => void;
}

export class ExperimentClient<Job, Result> {
  private worker: ExperimentWorkerLike<Job, Result> | null = null;
  private pending: Pending<Result> | null = null;
  private lastRunId = 0;
  private hidden = false;
  private readonly onVisibility = () => this.setHidden(document.visibilityState === 'hidden');
  private readonly onPageHide = () => this.dispose();
  /** Paused because the page is hidden (for the status line). */
  paused = false;

  constructor(private readonly createWorker: () => ExperimentWorkerLike<Job, Result>) {
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      this.hidden = document.visibilityState === 'hidden';
      document.addEventListener('visibilitychange', this.onVisibility);
      window.addEventListener('pagehide', this.onPageHide);
    }
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  /**
   * Starts `job`, cancelling any run in progress. `transfer` hands buffers of the job to the
   * worker instead of copying them (the caller must not use them afterwards).
   */
  run(
    job: Job,
    onProgress: (done: number, total: number) => void = () => {},
    transfer: Transferable[] = [],
  ): Promise<ExperimentOutcome<Result>> {
    this.cancel();
    const runId = ++this.lastRunId;
    const worker = (this.worker ??= this.createWorker());
    worker.onmessage = (event) => this.onMessage(event.data);
    worker.onerror = (event) => this.fail(runId, event.message ?? 'the worker failed');
    return new Promise((settle) => {
      this.pending = { runId, startedAt: performance.now(), settle, onProgress };
      worker.postMessage({ type: 'run', runId, job }, transfer);
      if (this.hidden) this.setHidden(true);
    });
  }

  /** Stops the current run now; its promise resolves with status 'cancelled'. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.paused = false;
    this.worker?.terminate();
    this.worker = null;
    pending.settle({ status: 'cancelled' });
  }

  /** Cancels, releases the worker and stops listening to the page (call on unmount). */
  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      document.removeEventListener('visibilitychange', this.onVisibility);
      window.removeEventListener('pagehide', this.onPageHide);
    }
  }

  /** Pauses (true) or resumes (false) the current run; the page calls it on visibility. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    const pending = this.pending;
    if (!pending || !this.worker) return;
    this.paused = hidden;
    this.worker.postMessage({ type: hidden ? 'pause' : 'resume', runId: pending.runId });
  }

  private fail(runId: number, message: string): void {
    const pending = this.pending;
    if (!pending || pending.runId !== runId) return;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    pending.settle({ status: 'failed', message });
  }

  private onMessage(message: FromExperimentMessage<Result>): void {
    const pending = this.pending;
    if (!pending || message.runId !== pending.runId) return;
    if (message.type === 'progress') {
      pending.onProgress(message.done, message.total);
      return;
    }
    if (message.type === 'error') {
      this.fail(message.runId, message.message);
      return;
    }
    this.pending = null;
    pending.settle({
      status: 'done',
      result: message.result,
      elapsedMs: performance.now() - pending.startedAt,
    });
  }
}
