import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { clopperPearson } from '../../stats/intervals';
import { evaluatorTasks, type BenchmarkTask } from './benchmarks';
import { countNoiseMints, measureRounds, syntheticIdlenessScores } from './noise-run';

/**
 * A seeded fake millisecond clock: each timed call takes `baseMs` plus `stepMs` times a level
 * drawn uniformly from 0 .. levels - 1. Returns the clock and the list of true durations.
 */
function fakeClock(seed: number, baseMs: number, stepMs: number, levels: number) {
  const random = createRandom(seed);
  let now = 0;
  let running = false;
  const durationsMs: number[] = [];
  const nowMs = () => {
    if (running) {
      const d = baseMs + stepMs * random.int(0, levels - 1);
      durationsMs.push(d);
      now += d;
    }
    running = !running;
    return now;
  };
  return { nowMs, durationsMs };
}

const idle: BenchmarkTask = { id: 'task', run: () => 0 };

/** Strict new minima of a sequence (the first value counts). */
function strictRecords(values: readonly number[]): number {
  let best = Infinity;
  let records = 0;
  for (const v of values) {
    if (v < best) {
      best = v;
      records++;
    }
  }
  return records;
}

describe('countNoiseMints on a fake clock with known jitter', () => {
  it('seconds, jitter steps of 0.1 ms: only the first round (from the 0.5 start) mints', () => {
    const { nowMs } = fakeClock(1, 10, 0.1, 5);
    const report = countNoiseMints(measureRounds([idle], 1000, nowMs), 's', 100);
    // The largest possible gain is (10.4 - 10.0) ms / (1 + 0.010) s = 0.0004 < 0.001.
    expect(report.mints).toBe(1);
    expect(report.mintRounds).toEqual([1]);
  });

  it('milliseconds, the same times: every strict new best after the first mints', () => {
    const { nowMs, durationsMs } = fakeClock(2, 10, 0.1, 8);
    const times = measureRounds([idle], 1000, nowMs);
    // Read in ms, 10 ms scores 1/11: below the 0.5 start it would never mint at all, so the
    // first round sets the record instead (initialScore null).
    expect(countNoiseMints(times, 'ms', 100).mints).toBe(0);
    const report = countNoiseMints(times, 'ms', 100, null);
    // A 0.1 ms gain at 10 ms is 11.1/11.0 - 1 = 0.9 % > 0.1 %.
    expect(report.mints).toBe(strictRecords(durationsMs) - 1);
    expect(report.mints).toBeGreaterThan(0);
    expect(countNoiseMints(times, 's', 100, null).mints).toBe(0);
  });

  it('seconds, jitter steps of 2 ms: every strict new best mints, as the jitter implies', () => {
    const { nowMs, durationsMs } = fakeClock(7, 10, 2, 8);
    const report = countNoiseMints(measureRounds([idle], 500, nowMs), 's', 50);
    // A 2 ms gain is at least 0.002 / 1.024 = 0.195 % > 0.1 %.
    expect(report.mints).toBe(strictRecords(durationsMs));
  });

  it('over 400 seeds the mean mints match the expected number of strict records', () => {
    // For draws uniform on L levels, level j (0 = fastest) is a strict record with chance
    // 1/(j + 1) x (1 - ((L - 1 - j)/L)^n); the sum over j is the expected count.
    const levels = 6;
    const rounds = 60;
    let expected = 0;
    for (let j = 0; j < levels; j++) {
      expected += (1 / (j + 1)) * (1 - ((levels - 1 - j) / levels) ** rounds);
    }
    let total = 0;
    let totalSq = 0;
    const seeds = 400;
    for (let seed = 0; seed < seeds; seed++) {
      const { nowMs } = fakeClock(seed, 20, 3, levels);
      const m = countNoiseMints(measureRounds([idle], rounds, nowMs), 's', rounds).mints;
      total += m;
      totalSq += m * m;
    }
    const mean = total / seeds;
    const se = Math.sqrt((totalSq / seeds - mean * mean) / seeds);
    expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
  });

  it('the ratchet makes mints rarer: fewer in the last window than in the first', () => {
    const { nowMs } = fakeClock(3, 10, 2, 1000);
    const report = countNoiseMints(measureRounds([idle], 1000, nowMs), 's', 250);
    expect(report.windows.map((w) => w.rounds)).toEqual([250, 250, 250, 250]);
    expect(report.windows[3]!.mints).toBeLessThan(report.windows[0]!.mints);
  });

  it('windows carry the exact Clopper-Pearson interval of their rate', () => {
    const times = [0.01, 0.008, 0.009, 0.006, 0.007].map((t) => ({ task: t }));
    const report = countNoiseMints(times, 's', 2);
    expect(report.mintRounds).toEqual([1, 2, 4]);
    expect(report.windows).toEqual([
      { firstRound: 1, rounds: 2, mints: 2, rate: 1, ci95: clopperPearson(2, 2) },
      { firstRound: 3, rounds: 2, mints: 1, rate: 0.5, ci95: clopperPearson(1, 2) },
      { firstRound: 5, rounds: 1, mints: 0, rate: 0, ci95: clopperPearson(0, 1) },
    ]);
  });

  it('rejects a window that is not a whole number >= 1', () => {
    expect(() => countNoiseMints([], 's', 0)).toThrow(RangeError);
  });
});

describe('the evaluator tasks and the synthetic idleness input', () => {
  it('evaluatorTasks gives the three design tasks, timed through the injected clock', () => {
    const tasks = evaluatorTasks(createRandom(1), 0.01);
    expect(tasks.map((t) => t.id)).toEqual(['sumOfSquares', 'eigenvalues', 'stringRegex']);
    const { nowMs } = fakeClock(1, 5, 1, 3);
    const [round] = measureRounds(tasks, 1, nowMs);
    expect(Object.keys(round!)).toEqual(['sumOfSquares', 'eigenvalues', 'stringRegex']);
    for (const t of Object.values(round!)) expect([0.005, 0.006, 0.007]).toContain(t);
  });

  it('synthetic idleness scores are seeded, in [0.5, 1) once scored, and labelled synthetic', () => {
    const a = syntheticIdlenessScores(createRandom(5), 20);
    expect(a).toEqual(syntheticIdlenessScores(createRandom(5), 20));
    for (const round of a) {
      expect(Object.keys(round)).toEqual(['syntheticCpuIdle', 'syntheticMemoryIdle']);
      for (const t of Object.values(round)) {
        expect(1 / (1 + t)).toBeGreaterThanOrEqual(0.5 - 1e-12);
        expect(1 / (1 + t)).toBeLessThan(1);
      }
    }
  });
});
