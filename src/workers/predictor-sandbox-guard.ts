/**
 * The guard of the predictor sandbox: what is installed in a worker's global scope before a
 * reader's code runs there, and the text checks made before it is even sent.
 *
 * Measured in Chromium 156 on this machine (a page with the site's CSP meta tag, served once
 * without and once with a CSP response header on the worker script):
 * - `new ArrayBuffer(2 ** 30)` succeeds in every kind of worker, and `performance.memory` is
 *   undefined in workers: nothing in the browser caps a worker's memory, so the guard meters
 *   the allocating constructors itself (ArrayBuffer, the typed arrays, Array with a length,
 *   Array.prototype.fill, String.prototype.repeat / padStart / padEnd) against a budget
 *   charged cumulatively (freed memory is never refunded: simple and conservative).
 * - A same-origin worker file gets its CSP from its own response headers, not from the page's
 *   meta tag: under `vite preview` (no headers) `new Function` and `import('data:...')` both
 *   work in it, while the page itself blocks eval. With a `script-src 'self'` header on the
 *   worker script, `new Function` throws EvalError there (the sandbox then says the host
 *   forbids running code). A blob: worker inherits the page's CSP, so eval is blocked there.
 * - Deleting `fetch` does not remove dynamic `import()`, which is syntax: source containing
 *   `import(` or `importScripts` is rejected as text, and the code constructors (Function,
 *   eval, the async and generator function constructors, string timers) are trapped so that
 *   such text cannot be assembled at run time.
 *
 * Every global outside a short allowlist of ECMAScript built-ins (plus console and
 * performance) is replaced by a trap that records the attempt and throws, so `fetch`,
 * `globalThis.fetch` and `self.fetch` all give one clear message. A trap records the first
 * violation even when the reader's code catches the error, and the run then fails.
 *
 * Limits, said plainly: memory grown by pushing onto plain arrays or by doubling strings is
 * not metered; the main thread's time limit (it terminates the worker) bounds those. None of
 * this decides a result: the sandbox only proposes nonces, and they are hashed elsewhere.
 */

/** The most characters of code accepted. */
export const MAX_SOURCE_CHARS = 20_000;

/** What is wrong with the text of the code, before anything runs. */
export type SourceProblem =
  | { code: 'empty' }
  | { code: 'tooLong'; length: number; limit: number }
  | { code: 'forbiddenText'; text: 'import(' | 'importScripts' };

/** `import(` with any spaces or comments between, as dynamic import may be written. */
const DYNAMIC_IMPORT = /\bimport\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*\(/;

/** The first problem of `source` as text, or null. Runs on both sides of the sandbox. */
export function checkSourceText(source: string): SourceProblem | null {
  if (source.trim() === '') return { code: 'empty' };
  if (source.length > MAX_SOURCE_CHARS) {
    return { code: 'tooLong', length: source.length, limit: MAX_SOURCE_CHARS };
  }
  if (DYNAMIC_IMPORT.test(source)) return { code: 'forbiddenText', text: 'import(' };
  if (/importScripts/.test(source)) return { code: 'forbiddenText', text: 'importScripts' };
  return null;
}

/** Why the guard stopped the code. */
export type ViolationKind = 'memory' | 'network' | 'code' | 'api';

export interface Violation {
  kind: ViolationKind;
  /** The global or method used, e.g. "fetch", "ArrayBuffer". */
  api: string;
  /** For 'memory': the bytes the refused allocation asked for. */
  bytes?: number;
}

export interface Guard {
  /** The first violation, or null. */
  readonly violation: Violation | null;
  /** Bytes charged so far. */
  readonly chargedBytes: number;
  readonly memoryBudgetBytes: number;
}

export interface GuardOptions {
  memoryBudgetBytes: number;
  /** Replaces Math.random (seeded from the run's seed, so a run replays). */
  random?: () => number;
}

/** ECMAScript built-ins the reader's code may use (plus console and performance). */
export const ALLOWED_GLOBALS: ReadonlySet<string> = new Set([
  'globalThis',
  'Infinity',
  'NaN',
  'undefined',
  'isFinite',
  'isNaN',
  'parseFloat',
  'parseInt',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  'escape',
  'unescape',
  'AggregateError',
  'Array',
  'ArrayBuffer',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'Boolean',
  'DataView',
  'Date',
  'Error',
  'EvalError',
  'Float16Array',
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Intl',
  'Iterator',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'Proxy',
  'RangeError',
  'ReferenceError',
  'Reflect',
  'RegExp',
  'Set',
  'String',
  'Symbol',
  'SyntaxError',
  'TypeError',
  'URIError',
  'Uint8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  'WeakMap',
  'WeakRef',
  'WeakSet',
  'console',
  'performance',
]);

const NETWORK = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'navigator',
  'BroadcastChannel',
  'MessageChannel',
  'Worker',
  'SharedWorker',
  'RTCPeerConnection',
  'indexedDB',
  'caches',
  'Request',
  'Response',
]);
const CODE = new Set(['eval', 'Function', 'setTimeout', 'setInterval', 'WebAssembly']);

const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float16Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const;

/** The error a trap throws (the reader's code may catch it; the violation stays recorded). */
export class SandboxViolationError extends Error {
  constructor(readonly violation: Violation) {
    super(`blocked by the sandbox: ${violation.api}`);
    this.name = 'SandboxViolationError';
  }
}

type AnyObject = Record<PropertyKey, unknown>;

/**
 * Installs the guard on `scope` (a worker's global, or a vm context's global in tests). Call it
 * after the worker has taken what it needs itself (postMessage, message listener).
 */
export function installSandboxGuard(scope: object, options: GuardOptions): Guard {
  const g = scope as AnyObject;
  const { defineProperty, getOwnPropertyNames, getPrototypeOf, getOwnPropertyDescriptor } = Object;
  // Primordials, taken before the reader's code can replace them.
  const { construct, apply } = Reflect;
  const { trunc, floor, max } = Math;
  const { isNaN } = Number;
  const [NumberOf, StringOf] = [Number, String];
  const budget = options.memoryBudgetBytes;
  const state = { violation: null as Violation | null, charged: 0 };

  const violate = (violation: Violation): never => {
    state.violation ??= violation;
    throw new SandboxViolationError(violation);
  };
  const charge = (api: string, bytes: number) => {
    // NaN or a negative size passes: the real constructor then throws its own RangeError.
    if (bytes > budget - state.charged) violate({ kind: 'memory', api, bytes });
    state.charged += bytes;
  };
  const kindOf = (name: string): ViolationKind =>
    NETWORK.has(name) ? 'network' : CODE.has(name) ? 'code' : 'api';
  const lock = (target: object, key: PropertyKey, descriptor: PropertyDescriptor) => {
    try {
      defineProperty(target, key, { ...descriptor, configurable: false });
    } catch {
      // A non-configurable property of the host: it stays (the e2e test lists what matters).
    }
  };
  const trapOf = (name: string) =>
    function blocked() {
      return violate({ kind: kindOf(name), api: name });
    };

  // 1. Metered constructors. `toLength` reads a primitive once, so a valueOf that changes its
  //    answer between the check and the allocation cannot slip past.
  const toLength = (value: unknown): number => {
    const n = typeof value === 'number' ? value : value === undefined ? 0 : NumberOf(value);
    return isNaN(n) ? 0 : trunc(n);
  };
  const byteLength = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')!.get!;
  const isBuffer = (value: unknown) => {
    try {
      apply(byteLength, value, []);
      return true;
    } catch {
      return false;
    }
  };
  const boundedValues = (source: AnyObject, api: string, bytesEach: number): unknown[] => {
    const most = floor((budget - state.charged) / bytesEach);
    const values: unknown[] = [];
    const iterator = source[Symbol.iterator];
    if (typeof iterator === 'function') {
      const it = apply(iterator, source, []) as Iterator<unknown>;
      for (let step = it.next(); !step.done; step = it.next()) {
        if (values.length >= most) charge(api, (values.length + 1) * bytesEach);
        values[values.length] = step.value;
      }
    } else {
      const length = toLength(source.length);
      if (length > most) charge(api, length * bytesEach);
      for (let i = 0; i < length; i++) values[i] = source[i];
    }
    charge(api, values.length * bytesEach);
    return values;
  };
  const wrapConstructor = (
    name: string,
    handler: (target: AnyObject, args: unknown[], newTarget: object) => object,
    onCall?: (target: AnyObject, args: unknown[]) => unknown,
  ) => {
    const original = g[name] as ((...args: unknown[]) => unknown) & { prototype: object };
    if (typeof original !== 'function') return;
    const proxy = new Proxy(original, {
      construct: (target, args, newTarget) =>
        handler(target as unknown as AnyObject, args, newTarget),
      ...(onCall
        ? {
            apply: (target: unknown, _this: unknown, args: unknown[]) =>
              onCall(target as AnyObject, args),
          }
        : {}),
    });
    // Species lookups (slice, map, subarray copies) go through `constructor`: point it here.
    lock(original.prototype, 'constructor', { value: proxy, writable: false });
    lock(g, name, { value: proxy, writable: false });
  };

  wrapConstructor('ArrayBuffer', (target, args, newTarget) => {
    const length = toLength(args[0]);
    const options = args[1] as { maxByteLength?: unknown } | undefined;
    const maxLength =
      options !== null && typeof options === 'object' ? toLength(options.maxByteLength) : null;
    charge('ArrayBuffer', max(length, maxLength ?? 0));
    return construct(
      target as never,
      maxLength === null ? [length] : [length, { maxByteLength: maxLength }],
      newTarget as never,
    ) as object;
  });
  for (const name of TYPED_ARRAYS) {
    const bytesEach = (g[name] as { BYTES_PER_ELEMENT?: number } | undefined)?.BYTES_PER_ELEMENT;
    if (!bytesEach) continue;
    wrapConstructor(name, (target, args, newTarget) => {
      const first = args[0];
      if (typeof first !== 'object' || first === null) {
        const length = toLength(first);
        charge(name, length * bytesEach);
        return construct(target as never, [length], newTarget as never) as object;
      }
      // A view on an existing buffer allocates nothing.
      if (isBuffer(first))
        return construct(target as never, args.slice(0, 3), newTarget as never) as object;
      const values = boundedValues(first as AnyObject, name, bytesEach);
      const out = construct(target as never, [values.length], newTarget as never) as AnyObject;
      for (let i = 0; i < values.length; i++) out[i] = values[i];
      return out;
    });
  }
  const arrayCharge = (args: unknown[]) =>
    charge(
      'Array',
      8 * (args.length === 1 && typeof args[0] === 'number' ? toLength(args[0]) : args.length),
    );
  wrapConstructor(
    'Array',
    (target, args, newTarget) => {
      arrayCharge(args);
      return construct(target as never, args, newTarget as never) as object;
    },
    (target, args) => {
      arrayCharge(args);
      return construct(target as never, args);
    },
  );
  const wrapMethod = (
    owner: AnyObject,
    key: string,
    bytes: (self: unknown, args: unknown[]) => number,
  ) => {
    const original = owner[key] as (...args: unknown[]) => unknown;
    lock(owner, key, {
      value: function (this: unknown, ...args: unknown[]) {
        charge(key, bytes(this, args));
        return apply(original, this, args);
      },
      writable: false,
    });
  };
  const stringProto = (g.String as StringConstructor).prototype as unknown as AnyObject;
  const arrayProto = (g.Array as ArrayConstructor).prototype as unknown as AnyObject;
  const text = (self: unknown) => StringOf(self).length;
  wrapMethod(stringProto, 'repeat', (self, [count]) => 2 * text(self) * toLength(count));
  wrapMethod(stringProto, 'padStart', (_self, [max]) => 2 * toLength(max));
  wrapMethod(stringProto, 'padEnd', (_self, [max]) => 2 * toLength(max));
  wrapMethod(arrayProto, 'fill', (self) => 8 * toLength((self as AnyObject).length));

  // 2. Code from strings: trap every function constructor reachable through `.constructor`.
  //    The samples must come from the guarded realm (the same one in a worker; another one
  //    in the Node tests, where a vm context is guarded).
  const codeTrap = trapOf('Function');
  const samples =
    g.Function === Function
      ? [function () {}, async function () {}, function* () {}, async function* () {}]
      : ((g.Function as FunctionConstructor)(
          'return [function () {}, async function () {}, function* () {}, async function* () {}]',
        )() as object[]);
  for (const sample of samples) {
    lock(getPrototypeOf(sample) as object, 'constructor', { value: codeTrap, writable: false });
  }
  if (options.random) lock(g.Math as object, 'random', { value: options.random, writable: false });

  // 3. Every other global, on the scope and its prototype chain: deleted, then trapped.
  const names = new Set<string>();
  for (let o: object | null = g; o && o !== Object.prototype; o = getPrototypeOf(o) as object) {
    for (const name of getOwnPropertyNames(o)) names.add(name);
  }
  for (const name of [...NETWORK, ...CODE, 'SharedArrayBuffer', 'Atomics', 'structuredClone']) {
    names.add(name);
  }
  names.delete('self');
  for (const name of names) {
    if (ALLOWED_GLOBALS.has(name)) continue;
    for (
      let o: object | null = getPrototypeOf(g) as object;
      o && o !== Object.prototype;
      o = getPrototypeOf(o) as object
    ) {
      try {
        delete (o as AnyObject)[name];
      } catch {
        // Not deletable: the own trap below shadows it.
      }
    }
    const trap = trapOf(name);
    lock(g, name, { get: trap, set: trap });
  }
  lock(g, 'self', { value: g, writable: false });

  return {
    get violation() {
      return state.violation;
    },
    get chargedBytes() {
      return state.charged;
    },
    memoryBudgetBytes: budget,
  };
}
