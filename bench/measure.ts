/**
 * The measurement routine shared by every benchmark context (Node main thread, Node worker
 * threads, browser module workers): run one hashing implementation in batches for a fixed wall
 * time, after an untimed warm-up, and report how many double hashes it did in how many ms.
 *
 * Pure: no DOM, no Node APIs; the only clock is the global `performance.now()`, which exists in
 * all three contexts. Throughput is counted in whole batches, so the timed window ends at the
 * first batch boundary after `durationMs` (a batch is kept far shorter than the window).
 */

/**
 * Hashes `count` consecutive nonces from `startNonce` (the range never wraps past 2^32 - 1).
 * Synchronous implementations return nothing; asynchronous ones return a promise.
 */
export type BatchRunner = (startNonce: number, count: number) => void | Promise<void>;

/** One implementation, ready to run: its batch runner and its batch size in nonces. */
export interface Implementation {
  run: BatchRunner;
  batchNonces: number;
}

/** What one timed run did: double hashes and elapsed wall time. */
export interface Measurement {
  hashes: number;
  ms: number;
}

/** How long to warm up (untimed) and how long to measure, in ms. */
export interface MeasureOptions {
  warmupMs: number;
  durationMs: number;
}

const NONCE_LIMIT = 2 ** 32;

/**
 * Runs `impl` for `warmupMs` untimed (V8 only tiers the kernel up after thousands of calls),
 * then for `durationMs` timed, and returns the timed part.
 */
export async function measure(
  impl: Implementation,
  { warmupMs, durationMs }: MeasureOptions,
): Promise<Measurement> {
  let nonce = 0;
  const loop = async (ms: number): Promise<Measurement> => {
    const started = performance.now();
    let hashes = 0;
    let elapsed: number;
    do {
      if (nonce + impl.batchNonces > NONCE_LIMIT) nonce = 0;
      const pending = impl.run(nonce, impl.batchNonces);
      // Only asynchronous runners pay for an await: the sync loop stays a plain loop.
      if (pending !== undefined) await pending;
      nonce += impl.batchNonces;
      hashes += impl.batchNonces;
      elapsed = performance.now() - started;
    } while (elapsed < ms);
    return { hashes, ms: elapsed };
  };
  if (warmupMs > 0) await loop(warmupMs);
  return loop(durationMs);
}

/** Double hashes per second of one measurement. */
export function hashesPerSec({ hashes, ms }: Measurement): number {
  return ms > 0 ? (hashes * 1000) / ms : 0;
}

/** The median of a non-empty list (the mean of the middle two for an even length). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
