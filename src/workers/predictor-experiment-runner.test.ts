import { describe, expect, it } from 'vitest';
import { runPredictorJob, type PredictorJob } from './predictor-experiment-runner';
import { checkedProposal, predictorPlan, topScored, CANDIDATES_PER_BUDGET } from './predictor-plan';

const control = { checkpoint: async () => {} };

describe('predictorPlan', () => {
  it('derives the same headers and candidates from the same seed, others from another', () => {
    const a = predictorPlan(2009, 4, 16);
    expect(predictorPlan(2009, 4, 16)).toEqual(a);
    expect(a.candidates[0]).toHaveLength(CANDIDATES_PER_BUDGET * 16);
    expect(predictorPlan(2010, 4, 16).headers[0]).not.toEqual(a.headers[0]);
  });
});

describe('topScored and checkedProposal', () => {
  it('topScored keeps the highest scores, earlier candidates first on ties', () => {
    const candidates = Uint32Array.from([10, 11, 12, 13, 14]);
    expect([...topScored(candidates, [1, 5, 5, -2, 3], 3)]).toEqual([11, 12, 14]);
    expect(() => topScored(candidates, [1, 2], 3)).toThrow(RangeError);
    expect(() => topScored(candidates, [1, 2, NaN, 4, 5], 3)).toThrow(RangeError);
  });
  it('checkedProposal refuses more than the budget and values outside 0..2^32-1', () => {
    expect([...checkedProposal([0, 0xffffffff], 2)]).toEqual([0, 0xffffffff]);
    expect(() => checkedProposal([1, 2, 3], 2)).toThrow(RangeError);
    expect(() => checkedProposal([2 ** 32], 2)).toThrow(RangeError);
    expect(() => checkedProposal([0.5], 2)).toThrow(RangeError);
  });
});

describe('runPredictorJob', () => {
  const base = { seed: 2009, zeroBits: 8, jobs: 32, budgetPerJob: 1024, ownWorkMs: 0 };

  it('proposing 0 .. budget-1 is the sequential scan: the same hits, ratio exactly 1', async () => {
    const job: PredictorJob = {
      ...base,
      answer: {
        mode: 'propose',
        nonces: Array.from({ length: 32 }, () => Uint32Array.from({ length: 1024 }, (_, i) => i)),
      },
    };
    const { result, proposedPerJob } = await runPredictorJob(job, control);
    const arm = result.arms[0]!;
    expect(arm.hits).toBe(result.sequential.hits);
    expect(arm.vsSequential.ratio).toBe(1);
    expect(arm.vsSequential.pValue).toBe(1);
    expect(proposedPerJob).toEqual(new Array(32).fill(1024));
  });

  it('"prefer small nonces" with seed 2009: the numbers the browser test expects', async () => {
    const plan = predictorPlan(2009, 32, 1024);
    const job: PredictorJob = {
      ...base,
      ownWorkMs: 50,
      answer: {
        mode: 'score',
        scores: plan.candidates.map((c) => Float64Array.from(c, (n) => -n)),
      },
    };
    const { result, hashesPerSec } = await runPredictorJob(job, control);
    const arm = result.arms[0]!;
    expect({ hits: arm.hits, hashes: arm.hashes, sequential: result.sequential.hits }).toEqual({
      hits: 121,
      hashes: 32 * 1024,
      sequential: 131,
    });
    expect(arm.vsSequential.ci[0]).toBeLessThan(1);
    expect(arm.vsSequential.ci[1]).toBeGreaterThan(1);
    expect(hashesPerSec).toBeGreaterThan(0);
    expect(arm.ownWorkHashes).toBeGreaterThan(0);
  });

  it('refuses a forged answer: too many nonces, or scores that do not match', async () => {
    const tooMany: PredictorJob = {
      ...base,
      jobs: 1,
      answer: { mode: 'propose', nonces: [new Uint32Array(1025)] },
    };
    await expect(runPredictorJob(tooMany, control)).rejects.toThrow(RangeError);
    const short: PredictorJob = {
      ...base,
      jobs: 1,
      answer: { mode: 'score', scores: [new Float64Array(3)] },
    };
    await expect(runPredictorJob(short, control)).rejects.toThrow(RangeError);
  });
});
