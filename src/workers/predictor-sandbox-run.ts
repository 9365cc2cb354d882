/**
 * Inside the sandbox: compiles the reader's code and calls it on every job, turning what it
 * returns into plain typed arrays (nonces to hash, or one score per candidate) or into a
 * failure that says what went wrong and on which job. Free of worker APIs, so the tests run it
 * in a Node vm context with the guard installed there.
 *
 * The code is compiled with the Function constructor taken before the guard trapped it, as a
 * strict-mode function body: it cannot break out of the body (the constructor parses it alone),
 * `this` is undefined, and it declares `score` or `propose`. The checks here are for helpful
 * messages only; the page checks the reply again and the hashing happens elsewhere.
 */
import { checkSourceText, type Guard } from './predictor-sandbox-guard';
import type {
  PredictorMode,
  SandboxFailure,
  SandboxReply,
  SandboxRequest,
  ValueKind,
} from './predictor-sandbox-protocol';

/** Primordials the sandbox needs, taken when this module loads (before the guard). */
export interface SandboxPrimordials {
  FunctionCtor: FunctionConstructor;
  Float64ArrayCtor: Float64ArrayConstructor;
  Uint32ArrayCtor: Uint32ArrayConstructor;
  Uint8ArrayCtor: Uint8ArrayConstructor;
  isArray: (value: unknown) => boolean;
  isView: (value: unknown) => boolean;
  now: () => number;
}

export function takePrimordials(scope: typeof globalThis = globalThis): SandboxPrimordials {
  const perf = scope.performance;
  return {
    FunctionCtor: scope.Function,
    Float64ArrayCtor: scope.Float64Array,
    Uint32ArrayCtor: scope.Uint32Array,
    Uint8ArrayCtor: scope.Uint8Array,
    isArray: scope.Array.isArray,
    isView: scope.ArrayBuffer.isView,
    now: perf ? perf.now.bind(perf) : () => 0,
  };
}

const PROGRESS_EVERY_MS = 50;

/** The kind of a value, for messages. */
export function valueKind(value: unknown, isArray: (v: unknown) => boolean): ValueKind {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) return 'nan';
      if (!Number.isFinite(value)) return 'infinity';
      if (!Number.isInteger(value)) return 'fraction';
      if (value < 0) return 'negative';
      if (value > 0xffffffff) return 'tooLarge';
      return 'number';
    case 'object': {
      if (isArray(value)) return 'array';
      try {
        if (typeof (value as { then?: unknown }).then === 'function') return 'promise';
      } catch {
        // A getter that throws: just an object.
      }
      return 'object';
    }
    default:
      return typeof value as ValueKind;
  }
}

function messageOf(error: unknown): string {
  try {
    const text =
      typeof error === 'object' && error !== null && 'message' in error
        ? String((error as { message: unknown }).message)
        : String(error);
    return text.slice(0, 300);
  } catch {
    return '?';
  }
}

/**
 * Runs `request.source` and returns the reply to post (never throws for anything the code
 * does; an endless loop is stopped by the main thread's watchdog, not here).
 */
export function runPredictor(
  request: SandboxRequest,
  guard: Guard,
  prim: SandboxPrimordials,
  onProgress: (done: number, total: number) => void,
): SandboxReply {
  const fail = (failure: SandboxFailure): SandboxReply => ({ type: 'failed', failure });
  const problem = checkSourceText(request.source);
  if (problem) return fail(problem);
  let jobIndex: number | null = null;
  const caught = (error: unknown): SandboxReply =>
    guard.violation
      ? fail({ code: 'violation', violation: guard.violation, jobIndex })
      : fail({ code: 'threw', detail: messageOf(error), jobIndex });

  let factory: () => unknown;
  try {
    factory = new prim.FunctionCtor(
      `"use strict";\n${request.source}\n;return [typeof score === "function" ? score : undefined, typeof propose === "function" ? propose : undefined];`,
    ) as () => unknown;
  } catch (error) {
    // By name: in the Node tests the error comes from another realm.
    if ((error as Error | null)?.name === 'EvalError') return fail({ code: 'evalBlocked' });
    return fail({ code: 'syntax', detail: messageOf(error) });
  }

  let found: unknown;
  try {
    found = factory(); // the code's top level runs here
  } catch (error) {
    return caught(error);
  }
  if (guard.violation) return fail({ code: 'violation', violation: guard.violation, jobIndex });
  const [score, propose] = found as [unknown, unknown];
  if (typeof score === 'function' && typeof propose === 'function') {
    return fail({ code: 'twoFunctions' });
  }
  if (typeof score !== 'function' && typeof propose !== 'function') {
    return fail({ code: 'noFunction' });
  }
  const mode: PredictorMode = typeof score === 'function' ? 'score' : 'propose';
  const jobs = request.headers.length;
  const out: (Float64Array | Uint32Array)[] = [];
  let lastProgress = prim.now();

  for (let j = 0; j < jobs; j++) {
    jobIndex = j;
    // A fresh copy per job: the code may scribble on it without touching the real job.
    const header = new prim.Uint8ArrayCtor(80);
    header.set(request.headers[j]!);
    try {
      if (mode === 'score') {
        const candidates = request.candidates[j]!;
        const scores = new prim.Float64ArrayCtor(candidates.length);
        for (let i = 0; i < candidates.length; i++) {
          const value = (score as (n: number, h: Uint8Array) => unknown)(candidates[i]!, header);
          if (typeof value !== 'number' || !Number.isFinite(value)) {
            if (guard.violation) break;
            return fail({
              code: 'wrongType',
              mode,
              got: valueKind(value, prim.isArray),
              jobIndex: j,
            });
          }
          scores[i] = value;
        }
        out.push(scores);
      } else {
        const value = (propose as (h: Uint8Array, b: number) => unknown)(header, request.budget);
        if (!prim.isArray(value) && !prim.isView(value)) {
          return fail({
            code: 'wrongType',
            mode,
            got: guard.violation ? 'object' : valueKind(value, prim.isArray),
            jobIndex: j,
          });
        }
        const list = value as ArrayLike<unknown>;
        const length = list.length;
        if (!(length <= request.budget)) {
          return fail({ code: 'tooMany', length, budget: request.budget, jobIndex: j });
        }
        const nonces = new prim.Uint32ArrayCtor(length);
        for (let i = 0; i < length; i++) {
          const n = list[i];
          if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
            return fail({
              code: 'badNonce',
              got: valueKind(n, prim.isArray),
              value: messageOf(typeof n === 'bigint' ? `${n}n` : n).slice(0, 40),
              jobIndex: j,
            });
          }
          nonces[i] = n;
        }
        out.push(nonces);
      }
    } catch (error) {
      return caught(error);
    }
    if (guard.violation) return fail({ code: 'violation', violation: guard.violation, jobIndex });
    const at = prim.now();
    if (at - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = at;
      onProgress(j + 1, jobs);
    }
  }
  return mode === 'score'
    ? { type: 'scores', scores: out as Float64Array[] }
    : { type: 'proposals', nonces: out as Uint32Array[] };
}
