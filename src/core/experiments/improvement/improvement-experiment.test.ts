import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { runImprovementExperiment } from './improvement-experiment';

/** A fake millisecond clock: every timed call takes 50 ms plus 0 to 9 ms of seeded jitter. */
function fakeClock(seed: number) {
  const random = createRandom(seed);
  let now = 0;
  let running = false;
  return () => {
    if (running) now += 50 + random.int(0, 9);
    running = !running;
    return now;
  };
}

describe('runImprovementExperiment on a fake clock', () => {
  const report = runImprovementExperiment({
    seed: 1,
    rounds: 8,
    windowRounds: 4,
    chainZeros: 2,
    virtualHashesPerSec: 1000,
    nowMs: fakeClock(1),
  });
  it('the first round mints (from the 0.5 start) and windows cover all rounds', () => {
    expect(report.noiseOnly.seconds.mintRounds[0]).toBe(1);
    expect(report.noiseOnly.seconds.windows.map((w) => w.rounds)).toEqual([4, 4]);
  });
  it('mines one block per minted round, valid, and accepts the forged record', () => {
    expect(report.chain.blocks).toBe(report.noiseOnly.seconds.mints + 1);
    expect(report.chain.valid).toBe(true);
    expect(report.forgery.hashUnchanged).toBe(true);
    expect(report.forgery.accepted).toBe(true);
  });
  it('issuance with the multiplier is never below the fixed schedule', () => {
    for (const p of report.issuance.points)
      expect(p.withMultiplier).toBeGreaterThanOrEqual(p.fixed);
  });
  it('is reproducible for a seed and a clock', () => {
    const again = runImprovementExperiment({
      seed: 1,
      rounds: 8,
      windowRounds: 4,
      chainZeros: 2,
      virtualHashesPerSec: 1000,
      nowMs: fakeClock(1),
    });
    expect(again).toEqual(report);
  });
});
