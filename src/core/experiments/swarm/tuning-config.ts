/**
 * The knobs the self-tuning swarm turns on the app's own miner, and the steps it may try.
 *
 * - `batchSize`: nonces per message to a worker. Every message costs a round trip (structured
 *   clone, the worker's job lookup, the reply); tiny batches pay it per few dozen hashes.
 * - `workers`: mining workers hashing at once (each is one OS thread).
 * - `dutyCycle`: the fraction of wall time a worker is kept busy; the rest it idles (the
 *   design's "strategy_aggression": intensity against cooling).
 *
 * None of these changes the chance that one hash meets a target; they change only how many
 * hashes are done per second.
 */

export interface TuningConfig {
  batchSize: number;
  workers: number;
  dutyCycle: number;
}

export type KnobId = keyof TuningConfig;

/** The order the tuner tries the knobs in. */
export const KNOB_ORDER: readonly KnobId[] = ['batchSize', 'dutyCycle', 'workers'];

export const BATCH_SIZES: readonly number[] = [64, 1024, 16_384, 131_072];
export const DUTY_CYCLES: readonly number[] = [0.25, 0.5, 0.75, 1];

/** A deliberately poor start: tiny batches, half the time idle, one worker. */
export const POOR_START: TuningConfig = { batchSize: 64, workers: 1, dutyCycle: 0.5 };

/** The values each knob may take; workers go from 1 to `maxWorkers`. */
export function knobLadder(knob: KnobId, maxWorkers: number): readonly number[] {
  if (knob === 'batchSize') return BATCH_SIZES;
  if (knob === 'dutyCycle') return DUTY_CYCLES;
  return Array.from({ length: Math.max(1, maxWorkers) }, (_, i) => i + 1);
}

/** The next step up the knob's ladder from `config`, or null at the top. */
export function nextStep(
  config: TuningConfig,
  knob: KnobId,
  maxWorkers: number,
): TuningConfig | null {
  const ladder = knobLadder(knob, maxWorkers);
  const above = ladder.find((value) => value > config[knob]);
  return above === undefined ? null : { ...config, [knob]: above };
}

/** Throws a RangeError unless every knob is in range. */
export function checkConfig(config: TuningConfig, maxWorkers: number): void {
  const { batchSize, workers, dutyCycle } = config;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1 << 22) {
    throw new RangeError(`batch size must be from 1 to 4,194,304 nonces, got ${batchSize}`);
  }
  if (!Number.isInteger(workers) || workers < 1 || workers > maxWorkers) {
    throw new RangeError(`workers must be from 1 to ${maxWorkers}, got ${workers}`);
  }
  if (!(dutyCycle > 0 && dutyCycle <= 1)) {
    throw new RangeError(`duty cycle must be above 0 and at most 1, got ${dutyCycle}`);
  }
}

/** "batch 64 · 1 worker · duty 50%" (stable, language-neutral; for logs and the CLI). */
export function configLabel(config: TuningConfig): string {
  return `batch ${config.batchSize} · ${config.workers} worker${config.workers === 1 ? '' : 's'} · duty ${Math.round(config.dutyCycle * 100)}%`;
}

export function sameConfig(a: TuningConfig, b: TuningConfig): boolean {
  return a.batchSize === b.batchSize && a.workers === b.workers && a.dutyCycle === b.dutyCycle;
}
