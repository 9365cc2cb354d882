import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { installSandboxGuard } from './predictor-sandbox-guard';
import type { SandboxReply } from './predictor-sandbox-protocol';
import { runPredictor, takePrimordials } from './predictor-sandbox-run';

const JOBS = 3;
const BUDGET = 8;
const headers = Array.from({ length: JOBS }, (_, j) => new Uint8Array(80).fill(j + 1));
const candidates = headers.map((_, j) =>
  Uint32Array.from({ length: 4 * BUDGET }, (_, i) => j * 1000 + i),
);

/** Runs `source` once in a fresh guarded vm realm, as the sandbox worker does. */
function run(source: string): SandboxReply {
  const context = vm.createContext({ fetch: () => 'fetched', performance: { now: () => 0 } });
  const scope = vm.runInContext('globalThis', context) as typeof globalThis;
  const prim = takePrimordials(scope);
  const guard = installSandboxGuard(scope, { memoryBudgetBytes: 2 ** 24, random: () => 0.5 });
  return runPredictor(
    { type: 'run', source, seed: 1, headers, budget: BUDGET, candidates },
    guard,
    prim,
    () => {},
  );
}

function failure(reply: SandboxReply) {
  expect(reply.type).toBe('failed');
  return reply.type === 'failed' ? reply.failure : null;
}

describe('runPredictor', () => {
  it('score mode: one finite score per candidate, per job, from the header it was given', () => {
    const reply = run('function score(nonce, header) { return header[0] * 1e6 - nonce; }');
    expect(reply.type).toBe('scores');
    if (reply.type !== 'scores') return;
    expect(reply.scores).toHaveLength(JOBS);
    expect(reply.scores[1]![0]).toBe(2e6 - 1000);
    expect(reply.scores[2]).toHaveLength(4 * BUDGET);
  });

  it('propose mode: the nonces as a Uint32Array per job; fewer than the budget is fine', () => {
    const reply = run(
      'function propose(header, budget) { return [header[0], budget, 0xffffffff]; }',
    );
    expect(reply.type).toBe('proposals');
    if (reply.type !== 'proposals') return;
    // The arrays come from the vm realm: compare their contents.
    expect(reply.nonces.map((list) => [...list])).toEqual(
      headers.map((_, j) => [j + 1, BUDGET, 0xffffffff]),
    );
  });

  it('says what is wrong with broken code, and on which job', () => {
    expect(failure(run('function score( {'))?.code).toBe('syntax');
    expect(failure(run('const x = 1;'))).toEqual({ code: 'noFunction' });
    expect(failure(run('function score() {} function propose() {}'))).toEqual({
      code: 'twoFunctions',
    });
    expect(
      failure(run('function score(n, h) { if (h[0] === 2) throw new Error("oops"); return 1; }')),
    ).toEqual({ code: 'threw', detail: 'oops', jobIndex: 1 });
    expect(failure(run('throw new Error("at the top"); function score() {}'))).toEqual({
      code: 'threw',
      detail: 'at the top',
      jobIndex: null,
    });
  });

  it('names the wrong return type', () => {
    for (const [source, got] of [
      ['function score() { return "high"; }', 'string'],
      ['function score() { return NaN; }', 'nan'],
      ['function score() {}', 'undefined'],
      ['async function score() { return 1; }', 'promise'],
      ['function propose() { return "lots"; }', 'string'],
      ['async function propose() { return []; }', 'promise'],
      ['function propose() { return { length: 1, 0: 5 }; }', 'object'],
    ] as const) {
      expect(failure(run(source)), source).toMatchObject({ code: 'wrongType', got, jobIndex: 0 });
    }
    expect(failure(run('function propose() { return [1.5]; }'))).toMatchObject({
      code: 'badNonce',
      got: 'fraction',
      value: '1.5',
    });
    expect(failure(run('function propose() { return [-1]; }'))).toMatchObject({
      got: 'negative',
    });
    expect(failure(run('function propose(h, b) { return new Array(b + 1).fill(0); }'))).toEqual({
      code: 'tooMany',
      length: BUDGET + 1,
      budget: BUDGET,
      jobIndex: 0,
    });
  });

  it('reports the guard, even when the code swallows the error', () => {
    expect(
      failure(
        run('function propose() { try { fetch("https://example.com"); } catch (e) {} return []; }'),
      ),
    ).toEqual({
      code: 'violation',
      violation: { kind: 'network', api: 'fetch' },
      jobIndex: 0,
    });
    expect(
      failure(run('const big = new ArrayBuffer(2 ** 30); function propose() { return []; }')),
    ).toEqual({
      code: 'violation',
      violation: { kind: 'memory', api: 'ArrayBuffer', bytes: 2 ** 30 },
      jobIndex: null,
    });
    expect(failure(run('function propose() { return import("data:text/javascript,"); }'))).toEqual({
      code: 'forbiddenText',
      text: 'import(',
    });
  });

  it('cannot break out of the function body', () => {
    expect(failure(run('}); function propose() { return []; } (function () {'))?.code).toBe(
      'syntax',
    );
  });
});
