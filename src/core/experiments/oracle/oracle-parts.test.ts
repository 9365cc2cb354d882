import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { filterPassRates } from './filter-experiment';
import { FOREST_CONTROL, runForestControl } from './forest-control';
import { runGenerator } from './generators';

describe('the nonce oracle experiment parts (small sizes)', () => {
  it('filterPassRates: nothing reaches 0.75 under any filter or reading', () => {
    const r = filterPassRates(createRandom('parts'), 2000);
    expect(r.original.passRate).toBe(0);
    expect(r.original.bestScore).toBeLessThan(0.75);
    expect(r.rewrite).toHaveLength(4);
    for (const x of r.rewrite) expect(x.passRate).toBe(0);
    expect(r.ethical.passRate).toBe(0);
    expect(r.original.histogram.counts.reduce((s, c) => s + c, 0)).toBe(2000);
  });

  it('the same forest, within a job, beats chance against SHA-256d cut to 4 rounds', async () => {
    const r = await runForestControl(createRandom('parts'), {}, { ...FOREST_CONTROL, jobs: 3 });
    expect(r.hashes).toBe(3 * FOREST_CONTROL.budgetPerJob);
    expect(r.ownWorkHashes).toBe(3 * FOREST_CONTROL.trainingNoncesPerJob);
    expect(r.ci95[0]).toBeGreaterThan(1.5);
  });

  it('runGenerator: same budget as sequential, per-job counts add up, same seed same numbers', async () => {
    for (const id of ['rangeBandit', 'softmaxBins', 'retrainingLoop'] as const) {
      const run = () =>
        runGenerator({
          random: createRandom(id),
          zeroBits: 4,
          jobs: 3,
          budgetPerJob: 128,
          chunk: 64,
          id,
        });
      const a = await run();
      expect(a.hashes).toBe(3 * 128);
      expect(a.hitsPerJob.reduce((s, h) => s + h, 0)).toBe(a.hits);
      expect(a.ci95[0]).toBeLessThan(a.ci95[1]);
      expect(await run()).toEqual(a);
    }
  });
});
