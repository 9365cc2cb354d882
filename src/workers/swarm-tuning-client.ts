/**
 * The swarm tuner's handle on real mining workers. It keeps its own small set of the app's
 * mining workers (mining.worker.ts, the same kernel the pool uses) and drives them one message
 * at a time with a fixed batch size, so the knobs mean exactly what they say: nonces per
 * message, workers hashing at once, and the busy fraction (duty cycle). The tuner itself
 * (core/experiments/swarm/tuner.ts) runs on the main thread; it only schedules slices and adds
 * up a few numbers per slice, all hashing is in the workers.
 *
 * Nothing starts before `run`. The run pauses while the page is hidden (a slice interrupted by a
 * pause is measured again), Stop terminates the workers at once, and so does leaving the page.
 */
import { createRandom, type Seed } from '../core/random';
import { measureSlice, type ScanTransport } from '../core/experiments/swarm/slice-runner';
import { runTuner, type AbTestRecord, type TunerReport } from '../core/experiments/swarm/tuner';
import type { NeuroLogEvent } from '../core/experiments/swarm/neuro-log';
import type { KnobId, TuningConfig } from '../core/experiments/swarm/tuning-config';
import type { FromWorkerMessage, ScanRequest } from './mining-protocol';
import type { WorkerLike } from './inline-worker';
import { InlineWorker } from './inline-worker';

/** A header no one has mined (all zero but version and bits); the target can never be met. */
const TUNING_HEADER = (() => {
  const header = new Uint8Array(80);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x20000000, true);
  view.setUint32(72, 0x17034219, true);
  return header;
})();

export class TunerCancelled extends Error {
  constructor() {
    super('stopped');
  }
}

export interface SwarmTunerCallbacks {
  onEvent(event: NeuroLogEvent): void;
  onTest(test: AbTestRecord): void;
  onPaused(paused: boolean): void;
}

function createMiningWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return new InlineWorker();
  return new Worker(new URL('./mining.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

class WorkerTransport implements ScanTransport {
  private nextChunk = 0;
  private nextNonce = 0;
  private pending: {
    chunkId: number;
    resolve: (hashes: number) => void;
    reject: (e: Error) => void;
  } | null = null;

  constructor(
    private readonly worker: WorkerLike,
    private readonly gate: () => Promise<void>,
  ) {
    worker.onmessage = (event) => {
      const message = event.data as FromWorkerMessage;
      const pending = this.pending;
      if (!pending || message.chunkId !== pending.chunkId) return;
      this.pending = null;
      if (message.type === 'error') pending.reject(new Error(message.message));
      else pending.resolve(message.hashes);
    };
    worker.onerror = (event) => this.fail(new Error(event.message ?? 'a mining worker failed'));
  }

  fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }

  async scan(count: number): Promise<{ hashes: number }> {
    await this.gate();
    const chunkId = this.nextChunk++;
    const request: ScanRequest = {
      type: 'scan',
      runId: 1,
      chunkId,
      header: TUNING_HEADER,
      target: 0n,
      rounds: 64,
      extraNonce: 0,
      startNonce: this.nextNonce,
      count,
      maxHits: 1,
    };
    this.nextNonce = (this.nextNonce + count) >>> 0;
    const hashes = await new Promise<number>((resolve, reject) => {
      this.pending = { chunkId, resolve, reject };
      this.worker.postMessage(request);
    });
    return { hashes };
  }

  terminate(): void {
    this.fail(new TunerCancelled());
    this.worker.terminate();
  }
}

export class SwarmTuningClient {
  private transports: WorkerTransport[] = [];
  private cancelled = false;
  private hidden = false;
  private pauses = 0;
  private wake: (() => void) | null = null;
  private callbacks: SwarmTunerCallbacks | null = null;
  private readonly onVisibility = () => this.setHidden(document.visibilityState === 'hidden');
  private readonly onPageHide = () => this.stop();

  constructor(private readonly createWorker: () => WorkerLike = createMiningWorker) {
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      this.hidden = document.visibilityState === 'hidden';
      document.addEventListener('visibilitychange', this.onVisibility);
      window.addEventListener('pagehide', this.onPageHide);
    }
  }

  /** Runs the whole tuner; rejects with TunerCancelled after `stop`. */
  async run(
    options: {
      seed: Seed;
      start: TuningConfig;
      maxWorkers: number;
      sliceMs: number;
      knobs?: readonly KnobId[];
    },
    callbacks: SwarmTunerCallbacks,
  ): Promise<TunerReport> {
    this.stop();
    this.cancelled = false;
    this.callbacks = callbacks;
    const gate = () => this.gate();
    const transports = Array.from(
      { length: options.maxWorkers },
      () => new WorkerTransport(this.createWorker(), gate),
    );
    this.transports = transports;
    const clock = {
      now: () => performance.now(),
      sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    };
    try {
      // One untimed warm-up slice per worker loads the kernel in each.
      await measureSlice(
        { batchSize: 4096, workers: options.maxWorkers, dutyCycle: 1 },
        transports,
        clock,
        50,
      );
      return await runTuner({
        start: options.start,
        maxWorkers: options.maxWorkers,
        knobs: options.knobs,
        random: createRandom(options.seed),
        wallClockMs: () => Date.now(),
        onEvent: (event) => callbacks.onEvent(event),
        onTest: (test) => callbacks.onTest(test),
        measure: async (config) => {
          for (;;) {
            if (this.cancelled) throw new TunerCancelled();
            const pausesBefore = this.pauses;
            const m = await measureSlice(config, transports, clock, options.sliceMs);
            if (this.cancelled) throw new TunerCancelled();
            // A slice that spanned a pause is not a measurement of the miner: run it again.
            if (this.pauses === pausesBefore) return m;
          }
        },
      });
    } finally {
      for (const transport of transports) transport.terminate();
      if (this.transports === transports) this.transports = [];
    }
  }

  stop(): void {
    this.cancelled = true;
    this.wake?.();
    this.wake = null;
    this.terminateWorkers();
  }

  dispose(): void {
    this.stop();
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      document.removeEventListener('visibilitychange', this.onVisibility);
      window.removeEventListener('pagehide', this.onPageHide);
    }
  }

  /** Pauses (true) or resumes (false) as if the page had been hidden or shown. */
  setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    if (hidden) this.pauses++;
    this.callbacks?.onPaused(hidden);
    if (!hidden) {
      this.wake?.();
      this.wake = null;
    }
  }

  private async gate(): Promise<void> {
    while (this.hidden && !this.cancelled) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.cancelled) throw new TunerCancelled();
  }

  private terminateWorkers(): void {
    for (const transport of this.transports) transport.terminate();
    this.transports = [];
  }
}
