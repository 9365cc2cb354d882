/**
 * The schedule shared by the Node and the browser benchmark: for R rounds, run each
 * implementation in turn (wasm, kernel, noble, platform, wasm, kernel, ...) on every thread
 * of a pool at once, and report per implementation the median over rounds of the total
 * hashes/s. Interleaving matters: this machine's speed drifts by up to ±30% between runs, so
 * implementations are only compared within one run, round by round.
 *
 * Also the message protocol between a pool and its threads (Node worker threads or browser
 * module workers speak the same one). Pure: no DOM, no Node APIs.
 */
import type { ImplName } from './implementations';
import { hashesPerSec, median, type MeasureOptions, type Measurement } from './measure';

/** Main thread -> benchmark thread. */
export interface MeasureRequest extends MeasureOptions {
  type: 'measure';
  id: number;
  impl: ImplName;
}

/** Benchmark thread -> main thread. `ready` is sent once, after the self-checks passed. */
export type BenchThreadMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; measurement: Measurement }
  | { type: 'error'; id?: number; message: string };

/** N threads that can all run the same implementation at once. */
export interface BenchPool {
  readonly threads: number;
  /** Runs `impl` on every thread at the same time; one measurement per thread. */
  measureAll(impl: ImplName, options: MeasureOptions): Promise<Measurement[]>;
}

/** The result of one implementation on one pool. */
export interface ImplResult {
  /** Median over rounds of the pool's total double hashes per second. */
  hashesPerSec: number;
  /** `hashesPerSec` divided by the number of threads. */
  hashesPerSecPerThread: number;
  /** The pool's total hashes/s in each round, in order. */
  roundsHashesPerSec: number[];
}

/** All implementations measured on one pool. */
export interface PoolResult {
  threads: number;
  impls: Partial<Record<ImplName, ImplResult>>;
  /**
   * `ratios[a][b]` = a / b for each kernel a (RATIO_NUMERATORS) and every other implementation
   * b, paired by round (both measured back to back), median over rounds: robust to the
   * machine's drift, unlike a ratio of the two medians.
   */
  ratios: Partial<Record<ImplName, Partial<Record<ImplName, number>>>>;
}

/** The implementations whose ratios over the others are reported: the two kernels. */
export const RATIO_NUMERATORS: readonly ImplName[] = ['wasm', 'kernel'];

/** How to schedule the rounds. */
export interface ScheduleOptions {
  rounds: number;
  /** Timed window per measurement, in ms. */
  durationMs: number;
  /** Untimed warm-up before an implementation's first round, in ms. */
  warmupMs: number;
  /** Untimed warm-up before its later rounds (caches and tiers are already warm), in ms. */
  rewarmMs: number;
}

/** Sums the threads' rates (each thread timed its own window, all windows run together). */
export function totalHashesPerSec(measurements: readonly Measurement[]): number {
  return measurements.reduce((sum, m) => sum + hashesPerSec(m), 0);
}

/** Runs the interleaved schedule on one pool. `onProgress` gets one line per measurement. */
export async function runInterleaved(
  pool: BenchPool,
  impls: readonly ImplName[],
  options: ScheduleOptions,
  onProgress: (line: string) => void = () => {},
): Promise<PoolResult> {
  const rounds = new Map<ImplName, number[]>(impls.map((impl) => [impl, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const impl of impls) {
      const warmupMs = round === 0 ? options.warmupMs : options.rewarmMs;
      const measurements = await pool.measureAll(impl, {
        warmupMs,
        durationMs: options.durationMs,
      });
      const total = Math.round(totalHashesPerSec(measurements));
      rounds.get(impl)!.push(total);
      onProgress(
        `${pool.threads} thread(s), round ${round + 1}/${options.rounds}, ${impl}: ` +
          `${(total / 1e6).toFixed(3)} MH/s`,
      );
    }
  }
  const result: PoolResult = { threads: pool.threads, impls: {}, ratios: {} };
  for (const [impl, values] of rounds) {
    const hashesPerSecMedian = median(values);
    result.impls[impl] = {
      hashesPerSec: hashesPerSecMedian,
      hashesPerSecPerThread: Math.round(hashesPerSecMedian / pool.threads),
      roundsHashesPerSec: values,
    };
  }
  for (const numerator of RATIO_NUMERATORS) {
    const top = rounds.get(numerator);
    if (!top) continue;
    const over: Partial<Record<ImplName, number>> = {};
    for (const [impl, values] of rounds) {
      if (impl !== numerator) over[impl] = median(values.map((value, r) => top[r]! / value));
    }
    result.ratios[numerator] = over;
  }
  return result;
}

/**
 * Routes replies from N threads to the pending requests by id; shared by both pool kinds.
 * `send(thread, request)` posts a request to one thread.
 */
export class RequestRouter {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (m: Measurement) => void; reject: (e: Error) => void }
  >();

  constructor(private readonly send: (thread: number, request: MeasureRequest) => void) {}

  /** Sends one request per thread and resolves with the measurements in thread order. */
  measureAll(threads: number, impl: ImplName, options: MeasureOptions): Promise<Measurement[]> {
    const replies = Array.from({ length: threads }, (_, thread) => {
      const id = this.nextId++;
      return new Promise<Measurement>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        this.send(thread, { type: 'measure', id, impl, ...options });
      });
    });
    return Promise.all(replies);
  }

  /** Handles one message from a thread (not `ready`, which the pool handles at start-up). */
  receive(message: BenchThreadMessage): void {
    if (message.type === 'ready') return;
    const entry = message.id === undefined ? undefined : this.pending.get(message.id);
    if (message.type === 'error') {
      const error = new Error(`benchmark thread failed: ${message.message}`);
      if (entry) entry.reject(error);
      else this.failAll(error);
    } else if (entry) entry.resolve(message.measurement);
    if (message.id !== undefined) this.pending.delete(message.id);
  }

  /** Rejects every pending request (a thread died). */
  failAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }
}
