/**
 * One measurement slice of the miner under a configuration: for about `sliceMs`, each of the
 * configuration's workers scans batches of `batchSize` nonces, one message at a time, and idles
 * between messages so that its busy fraction is the duty cycle. The slice's rate is all hashes
 * done divided by the time until the last reply arrived, so a large batch that overruns the
 * slice is counted honestly, not cut off.
 *
 * Pure: the transport (a Web Worker, a Node thread, or an inline scan), the clock and `sleep`
 * are passed in.
 */
import type { TuningConfig } from './tuning-config';

/** One worker the slice can send batches to. */
export interface ScanTransport {
  /** Hashes `count` nonces; resolves when the worker's reply has arrived. */
  scan(count: number): Promise<{ hashes: number }>;
}

export interface SliceClock {
  /** Milliseconds, monotonic. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface SliceMeasurement {
  hashes: number;
  elapsedMs: number;
  hashesPerSec: number;
  messages: number;
}

/**
 * Idle time is owed in small amounts (a 64-nonce batch takes a fraction of a millisecond) but
 * timers are coarse (browsers clamp nested timeouts to 4 ms), so it is paid in one sleep once
 * this much is owed, and the time actually slept is subtracted.
 */
const SLEEP_DEBT_MS = 8;

export async function measureSlice(
  config: TuningConfig,
  transports: readonly ScanTransport[],
  clock: SliceClock,
  sliceMs: number,
): Promise<SliceMeasurement> {
  if (transports.length < config.workers) {
    throw new RangeError(`${config.workers} workers wanted, ${transports.length} available`);
  }
  const started = clock.now();
  const end = started + sliceMs;
  let hashes = 0;
  let messages = 0;
  const idlePerBusy = (1 - config.dutyCycle) / config.dutyCycle;
  const loops = transports.slice(0, config.workers).map(async (transport) => {
    let debtMs = 0;
    while (clock.now() < end) {
      const sent = clock.now();
      const reply = await transport.scan(config.batchSize);
      hashes += reply.hashes;
      messages++;
      debtMs += (clock.now() - sent) * idlePerBusy;
      if (debtMs >= SLEEP_DEBT_MS) {
        const before = clock.now();
        await clock.sleep(debtMs);
        debtMs -= clock.now() - before;
      }
    }
    // Idle time still owed belongs to this slice too, or low duty cycles would look faster.
    if (debtMs > 0) await clock.sleep(debtMs);
  });
  await Promise.all(loops);
  const elapsedMs = Math.max(1e-6, clock.now() - started);
  return { hashes, elapsedMs, hashesPerSec: (hashes * 1000) / elapsedMs, messages };
}
