import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { exactAttackerSuccess } from './exact';
import { paperAttackerSuccess } from './paper';
import { checkSimulationInput, giveUpDeficitFor, simulateRaces } from './race-sim';

describe('simulateRaces', () => {
  it('its 95% interval contains the exact value and the estimate is within 4 SE', async () => {
    for (const [q, z] of [
      [0.3, 3],
      [0.2, 2],
      [0.1, 1],
      [0.4, 6],
    ] as const) {
      const races = 40_000;
      const sim = await simulateRaces({ q, z, races, random: createRandom(`attack-${q}-${z}`) });
      const exact = exactAttackerSuccess(q, z);
      expect(sim.wins).toBeGreaterThan(0);
      expect(sim.ci95[0]).toBeLessThanOrEqual(exact);
      expect(sim.ci95[1]).toBeGreaterThanOrEqual(exact);
      const se = Math.sqrt((exact * (1 - exact)) / races);
      expect(Math.abs(sim.estimate - exact)).toBeLessThan(4 * se);
    }
  });

  it('tells the exact value from the paper where they differ clearly (q = 0.3, z = 5)', async () => {
    const sim = await simulateRaces({ q: 0.3, z: 5, races: 40_000, random: createRandom(5) });
    // exact 0.1976, paper 0.1774: 40,000 races give an interval about +-0.004 wide.
    expect(sim.ci95[0]).toBeLessThanOrEqual(exactAttackerSuccess(0.3, 5));
    expect(sim.ci95[1]).toBeGreaterThanOrEqual(exactAttackerSuccess(0.3, 5));
    expect(sim.ci95[0]).toBeGreaterThan(paperAttackerSuccess(0.3, 5));
  });

  it('is replayed exactly from its seed and reports it', async () => {
    const a = await simulateRaces({ q: 0.25, z: 4, races: 5_000, random: createRandom(99) });
    const b = await simulateRaces({ q: 0.25, z: 4, races: 5_000, random: createRandom(99) });
    expect(a).toEqual(b);
    expect(a.seed).toBe(99);
  });

  it('always wins for q > 1/2 and never for q = 0, and reports progress', async () => {
    const seen: number[] = [];
    const strong = await simulateRaces({
      q: 0.6,
      z: 6,
      races: 3_000,
      random: createRandom(1),
      racesPerCheckpoint: 1_000,
      checkpoint: (done) => {
        seen.push(done);
        return Promise.resolve();
      },
    });
    expect(strong.wins).toBe(3_000);
    expect(seen).toEqual([1_000, 2_000, 3_000]);
    const none = await simulateRaces({ q: 0, z: 2, races: 1_000, random: createRandom(1) });
    expect(none.wins).toBe(0);
  });

  it('gives up only where a comeback has probability <= 1e-12', () => {
    for (const q of [0.01, 0.1, 0.3, 0.45, 0.49]) {
      const d = giveUpDeficitFor(q);
      expect((q / (1 - q)) ** d).toBeLessThanOrEqual(1e-12);
      expect((q / (1 - q)) ** (d - 1)).toBeGreaterThan(1e-12);
    }
  });

  it('refuses q = 1/2, bad counts and bad q or z', () => {
    expect(() => checkSimulationInput(0.5, 3, 10)).toThrow(/q = 0.5/);
    expect(() => checkSimulationInput(0.2, 3, 0)).toThrow(RangeError);
    expect(() => checkSimulationInput(0.2, 3, 1.5)).toThrow(RangeError);
    expect(() => checkSimulationInput(1.2, 3, 10)).toThrow(RangeError);
    expect(() => checkSimulationInput(0.2, -3, 10)).toThrow(RangeError);
  });
});
