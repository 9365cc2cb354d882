/**
 * A stand-in for a Web Worker that runs the mining engine on the current thread, one message
 * per macrotask. Used where `Worker` does not exist (unit tests in Node); the browser always
 * gets real workers, so hashing never runs on the page's main thread there.
 */
import { runScan } from './mining-engine';
import type { FromWorkerMessage, ToWorkerMessage } from './mining-protocol';

/** The part of the Worker API the pool uses. */
export interface WorkerLike {
  onmessage: ((event: { data: FromWorkerMessage }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: ToWorkerMessage): void;
  terminate(): void;
}

export class InlineWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  private terminated = false;

  postMessage(message: ToWorkerMessage): void {
    setTimeout(() => {
      if (this.terminated) return;
      const reply = runScan(message, () => performance.now());
      if (!this.terminated) this.onmessage?.({ data: reply });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
