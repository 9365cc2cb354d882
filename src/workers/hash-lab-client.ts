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
  StreamedText,
  HashLabFailure,
  HashLabJob,
  HashLabResult,
  ToHashLabMessage,
} from './hash-lab-protocol';

/** The part of the Worker API the client uses. */
export interface HashLabWorkerLike {
  onmessage: ((event: { data: FromHashLabMessage }) => void) | null;
  postMessage(message: ToHashLabMessage, transfer?: Transferable[]): void;
  terminate(): void;
}

/** Texts longer than this go to a worker as a stream of slices of this many characters. */
export const STREAM_SLICE_CHARS = 1 << 20;

/**
 * A stream of `text` in slices of at most `sliceChars` characters (one more when a slice of one
 * would split a pair), never splitting a surrogate pair (each half would become U+FFFD and change the bytes). Handed to a worker, each slice is
 * copied in its own task. Measured in Chromium here: cloning a pasted 10 MB string in one
 * postMessage took 36-66 ms on the page's thread (about 340 ms with the CPU slowed 3x, a long
 * task); encoding it to a Blob or bytes first was slower still (25-45 ms per MB).
 */
export function textSlices(text: string, sliceChars = STREAM_SLICE_CHARS): ReadableStream<string> {
  let at = 0;
  return new ReadableStream<string>(
    {
      pull(controller) {
        if (at >= text.length) {
          controller.close();
          return;
        }
        let end = Math.min(text.length, at + sliceChars);
        // Only a high surrogate followed by a low one is a pair: end before it, or (a slice of one
        // character) take its low half too.
        const high = text.charCodeAt(end - 1);
        const low = text.charCodeAt(end);
        if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          end += end - at > 1 ? -1 : 1;
        }
        controller.enqueue(text.slice(at, end));
        at = end;
      },
    },
    { highWaterMark: 1 },
  );
}

/** The message to post for `job`, with a long text source turned into a transferred stream. */
function outgoing(runId: number, job: HashLabJob): [ToHashLabMessage, Transferable[]] {
  if (
    job.type !== 'digest' ||
    (job.source.kind !== 'text' && job.source.kind !== 'hex') ||
    job.source.text.length <= STREAM_SLICE_CHARS ||
    typeof ReadableStream === 'undefined'
  ) {
    return [{ runId, job }, []];
  }
  const stream = textSlices(job.source.text);
  const source: StreamedText = {
    kind: 'textStream',
    of: job.source.kind,
    chars: job.source.text.length,
    stream,
  };
  return [{ runId, job: { type: 'digest', source } }, [stream as unknown as Transferable]];
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
      const [message, transfer] = outgoing(runId, job);
      worker.postMessage(message, transfer);
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
