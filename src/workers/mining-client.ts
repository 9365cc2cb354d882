/**
 * The mining pool: a set of module Web Workers hashing one job together, driven from the main
 * thread without ever hashing on it.
 *
 * - Nonce ranges come from a ChunkScheduler, so they never overlap and results are released in
 *   scan order: a run's solutions depend on its job only, never on which worker was fastest.
 * - Chunk sizes adapt to each worker's measured speed (about 50 ms of work), so Stop takes
 *   effect within one chunk and progress arrives about every 100 ms.
 * - When 2^32 nonces are used up the timestamp rolls (extra nonce) and the scan goes on.
 * - The pool pauses while the page is hidden, resumes when shown, and terminates its workers
 *   when the page is left. Nothing starts without a call to `start`.
 */
import type { FromWorkerMessage, ScanResult } from './mining-protocol';
import { ChunkScheduler, type Chunk } from './chunk-scheduler';
import { InlineWorker, type WorkerLike } from './inline-worker';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { rollTimestamp } from './mining-engine';

export interface MiningJobSpec {
  /** 80-byte header as 160 hex digits; its nonce field is ignored. */
  headerHex: string;
  /** A hash is a solution when hash <= target (hash read as a 256-bit number). */
  target: bigint;
  /** Rounds per SHA-256 compression, 1..64 (default 64: the real hash). */
  rounds?: number;
  /** Stop after this many solutions (default 1); 0 runs until stopped. */
  maxSolutions?: number;
  /** First nonce of the scan (default 0). */
  startNonce?: number;
  /** Stop after this many hashes (default: no limit). */
  maxHashes?: number;
}

export type MiningEvent =
  | {
      type: 'progress';
      runId: number;
      hashesDone: number;
      hashesPerSec: number;
      bestHashHex: string | null;
      elapsedMs: number;
      workerCount: number;
    }
  | {
      type: 'solution';
      runId: number;
      nonce: number;
      extraNonce: number;
      headerHex: string;
      hashHex: string;
      /** Tries a sequential scan from the start nonce needs to reach this solution. */
      hashesDone: number;
    }
  | { type: 'paused'; runId: number }
  | { type: 'resumed'; runId: number }
  | {
      type: 'done';
      runId: number;
      reason: 'solutions' | 'stopped' | 'exhausted';
      hashesDone: number;
      elapsedMs: number;
    }
  | { type: 'error'; runId: number; message: string };

export interface MiningPoolOptions {
  workerCount?: number;
  /** Creates one worker; default: a module Web Worker, or the inline engine without Worker. */
  createWorker?: () => WorkerLike;
  /** Milliseconds between progress events (default 100). */
  progressIntervalMs?: number;
  /** Most solutions one chunk may report (default 65,536); more stops the run with an error. */
  maxHitsPerChunk?: number;
}

const MAX_WORKERS = 64;
const CHUNK_TARGET_MS = 50;
const MIN_CHUNK = 1024;
const MAX_CHUNK = 1 << 22;
/**
 * Most hit nonces one chunk may send back. A chunk at very low difficulty can hold more; then
 * the run stops with an error instead of silently dropping solutions (see onResult).
 */
const HIT_CAP = 65_536;

/** hardwareConcurrency - 1 (leave a core for the page), at least 1. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

function defaultCreateWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return new InlineWorker();
  return new Worker(new URL('./mining.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

interface Slot {
  worker: WorkerLike;
  inFlight: Chunk[];
  hashesPerMs: number;
}

interface Run {
  runId: number;
  spec: MiningJobSpec;
  header: Uint8Array;
  listener: (event: MiningEvent) => void;
  scheduler: ChunkScheduler<ScanResult>;
  maxSolutions: number;
  solutions: number;
  hashesDone: number;
  bestHashHex: string | null;
  startedAt: number;
  pausedAt: number | null;
  pausedMs: number;
  samples: { at: number; hashes: number }[];
  timer: ReturnType<typeof setInterval>;
}

export class MiningPool {
  private slots: Slot[] = [];
  private wanted: number;
  private run: Run | null = null;
  private lastRunId = 0;
  private hidden = false;
  private readonly createWorker: () => WorkerLike;
  private readonly progressIntervalMs: number;
  private readonly maxHitsPerChunk: number;
  private readonly onVisibility = () => this.setHidden(document.visibilityState === 'hidden');
  private readonly onPageHide = () => this.terminateWorkers();

  constructor(options: MiningPoolOptions = {}) {
    this.wanted = clampWorkers(options.workerCount ?? defaultWorkerCount());
    this.createWorker = options.createWorker ?? defaultCreateWorker;
    this.progressIntervalMs = options.progressIntervalMs ?? 100;
    this.maxHitsPerChunk = options.maxHitsPerChunk ?? HIT_CAP;
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      this.hidden = document.visibilityState === 'hidden';
      document.addEventListener('visibilitychange', this.onVisibility);
      window.addEventListener('pagehide', this.onPageHide);
    }
  }

  get workerCount(): number {
    return this.wanted;
  }

  get running(): boolean {
    return this.run !== null;
  }

  /** Changes the number of workers, also while a run is going on. */
  setWorkerCount(count: number): void {
    this.wanted = clampWorkers(count);
    if (this.slots.length === 0) return;
    while (this.slots.length > this.wanted) {
      const slot = this.slots.pop()!;
      slot.worker.terminate();
      if (this.run) for (const chunk of slot.inFlight) this.run.scheduler.requeue(chunk);
    }
    this.ensureWorkers();
    this.dispatch();
  }

  /** Starts a run (stopping any current one) and returns its id. */
  start(spec: MiningJobSpec, listener: (event: MiningEvent) => void): number {
    this.stop();
    const runId = ++this.lastRunId;
    let header: Uint8Array;
    try {
      header = hexToBytes(spec.headerHex);
      if (header.length !== 80) throw new Error(`a header is 80 bytes, got ${header.length}`);
      if (spec.target < 0n || spec.target >= 1n << 256n) throw new Error('target out of range');
    } catch (error) {
      listener({ type: 'error', runId, message: messageOf(error) });
      return runId;
    }
    const now = performance.now();
    const run: Run = {
      runId,
      spec,
      header,
      listener,
      scheduler: new ChunkScheduler<ScanResult>(
        (spec.startNonce ?? 0) >>> 0,
        spec.maxHashes ?? Infinity,
      ),
      maxSolutions: spec.maxSolutions ?? 1,
      solutions: 0,
      hashesDone: 0,
      bestHashHex: null,
      startedAt: now,
      pausedAt: this.hidden ? now : null,
      pausedMs: 0,
      samples: [{ at: now, hashes: 0 }],
      timer: setInterval(() => this.emitProgress(run), this.progressIntervalMs),
    };
    this.run = run;
    for (const slot of this.slots) slot.inFlight = [];
    this.ensureWorkers();
    if (this.hidden) listener({ type: 'paused', runId });
    this.dispatch();
    return runId;
  }

  /** Stops the current run; its 'done' event (reason 'stopped') is sent at once. */
  stop(): void {
    if (this.run) this.finish('stopped');
  }

  /** Stops, terminates the workers and removes the page listeners. */
  dispose(): void {
    this.terminateWorkers();
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      document.removeEventListener('visibilitychange', this.onVisibility);
      window.removeEventListener('pagehide', this.onPageHide);
    }
  }

  /** Pauses (true) or resumes (false) as if the page had been hidden or shown. */
  setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    const run = this.run;
    if (!run) return;
    const now = performance.now();
    if (hidden) {
      run.pausedAt = now;
      run.listener({ type: 'paused', runId: run.runId });
    } else if (run.pausedAt !== null) {
      run.pausedMs += now - run.pausedAt;
      run.pausedAt = null;
      run.samples = [{ at: now, hashes: run.hashesDone }];
      run.listener({ type: 'resumed', runId: run.runId });
      this.dispatch();
    }
  }

  private terminateWorkers(): void {
    this.stop();
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
  }

  private ensureWorkers(): void {
    while (this.slots.length < this.wanted) {
      const slot: Slot = { worker: this.createWorker(), inFlight: [], hashesPerMs: 0 };
      slot.worker.onmessage = (event) => this.onResult(slot, event.data);
      slot.worker.onerror = (event) => this.fail(event.message ?? 'a mining worker failed');
      this.slots.push(slot);
    }
  }

  private dispatch(): void {
    const run = this.run;
    if (!run || run.pausedAt !== null) return;
    for (const slot of this.slots) {
      // Two chunks in flight per worker keep it busy while the next request travels.
      while (slot.inFlight.length < 2) {
        const size = slot.hashesPerMs > 0 ? slot.hashesPerMs * CHUNK_TARGET_MS : MIN_CHUNK;
        const chunk = run.scheduler.take(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, size)));
        if (!chunk) break;
        slot.inFlight.push(chunk);
        const wanted = run.maxSolutions > 0 ? run.maxSolutions - run.solutions : Infinity;
        slot.worker.postMessage({
          type: 'scan',
          runId: run.runId,
          chunkId: chunk.chunkId,
          header: run.header,
          target: run.spec.target,
          rounds: run.spec.rounds ?? 64,
          extraNonce: chunk.extraNonce,
          startNonce: chunk.startNonce,
          count: chunk.count,
          maxHits: Math.max(1, Math.min(this.maxHitsPerChunk, wanted, chunk.count)),
        });
      }
    }
  }

  private onResult(slot: Slot, message: FromWorkerMessage): void {
    const run = this.run;
    if (!run || message.runId !== run.runId) return;
    slot.inFlight = slot.inFlight.filter((chunk) => chunk.chunkId !== message.chunkId);
    if (message.type === 'error') {
      this.fail(message.message);
      return;
    }
    if (message.elapsedMs > 0) slot.hashesPerMs = message.hashes / message.elapsedMs;
    run.hashesDone += message.hashes;
    if (run.bestHashHex === null || message.bestHashHex < run.bestHashHex) {
      run.bestHashHex = message.bestHashHex;
    }
    for (const { chunk, result } of run.scheduler.complete(message.chunkId, message)) {
      const needed = run.maxSolutions > 0 ? run.maxSolutions - run.solutions : Infinity;
      if (result.hitCount > result.hitNonces.length && needed > result.hitNonces.length) {
        this.fail(
          `${result.hitCount} solutions in one range of ${chunk.count} nonces, more than can be reported: raise the difficulty`,
        );
        return;
      }
      for (let i = 0; i < result.hitNonces.length; i++) {
        const nonce = result.hitNonces[i]!;
        run.solutions++;
        run.listener({
          type: 'solution',
          runId: run.runId,
          nonce,
          extraNonce: chunk.extraNonce,
          headerHex: solvedHeaderHex(run.header, chunk.extraNonce, nonce),
          hashHex: result.hitHashHex[i]!,
          hashesDone: run.scheduler.triesFor(chunk, nonce),
        });
        if (run.maxSolutions > 0 && run.solutions >= run.maxSolutions) {
          this.finish('solutions');
          return;
        }
      }
    }
    if (run.scheduler.finished) this.finish('exhausted');
    else this.dispatch();
  }

  private fail(message: string): void {
    const run = this.run;
    if (!run) return;
    run.listener({ type: 'error', runId: run.runId, message });
    this.finish('stopped');
  }

  private elapsedMs(run: Run, now: number): number {
    const pausedNow = run.pausedAt !== null ? now - run.pausedAt : 0;
    return now - run.startedAt - run.pausedMs - pausedNow;
  }

  private emitProgress(run: Run): void {
    const now = performance.now();
    run.samples.push({ at: now, hashes: run.hashesDone });
    // Rate over about the last second: steady, yet quick to follow a change of worker count.
    while (run.samples.length > 2 && now - run.samples[1]!.at > 1000) run.samples.shift();
    const first = run.samples[0]!;
    const hashesPerSec =
      run.pausedAt === null && now > first.at
        ? ((run.hashesDone - first.hashes) * 1000) / (now - first.at)
        : 0;
    run.listener({
      type: 'progress',
      runId: run.runId,
      hashesDone: run.hashesDone,
      hashesPerSec,
      bestHashHex: run.bestHashHex,
      elapsedMs: this.elapsedMs(run, now),
      workerCount: this.slots.length,
    });
  }

  private finish(reason: 'solutions' | 'stopped' | 'exhausted'): void {
    const run = this.run;
    if (!run) return;
    // Detach first: a listener may start or stop a run while handling the final events.
    this.run = null;
    clearInterval(run.timer);
    this.emitProgress(run);
    for (const slot of this.slots) slot.inFlight = [];
    run.listener({
      type: 'done',
      runId: run.runId,
      reason,
      hashesDone: run.hashesDone,
      elapsedMs: this.elapsedMs(run, performance.now()),
    });
  }
}

function clampWorkers(count: number): number {
  if (!Number.isFinite(count)) return 1;
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(count)));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The header that won: time rolled by the extra nonce, nonce written little-endian. */
function solvedHeaderHex(header: Uint8Array, extraNonce: number, nonce: number): string {
  const solved = rollTimestamp(header, extraNonce);
  new DataView(solved.buffer).setUint32(76, nonce >>> 0, true);
  return bytesToHex(solved);
}
