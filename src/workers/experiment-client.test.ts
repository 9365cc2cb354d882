import { describe, expect, it } from 'vitest';
import { ExperimentClient, InlineExperimentWorker } from './experiment-client';
import type { ExperimentControl } from './experiment-protocol';

/** A job that counts to `steps`, awaiting a checkpoint at every step, and returns its count. */
async function countTo(steps: number, control: ExperimentControl): Promise<number> {
  let n = 0;
  for (let i = 1; i <= steps; i++) {
    const until = performance.now() + 1;
    while (performance.now() < until); // about 1 ms of work per step
    n++;
    await control.checkpoint(i, steps);
  }
  return n;
}

const client = (runner = countTo) =>
  new ExperimentClient<number, number>(() => new InlineExperimentWorker(runner));

describe('ExperimentClient', () => {
  it('runs a job to its result with progress', async () => {
    const c = client();
    const progress: number[] = [];
    const outcome = await c.run(200, (done) => progress.push(done));
    expect(outcome).toMatchObject({ status: 'done', result: 200 });
    expect(progress.at(-1)).toBe(200);
  });

  it('cancel settles the run as cancelled at once, and a new run works', async () => {
    const c = client();
    const first = c.run(100_000);
    await new Promise((r) => setTimeout(r, 30));
    c.cancel();
    expect(await first).toEqual({ status: 'cancelled' });
    expect(await c.run(10)).toMatchObject({ status: 'done', result: 10 });
  });

  it('an inline run stops computing once cancelled (it shares the thread)', async () => {
    let steps = 0;
    const c = client(async (n, control) => {
      for (let i = 1; i <= n; i++) {
        steps++;
        await control.checkpoint(i, n);
      }
      return n;
    });
    const run = c.run(10_000_000);
    await new Promise((r) => setTimeout(r, 30));
    c.cancel();
    expect(await run).toEqual({ status: 'cancelled' });
    await new Promise((r) => setTimeout(r, 120));
    const afterCancel = steps;
    await new Promise((r) => setTimeout(r, 120));
    expect(steps).toBe(afterCancel);
    expect(steps).toBeLessThan(10_000_000);
  });

  it('a new run cancels the previous one (latest request wins)', async () => {
    const c = client();
    const first = c.run(100_000);
    const second = c.run(5);
    expect(await first).toEqual({ status: 'cancelled' });
    expect(await second).toMatchObject({ status: 'done', result: 5 });
  });

  it('pauses while hidden: no progress until shown again', async () => {
    const c = client();
    let last = 0;
    const outcome = c.run(2000, (done) => (last = done));
    await new Promise((r) => setTimeout(r, 60));
    c.setHidden(true);
    expect(c.paused).toBe(true);
    await new Promise((r) => setTimeout(r, 80));
    const atPause = last;
    await new Promise((r) => setTimeout(r, 150));
    // Once paused, the job holds at its next checkpoint: no step reports any more.
    expect(last).toBe(atPause);
    expect(last).toBeLessThan(2000);
    c.setHidden(false);
    expect(await outcome).toMatchObject({ status: 'done', result: 2000 });
  });

  it('reports a thrown error as failed with its message', async () => {
    const c = client(async () => {
      throw new RangeError('budget too big');
    });
    expect(await c.run(1)).toEqual({ status: 'failed', message: 'budget too big' });
  });
});
