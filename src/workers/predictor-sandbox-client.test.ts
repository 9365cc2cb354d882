import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInSandbox, type SandboxWorkerLike } from './predictor-sandbox-client';
import type { SandboxInbound } from './predictor-sandbox-protocol';
import type { SandboxSpec } from './predictor-sandbox-client';

/** Two jobs of budget 4: 16 candidates each (CANDIDATES_PER_BUDGET = 4). */
const request: SandboxSpec = {
  source: 'function propose() { return []; }',
  seed: 1,
  jobs: 2,
  budget: 4,
};

/** A fake worker whose replies the test scripts. */
function fakeWorker(onRequest: (worker: FakeWorker) => void, ready = true) {
  const worker: FakeWorker = {
    onmessage: null,
    onerror: null,
    terminated: false,
    received: [],
    postMessage: (message: SandboxInbound) => {
      worker.received.push(message);
      if (message.type === 'run') onRequest(worker);
    },
    terminate: () => {
      worker.terminated = true;
    },
    reply: (data: unknown) => worker.onmessage?.({ data }),
  };
  if (ready) setTimeout(() => worker.reply({ type: 'ready' }), 0);
  return worker;
}
type FakeWorker = SandboxWorkerLike & {
  terminated: boolean;
  received: SandboxInbound[];
  reply: (data: unknown) => void;
};

afterEach(() => vi.useRealTimers());

describe('runInSandbox', () => {
  it('passes a well-formed answer on, timed from outside, and terminates the worker', async () => {
    const worker = fakeWorker((w) =>
      w.reply({ type: 'proposals', nonces: [Uint32Array.of(1), Uint32Array.of(2, 3)] }),
    );
    const outcome = await runInSandbox(request, { timeLimitMs: 1000, createWorker: () => worker })
      .outcome;
    expect(outcome.status).toBe('proposals');
    if (outcome.status !== 'proposals') return;
    expect(outcome.nonces.map((list) => [...list])).toEqual([[1], [2, 3]]);
    expect(outcome.ownWorkMs).toBeGreaterThanOrEqual(0);
    expect(worker.terminated).toBe(true);
    // The plan's inputs first (the worker derives the jobs), then the code after 'ready'.
    expect(worker.received).toEqual([
      { type: 'plan', seed: 1, jobs: 2, budget: 4 },
      { type: 'run', source: request.source },
    ]);
  });

  it('the watchdog terminates code that never answers', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(() => {});
    const run = runInSandbox(request, { timeLimitMs: 3000, createWorker: () => worker });
    await vi.advanceTimersByTimeAsync(3100);
    expect(await run.outcome).toEqual({
      status: 'failed',
      failure: { code: 'timeout', limitMs: 3000 },
    });
    expect(worker.terminated).toBe(true);
  });

  it('a worker that never starts fails after the startup limit', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(() => {}, false);
    const run = runInSandbox(request, {
      timeLimitMs: 3000,
      startupLimitMs: 500,
      createWorker: () => worker,
    });
    await vi.advanceTimersByTimeAsync(600);
    expect((await run.outcome).status).toBe('failed');
  });

  it('refuses malformed answers: too many nonces, plain arrays, wrong job count', async () => {
    for (const data of [
      { type: 'proposals', nonces: [new Uint32Array(5), new Uint32Array(0)] },
      { type: 'proposals', nonces: [[1], [2]] },
      { type: 'scores', scores: [new Float64Array(16)] },
      { type: 'scores', scores: [new Float64Array(16), Float64Array.of(NaN)] },
      'hello',
    ]) {
      const worker = fakeWorker((w) => w.reply(data));
      const outcome = await runInSandbox(request, { timeLimitMs: 1000, createWorker: () => worker })
        .outcome;
      expect(outcome, JSON.stringify(data)).toEqual({
        status: 'failed',
        failure: { code: 'garbled' },
      });
    }
  });

  it('cancel settles at once and terminates', async () => {
    const worker = fakeWorker(() => {});
    const run = runInSandbox(request, { timeLimitMs: 1000, createWorker: () => worker });
    run.cancel();
    expect(await run.outcome).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });
});
