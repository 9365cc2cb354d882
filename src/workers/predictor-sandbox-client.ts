/**
 * The main-thread side of the predictor sandbox, with the watchdog. Each run starts a fresh
 * sandbox worker and sends it the plan's inputs (seed, jobs, budget: the worker derives the
 * jobs itself), waits for 'ready' (startup limit), sends the code, and terminates the
 * worker when the answer comes, when the time limit passes (an endless loop cannot be stopped
 * any other way), on cancel, or on any reply that does not parse. The reader's own work time is
 * measured here, from the request being sent to the answer, so the code cannot misreport it.
 */
import { CANDIDATES_PER_BUDGET } from './predictor-plan';
import type { SandboxFailure, SandboxInbound } from './predictor-sandbox-protocol';
import { parseSandboxReply } from './predictor-sandbox-protocol';

/** One run: the reader's code and the plan's inputs. */
export interface SandboxSpec {
  source: string;
  seed: number;
  jobs: number;
  budget: number;
}

/** The part of the Worker API the client uses. */
export interface SandboxWorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  postMessage(message: SandboxInbound): void;
  terminate(): void;
}

export type SandboxOutcome =
  | { status: 'proposals'; nonces: Uint32Array[]; ownWorkMs: number }
  | { status: 'scores'; scores: Float64Array[]; ownWorkMs: number }
  | { status: 'failed'; failure: SandboxFailure }
  | { status: 'cancelled' };

export interface SandboxRunOptions {
  /** How long the code may run, from the request being sent. */
  timeLimitMs: number;
  /** How long the worker may take to load (a slow device, a cold cache). */
  startupLimitMs?: number;
  onProgress?: (done: number, total: number) => void;
  createWorker?: () => SandboxWorkerLike;
}

/** A started sandbox run: its outcome, and a cancel that terminates the worker at once. */
export interface SandboxRun {
  outcome: Promise<SandboxOutcome>;
  cancel(): void;
}

function defaultCreateWorker(): SandboxWorkerLike {
  return new Worker(new URL('./predictor-sandbox.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as SandboxWorkerLike;
}

export function runInSandbox(spec: SandboxSpec, options: SandboxRunOptions): SandboxRun {
  const { timeLimitMs, startupLimitMs = 10_000, onProgress } = options;
  const worker = (options.createWorker ?? defaultCreateWorker)();
  let settle: (outcome: SandboxOutcome) => void = () => {};
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sentAt = 0;
  let finished = false;
  const outcome = new Promise<SandboxOutcome>((resolve) => (settle = resolve));
  const shape = {
    jobs: spec.jobs,
    budget: spec.budget,
    candidatesPerJob: CANDIDATES_PER_BUDGET * spec.budget,
  };

  const finish = (result: SandboxOutcome) => {
    if (finished) return;
    finished = true;
    if (timer !== null) clearTimeout(timer);
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    settle(result);
  };
  const watch = (ms: number, failure: SandboxFailure) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => finish({ status: 'failed', failure }), ms);
  };

  worker.onerror = (event) => {
    event.preventDefault?.();
    finish({
      status: 'failed',
      failure: { code: 'crashed', detail: String(event.message ?? '').slice(0, 300) },
    });
  };
  worker.onmessage = (event) => {
    const reply = parseSandboxReply(event.data, shape);
    switch (reply.type) {
      case 'ready':
        if (sentAt !== 0) return;
        sentAt = performance.now();
        watch(timeLimitMs, { code: 'timeout', limitMs: timeLimitMs });
        worker.postMessage({ type: 'run', source: spec.source });
        return;
      case 'progress':
        if (sentAt !== 0) onProgress?.(reply.done, reply.total);
        return;
      case 'failed':
        finish({ status: 'failed', failure: reply.failure });
        return;
      case 'proposals':
      case 'scores': {
        if (sentAt === 0) {
          finish({ status: 'failed', failure: { code: 'garbled' } });
          return;
        }
        const ownWorkMs = performance.now() - sentAt;
        finish(
          reply.type === 'proposals'
            ? { status: 'proposals', nonces: reply.nonces, ownWorkMs }
            : { status: 'scores', scores: reply.scores, ownWorkMs },
        );
      }
    }
  };
  watch(startupLimitMs, { code: 'crashed', detail: 'the sandbox did not start' });
  worker.postMessage({ type: 'plan', seed: spec.seed, jobs: spec.jobs, budget: spec.budget });
  return { outcome, cancel: () => finish({ status: 'cancelled' }) };
}
