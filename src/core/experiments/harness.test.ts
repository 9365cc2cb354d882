import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { makeJobHeaders } from './experiment-jobs';
import { runHarness, type Strategy } from './harness';
import { hitsForRange, createZeroBitsJob } from './nonce-hits';
import { withinJobModelStrategy } from './learned-strategy';

const jobs = makeJobHeaders(createRandom('harness-test'), 16);
const settings = { jobs, zeroBits: 6, budgetPerJob: 512, random: createRandom(1) };

describe('runHarness(settings, strategies)', () => {
  it('scores a copy of the sequential scan exactly like the baseline: ratio 1, p = 1', async () => {
    const copy: Strategy = {
      id: 'copy',
      propose: ({ budget }) => Array.from({ length: budget }, (_, i) => i),
    };
    const result = await runHarness(settings, [copy]);
    const [arm] = result.arms;
    expect(arm!.hits).toBe(result.sequential.hits);
    expect(arm!.vsSequential.ratio).toBe(1);
    expect(arm!.vsSequential.pValue).toBe(1);
    expect(result.sequential.hashes).toBe(16 * 512);
  });

  it('counts the sequential hits the kernel finds on each job', async () => {
    const result = await runHarness(settings, []);
    const perJob = jobs.map((h) => hitsForRange(createZeroBitsJob(h, 6), 0, 512).hitNonces.length);
    expect(result.sequential.hitsPerJob).toEqual(perJob);
    expect(result.sequential.hits).toBe(perJob.reduce((a, b) => a + b, 0));
  });

  it('an oracle that proposes only known winners beats sequential, significantly', async () => {
    // A cheating "strategy" that knows the answers (found by scanning far beyond the budget):
    // the harness must detect it, or it could not detect anything.
    const oracle: Strategy = {
      id: 'oracle',
      propose: ({ header, budget }) =>
        hitsForRange(createZeroBitsJob(header, 6), 1_000_000, 64 * budget).hitNonces.slice(
          0,
          budget,
        ),
    };
    const [arm] = (await runHarness(settings, [oracle])).arms;
    expect(arm!.hitsPerHash).toBe(1);
    expect(arm!.vsSequential.ci[0]).toBeGreaterThan(10);
    expect(arm!.vsSequential.pValue).toBeLessThan(1e-10);
  });

  it('reports per-hash rates for an arm that proposes fewer nonces than the budget', async () => {
    const few: Strategy = { id: 'few', propose: () => [1, 2, 3] };
    const [arm] = (await runHarness(settings, [few])).arms;
    expect(arm!.hashes).toBe(48);
    expect(arm!.expectedHits).toBeCloseTo(48 / 64, 12);
  });

  it('rejects a proposal over the budget, duplicate arm names and bad settings', async () => {
    const greedy: Strategy = { id: 'greedy', propose: ({ budget }) => new Uint32Array(budget + 1) };
    await expect(runHarness(settings, [greedy])).rejects.toThrow(/proposed 513 nonces/);
    const a: Strategy = { id: 'a', propose: () => [] };
    await expect(runHarness(settings, [a, a])).rejects.toThrow(/two arms/);
    await expect(runHarness({ ...settings, budgetPerJob: 0 }, [])).rejects.toThrow(RangeError);
    await expect(runHarness({ ...settings, zeroBits: 40 }, [])).rejects.toThrow(RangeError);
    await expect(runHarness({ ...settings, jobs: [] }, [])).rejects.toThrow(RangeError);
  });

  it('calls the checkpoint after every job and counts labelling hashes as own work', async () => {
    const seen: number[] = [];
    const result = await runHarness(
      { ...settings, jobs: jobs.slice(0, 3) },
      [withinJobModelStrategy(100)],
      { checkpoint: (done, total) => void seen.push(done * 10 + total) },
    );
    expect(seen).toEqual([13, 23, 33]);
    expect(result.arms[0]!.ownWorkHashes).toBe(300);
  });

  it('replays exactly from the same seed', async () => {
    const strategy = withinJobModelStrategy(256);
    const a = await runHarness({ ...settings, random: createRandom(3) }, [strategy]);
    const b = await runHarness({ ...settings, random: createRandom(3) }, [strategy]);
    expect(a).toEqual(b);
  });
});
