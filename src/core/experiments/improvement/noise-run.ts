/**
 * The noise-only run: the same tasks, timed again and again with nothing changed, fed to the
 * design's evaluator. Every round that "mints" is a false improvement: there is no model.
 *
 * Rates are reported per fixed window of rounds, because the ratchet makes records rarer as it
 * runs (for independent, identically distributed times, round n is a new best with chance
 * 1/n). Each window's rate has an exact (Clopper-Pearson) 95 % interval. The same measured
 * times can be scored in seconds (the design) and in milliseconds, to show how much the unit
 * alone decides.
 */
import { clopperPearson, type Interval } from '../../stats/intervals';
import type { Random } from '../../random';
import { evaluateRound, INITIAL_SCORE, type TimeUnit } from './evaluator';
import { timeTaskSeconds, type BenchmarkTask } from './benchmarks';

/** One round's measured times, seconds by task id. */
export type RoundTimes = Record<string, number>;

/** Mints in one window of rounds. */
export interface NoiseWindow {
  firstRound: number;
  rounds: number;
  mints: number;
  rate: number;
  ci95: Interval;
}

/** The evaluator's verdicts over a series of rounds. */
export interface NoiseRunReport {
  unit: TimeUnit;
  rounds: number;
  mints: number;
  /** Round numbers (1-based) that minted. */
  mintRounds: number[];
  /** The improvement sum of every minting round. */
  mintSums: number[];
  /** The improvement record of every minting round (what a block would carry). */
  mintRecords: Record<string, number>[];
  windows: NoiseWindow[];
}

/** Times every task once per round, `rounds` times, with the injected millisecond clock. */
export function measureRounds(
  tasks: readonly BenchmarkTask[],
  rounds: number,
  nowMs: () => number,
): RoundTimes[] {
  const out: RoundTimes[] = [];
  for (let r = 0; r < rounds; r++) out.push(measureRound(tasks, nowMs));
  return out;
}

/** One round: every task timed once. */
export function measureRound(tasks: readonly BenchmarkTask[], nowMs: () => number): RoundTimes {
  const times: RoundTimes = {};
  for (const task of tasks) times[task.id] = timeTaskSeconds(task, nowMs);
  return times;
}

/** Runs the evaluator over measured rounds and counts the mints per window of `windowRounds`. */
export function countNoiseMints(
  times: readonly RoundTimes[],
  unit: TimeUnit,
  windowRounds: number,
  initialScore: number | null = INITIAL_SCORE,
): NoiseRunReport {
  if (!Number.isInteger(windowRounds) || windowRounds < 1) {
    throw new RangeError(`windowRounds must be a whole number >= 1, got ${windowRounds}`);
  }
  let stored: Record<string, number> = {};
  const mintRounds: number[] = [];
  const mintSums: number[] = [];
  const mintRecords: Record<string, number>[] = [];
  times.forEach((round, i) => {
    const result = evaluateRound(stored, round, unit, initialScore);
    stored = result.stored;
    if (result.mints) {
      mintRounds.push(i + 1);
      mintSums.push(result.sum);
      mintRecords.push(result.improvements);
    }
  });
  const windows: NoiseWindow[] = [];
  for (let first = 1; first <= times.length; first += windowRounds) {
    const rounds = Math.min(windowRounds, times.length - first + 1);
    const mints = mintRounds.filter((r) => r >= first && r < first + rounds).length;
    windows.push({
      firstRound: first,
      rounds,
      mints,
      rate: mints / rounds,
      ci95: clopperPearson(mints, rounds),
    });
  }
  return {
    unit,
    rounds: times.length,
    mints: mintRounds.length,
    mintRounds,
    mintSums,
    mintRecords,
    windows,
  };
}

/**
 * SYNTHETIC input for the terms a browser cannot measure: the design also scores CPU and memory
 * idleness, which no web page can read. These are seeded uniform draws in [0.5, 1), labelled as
 * synthetic wherever they are shown; they only illustrate that a noisy term feeds the ratchet
 * in the same way.
 */
export function syntheticIdlenessScores(random: Random, rounds: number): RoundTimes[] {
  const out: RoundTimes[] = [];
  for (let r = 0; r < rounds; r++) {
    // Stored as "seconds" whose score 1/(1+t) equals the drawn idleness u: t = 1/u - 1.
    const cpu = 0.5 + random.next() * 0.5;
    const memory = 0.5 + random.next() * 0.5;
    out.push({ syntheticCpuIdle: 1 / cpu - 1, syntheticMemoryIdle: 1 / memory - 1 });
  }
  return out;
}
