import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkSourceText, installSandboxGuard, MAX_SOURCE_CHARS } from './predictor-sandbox-guard';

/** A fresh realm with a few host globals, guarded with a 64 MB budget. */
function guardedRealm() {
  const context = vm.createContext({
    fetch: () => 'fetched',
    importScripts: () => 'imported',
    XMLHttpRequest: class {},
    performance: { now: () => 0 },
  });
  const scope = vm.runInContext('globalThis', context) as object;
  const guard = installSandboxGuard(scope, {
    memoryBudgetBytes: 64 * 2 ** 20,
    random: () => 0.25,
  });
  const run = (code: string): unknown => vm.runInContext(code, context);
  const attempt = (code: string) => {
    try {
      return { value: run(code) };
    } catch (error) {
      return { error: (error as Error).name };
    }
  };
  return { guard, run, attempt };
}

describe('checkSourceText', () => {
  it('accepts ordinary code, including words that contain "import"', () => {
    expect(checkSourceText('function score(n) { const important = 1; return -n; }')).toBeNull();
  });
  it('rejects empty and too long code', () => {
    expect(checkSourceText('  \n')).toEqual({ code: 'empty' });
    expect(checkSourceText('x'.repeat(MAX_SOURCE_CHARS + 1))).toEqual({
      code: 'tooLong',
      length: MAX_SOURCE_CHARS + 1,
      limit: MAX_SOURCE_CHARS,
    });
  });
  it('rejects dynamic import however it is spaced, and importScripts', () => {
    for (const text of [
      'import("x")',
      'await import ( "x" )',
      'import /* c */ ("x")',
      'import\n("x")',
    ]) {
      expect(checkSourceText(text)).toEqual({ code: 'forbiddenText', text: 'import(' });
    }
    expect(checkSourceText('self["importScripts"]("x")')).toEqual({
      code: 'forbiddenText',
      text: 'importScripts',
    });
  });
});

describe('installSandboxGuard', () => {
  it('refuses a 1 GB ArrayBuffer and records the violation even when the code catches it', () => {
    const { guard, run } = guardedRealm();
    expect(run('try { new ArrayBuffer(2 ** 30); "allocated" } catch (e) { e.name }')).toBe(
      'SandboxViolationError',
    );
    expect(guard.violation).toEqual({ kind: 'memory', api: 'ArrayBuffer', bytes: 2 ** 30 });
  });

  it('meters typed arrays by length, by array-like and by copies, within the budget', () => {
    const { guard, run, attempt } = guardedRealm();
    expect(run('new Float64Array(1000).length')).toBe(1000);
    expect(guard.chargedBytes).toBe(8000);
    expect(run('new Uint8Array([1, 2, 3])[2]')).toBe(3);
    expect(run('new Uint8Array(new ArrayBuffer(16), 4, 4).length')).toBe(4);
    expect(run('new Uint8Array(10).slice() instanceof Uint8Array')).toBe(true);
    expect(attempt('new Uint8Array(2 ** 28)')).toEqual({ error: 'SandboxViolationError' });
    expect(attempt('Uint8Array.from({ length: 2 ** 30 })')).toEqual({
      error: 'SandboxViolationError',
    });
  });

  it('meters species copies, subclasses, resizable buffers, big Arrays and long strings', () => {
    for (const code of [
      'const a = new Uint8Array(40 * 2 ** 20); a.slice(); a.slice()',
      'class Big extends Float64Array {} new Big(2 ** 25)',
      'new ArrayBuffer(8, { maxByteLength: 2 ** 30 })',
      'new Array(2 ** 30)',
      'Array(2 ** 30)',
      'Array.from({ length: 2 ** 30 })',
      '"ab".repeat(2 ** 28)',
      '"".padEnd(2 ** 28)',
      'const a = []; a.length = 2 ** 30; a.fill(0)',
    ]) {
      const { guard, attempt } = guardedRealm();
      expect(attempt(code), code).toEqual({ error: 'SandboxViolationError' });
      expect(guard.violation?.kind, code).toBe('memory');
    }
  });

  it('a valueOf that changes its answer cannot slip past the meter', () => {
    const { guard, attempt } = guardedRealm();
    const code = 'let n = 0; new ArrayBuffer({ valueOf: () => (n++ ? 2 ** 30 : 8) }).byteLength';
    expect(attempt(code)).toEqual({ value: 8 });
    expect(guard.violation).toBeNull();
  });

  it('traps the network and code from strings, however they are reached', () => {
    for (const [code, kind, api] of [
      ['fetch("https://example.com")', 'network', 'fetch'],
      ['globalThis.fetch', 'network', 'fetch'],
      ['self.importScripts("x")', 'network', 'importScripts'],
      ['new XMLHttpRequest()', 'network', 'XMLHttpRequest'],
      ['eval("1")', 'code', 'eval'],
      ['Function("return 1")', 'code', 'Function'],
      ['(() => 0).constructor("return 1")()', 'code', 'Function'],
      ['(async () => 0).constructor("return 1")', 'code', 'Function'],
      ['(function* () {}).constructor("yield 1")', 'code', 'Function'],
      ['WebAssembly.Memory', 'code', 'WebAssembly'],
      ['structuredClone({})', 'api', 'structuredClone'],
    ] as const) {
      const { guard, attempt } = guardedRealm();
      expect(attempt(code), code).toEqual({ error: 'SandboxViolationError' });
      expect(guard.violation, code).toEqual({ kind, api });
    }
  });

  it('keeps the language usable: instanceof, Math (seeded random), JSON, Map', () => {
    const { guard, run } = guardedRealm();
    expect(run('new Uint32Array(2) instanceof Uint32Array && [] instanceof Array')).toBe(true);
    expect(run('Math.random()')).toBe(0.25);
    expect(run('JSON.stringify([...new Map([[1, 2]])])')).toBe('[[1,2]]');
    expect(run('[1, 2, 3].map((x) => x * 2).join()')).toBe('2,4,6');
    expect(guard.violation).toBeNull();
  });
});
