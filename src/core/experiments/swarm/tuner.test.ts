import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { lookAlpha, summarisePairs, tInterval, verdictOf } from './paired-test';
import { runTuner } from './tuner';
import { nextStep, POOR_START, type TuningConfig } from './tuning-config';

/** A model miner: per-message cost 50 us, 1 M hashes/s per worker, 2 cores, drifting speed. */
function modelRate(config: TuningConfig, drift: number): number {
  const perMessageSec = 50e-6;
  const perWorker = config.batchSize / (config.batchSize / 1e6 + perMessageSec);
  return perWorker * Math.min(config.workers, 2) * config.dutyCycle * drift;
}

function modelMeasure(seed: number) {
  const noise = createRandom(seed);
  let t = 0;
  return async (config: TuningConfig) => {
    t++;
    // Slow drift of +-30 % and 5 % slice noise.
    const drift = (1 + 0.3 * Math.sin(t / 7)) * (1 + 0.05 * (noise.next() - 0.5));
    const hashesPerSec = modelRate(config, drift);
    return { hashes: hashesPerSec * 0.3, elapsedMs: 300, hashesPerSec, messages: 1 };
  };
}

describe('tInterval and summarisePairs', () => {
  it('tInterval([1, 2, 3], 0.05) is 2 +- 4.303 / sqrt(3)', () => {
    const [mean, [low, high]] = tInterval([1, 2, 3], 0.05);
    expect(mean).toBe(2);
    expect(high - 2).toBeCloseTo((4.302652729911275 * 1) / Math.sqrt(3), 9);
    expect(low).toBeCloseTo(2 - (high - 2), 12);
  });

  it('summarisePairs gives the ratio of paired rates and flags a clear winner', () => {
    const a = [100, 110, 90, 105];
    const b = a.map((r) => r * 2);
    const s = summarisePairs(a, b, lookAlpha());
    expect(s.ratio).toBeCloseTo(2, 12);
    expect(s.meanDifference).toBeCloseTo(101.25, 9);
    expect(verdictOf(s, 0.03)).toBe('challenger');
  });

  it('a paired design sees a 10 % gain through a 30 % drift that moves both arms', () => {
    const drift = [1, 1.3, 0.7, 1.1, 0.8, 1.25];
    const a = drift.map((d, i) => 100 * d * (1 + 0.01 * (i % 2)));
    const b = drift.map((d, i) => 110 * d * (1 - 0.01 * (i % 2)));
    expect(verdictOf(summarisePairs(a, b, lookAlpha()), 0.03)).toBe('challenger');
  });

  it('rejects unequal arms and rates that are not positive', () => {
    expect(() => summarisePairs([1, 2], [1], 0.05)).toThrow(RangeError);
    expect(() => summarisePairs([1, 0], [1, 2], 0.05)).toThrow(RangeError);
  });
});

describe('nextStep', () => {
  it('goes one step up the ladder and stops at the top', () => {
    expect(nextStep(POOR_START, 'batchSize', 2)).toEqual({ ...POOR_START, batchSize: 1024 });
    expect(nextStep({ ...POOR_START, workers: 2 }, 'workers', 2)).toBeNull();
    expect(nextStep({ ...POOR_START, dutyCycle: 1 }, 'dutyCycle', 2)).toBeNull();
  });
});

describe('runTuner on a model miner', () => {
  it('climbs from the poor start to big batches, full duty and both cores, and confirms it', async () => {
    const events: string[] = [];
    const report = await runTuner({
      start: POOR_START,
      maxWorkers: 3,
      random: createRandom(7),
      measure: modelMeasure(7),
      wallClockMs: () => 1_736_284_000_000,
      onEvent: (e) => events.push(e.event_type),
    });
    expect(report.final.dutyCycle).toBe(1);
    expect(report.final.workers).toBe(2);
    expect(report.final.batchSize).toBeGreaterThanOrEqual(16_384);
    const c = report.confirmation!;
    expect(c.test.summary!.ratioInterval[0]).toBeGreaterThan(5);
    expect(c.after.meanHashesPerSec).toBeGreaterThan(c.before.meanHashesPerSec);
    expect(events.filter((e) => e === 'ROLLOUT').length).toBeGreaterThanOrEqual(4);
    expect(events.at(-1)).toBe('CONFIRMATION');
    expect(report.slices).toBe(events.filter((e) => e === 'PERFORMANCE_SAMPLE').length);
  });

  it('interleaves: every pair runs both arms, in a seeded order', async () => {
    const a = await runTuner({
      start: POOR_START,
      maxWorkers: 2,
      random: createRandom(3),
      measure: modelMeasure(3),
      wallClockMs: () => 0,
      knobs: ['dutyCycle'],
    });
    const b = await runTuner({
      start: POOR_START,
      maxWorkers: 2,
      random: createRandom(3),
      measure: modelMeasure(3),
      wallClockMs: () => 0,
      knobs: ['dutyCycle'],
    });
    expect(a.tests.map((t) => t.orders)).toEqual(b.tests.map((t) => t.orders));
    for (const test of a.tests) expect(test.ratesA.length).toBe(test.ratesB.length);
    expect(new Set(a.tests.flatMap((t) => t.orders)).size).toBe(2);
  });

  it('keeps the incumbent when the challenger is no faster, after at most 16 pairs', async () => {
    const flat = createRandom(11);
    const report = await runTuner({
      start: { batchSize: 16_384, workers: 1, dutyCycle: 1 },
      maxWorkers: 1,
      random: createRandom(11),
      measure: async () => {
        const hashesPerSec = 1e6 * (1 + 0.2 * (flat.next() - 0.5));
        return { hashes: hashesPerSec, elapsedMs: 1000, hashesPerSec, messages: 1 };
      },
      wallClockMs: () => 0,
      knobs: ['batchSize'],
    });
    expect(report.final.batchSize).toBe(16_384);
    expect(report.tests[0]!.rolledOut).toBe(false);
    expect(report.tests[0]!.ratesA.length).toBeLessThanOrEqual(16);
    expect(report.confirmation).toBeNull();
  });
});
