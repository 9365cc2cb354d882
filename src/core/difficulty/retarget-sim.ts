/**
 * A seeded simulation of the retarget rule reacting to a change of hash rate: block times are
 * drawn as exponential waiting times with mean 600 s × (difficulty / hash rate) (both relative
 * to the start, where the network is in balance); at the end of each period of 2,016 blocks the
 * real rule (`nextBits`, with its clamp, cap, off-by-one and compact rounding) sets the next
 * difficulty from the whole-second timestamps of the period's first and last block.
 */
import { createRandom, type Seed } from '../random';
import { difficultyFromTarget } from '../hash/difficulty';
import { bitsToTarget } from '../hash/target';
import { nextBits, RETARGET_INTERVAL, TARGET_SPACING, type Clamp } from './retarget';

/** The settings of one run. */
export interface RetargetSimOptions {
  seed: Seed;
  /** Number of periods simulated (1..60). */
  periods: number;
  /** Zero-based period at whose start the hash rate changes. */
  changeAt: number;
  /** Hash-rate multiplier from then on (e.g. 0.5 or 2; from 1/16 to 16). */
  factor: number;
  /** Compact bits of the first period (default 0x1b0404cb, a real 2010 value). */
  startBits?: number;
}

/** One simulated period. */
export interface SimPeriod {
  period: number;
  /** Hash rate relative to the start. */
  hashRate: number;
  bits: string;
  /** Difficulty relative to the start. */
  relativeDifficulty: number;
  /** Mean of the 2,016 simulated block intervals, seconds. */
  meanBlockTime: number;
  /** Days the period took. */
  days: number;
  /** The clamp applied at the retarget that ends this period. */
  clamp: Clamp;
}

export const DEFAULT_START_BITS = 0x1b0404cb;

/** Checks the options; returns a message for the first bad one, or null. */
export function simOptionsProblem(o: RetargetSimOptions): string | null {
  if (!Number.isInteger(o.periods) || o.periods < 1 || o.periods > 60) {
    return `periods must be a whole number from 1 to 60, got ${o.periods}`;
  }
  if (!Number.isInteger(o.changeAt) || o.changeAt < 0 || o.changeAt >= o.periods) {
    return `the change must happen at a period from 0 to ${o.periods - 1}, got ${o.changeAt}`;
  }
  if (!Number.isFinite(o.factor) || o.factor < 1 / 16 || o.factor > 16) {
    return `the hash-rate factor must be from 1/16 to 16, got ${o.factor}`;
  }
  return null;
}

/** Runs the simulation. @throws RangeError on bad options */
export function simulateRetargets(o: RetargetSimOptions): SimPeriod[] {
  const problem = simOptionsProblem(o);
  if (problem) throw new RangeError(problem);
  const random = createRandom(o.seed);
  const startBits = o.startBits ?? DEFAULT_START_BITS;
  const startDifficulty = difficultyFromTarget(bitsToTarget(startBits));
  let bits = startBits;
  let clock = 0; // seconds, real-valued; headers carry Math.floor(clock)
  const out: SimPeriod[] = [];
  for (let p = 0; p < o.periods; p++) {
    const hashRate = p >= o.changeAt ? o.factor : 1;
    const relativeDifficulty = difficultyFromTarget(bitsToTarget(bits)) / startDifficulty;
    const mean = (TARGET_SPACING * relativeDifficulty) / hashRate;
    const periodStart = clock;
    // Block 0 of the period is found one interval after the previous period's last block.
    clock += -Math.log(1 - random.next()) * mean;
    const firstTime = Math.floor(clock);
    for (let i = 1; i < RETARGET_INTERVAL; i++) clock += -Math.log(1 - random.next()) * mean;
    const lastTime = Math.floor(clock);
    const next = nextBits(bits, firstTime, lastTime);
    out.push({
      period: p,
      hashRate,
      bits: bits.toString(16).padStart(8, '0'),
      relativeDifficulty,
      meanBlockTime: (clock - periodStart) / RETARGET_INTERVAL,
      days: (clock - periodStart) / 86_400,
      clamp: next.clamp,
    });
    bits = next.bits;
  }
  return out;
}
