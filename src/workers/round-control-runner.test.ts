import { describe, expect, it } from 'vitest';
import { ExperimentClient, InlineExperimentWorker } from './experiment-client';
import {
  runRoundControlJob,
  type RoundControlJob,
  type RoundControlResult,
} from './round-control-runner';

const JOB: RoundControlJob = {
  seed: 1,
  zeroBits: 4,
  jobs: 6,
  trainingNonces: 256,
  heldOutNonces: 128,
  budgetPerJob: 64,
  rounds: [3, 4, 64],
  outputBits: [0],
};

const client = () =>
  new ExperimentClient<RoundControlJob, RoundControlResult>(
    () => new InlineExperimentWorker(runRoundControlJob),
  );

describe('runRoundControlJob through the experiment client (inline)', () => {
  it('runs the sweep to its report with progress up to every job of every R', async () => {
    const progress: [number, number][] = [];
    const outcome = await client().run(JOB, (done, total) => progress.push([done, total]));
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.result.points.map((p) => p.rounds)).toEqual([3, 4, 64]);
    expect(outcome.result.points[1]!.aboveOne).toBe(true);
    expect(progress.at(-1)).toEqual([18, 18]);
  });

  it('stops at once on cancel, and pauses while hidden', async () => {
    const c = client();
    let last = 0;
    const run = c.run({ ...JOB, jobs: 200, rounds: [4, 5, 6, 7, 8] }, (done) => (last = done));
    await new Promise((r) => setTimeout(r, 150));
    c.setHidden(true);
    await new Promise((r) => setTimeout(r, 100));
    const atPause = last;
    await new Promise((r) => setTimeout(r, 200));
    expect(last).toBe(atPause);
    c.setHidden(false);
    await new Promise((r) => setTimeout(r, 100));
    c.cancel();
    expect(await run).toEqual({ status: 'cancelled' });
    expect(last).toBeLessThan(1000);
  });
});
