/**
 * Generates the WebAssembly SIMD SHA-256d scan: src/core/hash/sha256d-wasm.wat (the text, for
 * reading and review) and src/core/hash/sha256d-wasm-bytes.ts (the same module assembled by the
 * `wabt` npm package, as base64, so that Node, Vite pages and workers all load it synchronously
 * without a fetch). A unit test regenerates both and fails if either is stale.
 *
 * The kernel hashes 4 nonces per i32x4 vector, LANE_GROUPS vectors per loop iteration. It is
 * only a filter: per nonce it computes the one digest word that decides almost every nonce,
 * H7 of the final SHA-256 (the most significant word as Bitcoin reads the hash, after a byte
 * swap), and writes the nonces whose swapped H7 <= max(target top word, best top word) into a
 * candidate list. Those (a few per call, or every hit at an easy target) are re-hashed exactly
 * by the JS kernel on the JS side (sha256d-wasm.ts), so hits, their order and the best record
 * are the JS kernel's by construction.
 *
 * As in gen-sha256d-unrolled.ts, the code is a graph of 32-bit values at three levels: literals
 * (folded here), per-call values that depend only on the job (midstate, header tail: scalar
 * i32 code run once per call, splatted into vectors before the loop), and per-nonce values
 * (i32x4 code in the loop). Exact simplifications: constant folding of the padding words and
 * the IV; hoisting of the job-only rounds 0..2 and schedule terms of the header's second block;
 * dead-code elimination from the one output H7 = IV7 + E60 (rounds 61..63 of the last
 * compression, its W61..W63, and the A side of rounds 57..60 are never computed).
 *
 * Run: node bin/run-ts.mjs scripts/gen-sha256d-wasm.ts   (npm run gen:wasm)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import wabtInit from 'wabt';
import { SHA256_IV, SHA256_K } from '../src/core/hash/sha256-constants';

/**
 * i32x4 vectors per loop iteration. Interleaving more vectors only adds register pressure
 * (16 xmm registers on x64): the raw `scan` filter, measured interleaved in one run on this
 * project's 2-core AMD EPYC machine, did 5.6-5.7 M nonces/s with 1 vector, 4.2-4.3 M with 2
 * and 3.0 M with 3 in Node 20.20, and 5.6-5.9 M with 1 against 4.4-4.8 M with 2 in a
 * Chromium 156 worker.
 */
export const LANE_GROUPS = 1;
/** Memory layout shared with sha256d-wasm.ts (byte offsets; words are little-endian). */
export const WASM_LAYOUT = {
  /** 11 words: midstate (8) and header tail (3), as in the job array. */
  jobByte: 0,
  /** 1 word: candidates written by the last `scan` call. */
  candidateCountByte: 64,
  /** Candidate nonces, in scan order. */
  candidatesByte: 1024,
  /** Capacity of the candidate list; `scan` returns early before it can overflow. */
  candidateCapacity: 1024,
} as const;

type Level = 0 | 1 | 2;
type Op = 'lit' | 'load' | 'nonce' | 'add' | 'xor' | 'and' | 'ch' | 'S0' | 'S1' | 's0' | 's1';
interface Node {
  id: number;
  level: Level;
  op: Op;
  args: Node[];
  /** Literal value (op 'lit') or the job word index (op 'load'). */
  value: number;
  uses: number;
  live: boolean;
  /** Rotations read their argument twice, so it must be a local, never an inlined expression. */
  mustBeLocal: boolean;
}

const ROTATING: ReadonlySet<Op> = new Set(['S0', 'S1', 's0', 's1']);
const rotrN = (v: number, n: number) => (v >>> n) | (v << (32 - n));
const FOLD: Partial<Record<Op, (...v: number[]) => number>> = {
  xor: (a, b) => a! ^ b!,
  and: (a, b) => a! & b!,
  ch: (e, f, g) => g! ^ (e! & (f! ^ g!)),
  S0: (v) => rotrN(v!, 2) ^ rotrN(v!, 13) ^ rotrN(v!, 22),
  S1: (v) => rotrN(v!, 6) ^ rotrN(v!, 11) ^ rotrN(v!, 25),
  s0: (v) => rotrN(v!, 7) ^ rotrN(v!, 18) ^ (v! >>> 3),
  s1: (v) => rotrN(v!, 17) ^ rotrN(v!, 19) ^ (v! >>> 10),
};

/** The SHA-256d filter as a value graph; returns all nodes (creation order) and the output. */
function buildGraph(): { nodes: Node[]; h7: Node } {
  const nodes: Node[] = [];
  const node = (op: Op, level: Level, args: Node[], value = 0): Node => {
    const n: Node = {
      id: nodes.length,
      level,
      op,
      args,
      value,
      uses: 0,
      live: false,
      mustBeLocal: false,
    };
    nodes.push(n);
    return n;
  };
  const lit = (v: number) => node('lit', 0, [], v | 0);
  const apply = (op: Op, ...args: Node[]): Node => {
    const level = Math.max(...args.map((a) => a.level)) as Level;
    if (level === 0) return lit(FOLD[op]!(...args.map((a) => a.value)));
    return node(op, level, args);
  };
  /** Sum mod 2^32: literals folded, job-level terms pre-summed once per call. */
  const add = (...vals: Node[]): Node => {
    let sum = 0;
    const job: Node[] = [];
    const lane: Node[] = [];
    for (const v of vals) {
      if (v.level === 0) sum = (sum + v.value) | 0;
      else (v.level === 1 ? job : lane).push(v);
    }
    const jobTerms = sum !== 0 ? [...job, lit(sum)] : job;
    const jobSum = (): Node | undefined =>
      jobTerms.length === 0
        ? undefined
        : jobTerms.length === 1
          ? jobTerms[0]
          : node('add', 1, jobTerms);
    if (lane.length === 0) return jobSum() ?? lit(0);
    const terms = [...lane];
    const j = jobSum();
    if (j) terms.push(j);
    return terms.length === 1 ? terms[0]! : node('add', 2, terms);
  };

  /** 64 rounds over schedule `w` (16 given words) from `init`; calls `afterRound(t, E_t)`. */
  const compress = (init: Node[], w: Node[], afterRound?: (t: number, e: Node) => void) => {
    const A: Node[] = [init[3]!, init[2]!, init[1]!, init[0]!];
    const E: Node[] = [init[7]!, init[6]!, init[5]!, init[4]!];
    // Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), and this round's a ^ b is the next round's b ^ c.
    let bc = apply('xor', init[1]!, init[2]!);
    for (let t = 0; t < 64; t++) {
      if (t >= 16) {
        w[t] = add(apply('s1', w[t - 2]!), w[t - 7]!, apply('s0', w[t - 15]!), w[t - 16]!);
      }
      const [a, b, d] = [A[t + 3]!, A[t + 2]!, A[t]!];
      const [e, f, g, h] = [E[t + 3]!, E[t + 2]!, E[t + 1]!, E[t]!];
      const t1 = add(h, apply('S1', e), apply('ch', e, f, g), lit(SHA256_K[t]!), w[t]!);
      const ab = apply('xor', a, b);
      const t2 = add(apply('S0', a), apply('xor', b, apply('and', ab, bc)));
      bc = ab;
      E.push(add(d, t1));
      A.push(add(t1, t2));
      afterRound?.(t, E[t + 4]!);
    }
    return [A[67]!, A[66]!, A[65]!, A[64]!, E[67]!, E[66]!, E[65]!, E[64]!];
  };

  const midstate = Array.from({ length: 8 }, (_, i) => node('load', 1, [], i));
  const w1: Node[] = [node('load', 1, [], 8), node('load', 1, [], 9), node('load', 1, [], 10)];
  w1.push(node('nonce', 2, []));
  w1.push(lit(0x80000000));
  for (let i = 5; i < 15; i++) w1.push(lit(0));
  w1.push(lit(640));
  const fin1 = compress(midstate, w1);
  const h1 = fin1.map((v, i) => add(midstate[i]!, v));
  const w2: Node[] = [...h1, lit(0x80000000)];
  for (let i = 9; i < 15; i++) w2.push(lit(0));
  w2.push(lit(256));
  let h7: Node | undefined;
  compress(
    Array.from(SHA256_IV, (v) => lit(v)),
    w2,
    (t, e) => {
      // H7 = IV7 + E60: after a byte swap, the most significant word as Bitcoin reads the hash.
      if (t === 60) h7 = add(lit(SHA256_IV[7]!), e);
    },
  );

  const mark = (n: Node) => {
    if (n.live) return;
    n.live = true;
    for (const a of n.args) mark(a);
  };
  mark(h7!);
  for (const n of nodes) {
    if (!n.live) continue;
    for (const a of n.args) {
      a.uses++;
      if (ROTATING.has(n.op)) a.mustBeLocal = true;
    }
  }
  h7!.mustBeLocal = true;
  return { nodes, h7: h7! };
}

const u32 = (v: number) => `0x${(v >>> 0).toString(16)}`;
const vconst = (v: number) => `(v128.const i32x4 ${u32(v)} ${u32(v)} ${u32(v)} ${u32(v)})`;

/** Scalar (per-call) expression of a level-1 node over its arguments' expressions. */
function scalarExpr(n: Node, ref: (a: Node) => string): string {
  const x = n.args.map(ref);
  const rot = (a: string, k: number) => `(i32.rotr ${a} (i32.const ${k}))`;
  const xor3 = (p: string, q: string, r: string) => `(i32.xor (i32.xor ${p} ${q}) ${r})`;
  switch (n.op) {
    case 'load':
      return `(i32.load offset=${WASM_LAYOUT.jobByte + 4 * n.value} (i32.const 0))`;
    case 'add':
      return x.slice(1).reduce((acc, t) => `(i32.add ${acc} ${t})`, x[0]!);
    case 'xor':
      return `(i32.xor ${x[0]} ${x[1]})`;
    case 'and':
      return `(i32.and ${x[0]} ${x[1]})`;
    case 'ch':
      return `(i32.xor ${x[2]} (i32.and ${x[0]} (i32.xor ${x[1]} ${x[2]})))`;
    case 'S0':
      return xor3(rot(x[0]!, 2), rot(x[0]!, 13), rot(x[0]!, 22));
    case 'S1':
      return xor3(rot(x[0]!, 6), rot(x[0]!, 11), rot(x[0]!, 25));
    case 's0':
      return xor3(rot(x[0]!, 7), rot(x[0]!, 18), `(i32.shr_u ${x[0]} (i32.const 3))`);
    case 's1':
      return xor3(rot(x[0]!, 17), rot(x[0]!, 19), `(i32.shr_u ${x[0]} (i32.const 10))`);
    default:
      throw new Error(`no scalar form for ${n.op}`);
  }
}

/** i32x4 expression of a level-2 node over its arguments' expressions. */
function vectorExpr(n: Node, ref: (a: Node) => string): string {
  const x = n.args.map(ref);
  // No SIMD rotate in WebAssembly: rotr(v, k) = (v >>> k) | (v << (32 - k)).
  const rot = (a: string, k: number) =>
    `(v128.or (i32x4.shr_u ${a} (i32.const ${k})) (i32x4.shl ${a} (i32.const ${32 - k})))`;
  const xor3 = (p: string, q: string, r: string) => `(v128.xor (v128.xor ${p} ${q}) ${r})`;
  switch (n.op) {
    case 'add':
      return x.slice(1).reduce((acc, t) => `(i32x4.add ${acc} ${t})`, x[0]!);
    case 'xor':
      return `(v128.xor ${x[0]} ${x[1]})`;
    case 'and':
      return `(v128.and ${x[0]} ${x[1]})`;
    case 'ch':
      // Ch(e, f, g) = (e & f) | (~e & g): bits of f where e is set, of g elsewhere.
      return `(v128.bitselect ${x[1]} ${x[2]} ${x[0]})`;
    case 'S0':
      return xor3(rot(x[0]!, 2), rot(x[0]!, 13), rot(x[0]!, 22));
    case 'S1':
      return xor3(rot(x[0]!, 6), rot(x[0]!, 11), rot(x[0]!, 25));
    case 's0':
      return xor3(rot(x[0]!, 7), rot(x[0]!, 18), `(i32x4.shr_u ${x[0]} (i32.const 3))`);
    case 's1':
      return xor3(rot(x[0]!, 17), rot(x[0]!, 19), `(i32x4.shr_u ${x[0]} (i32.const 10))`);
    default:
      throw new Error(`no vector form for ${n.op}`);
  }
}

/** Byte-swaps each 32-bit lane (SHA-256 words are big-endian, wasm memory little-endian). */
const BSWAP_LANES = '3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12';
const bswapLanes = (v: string) => `(i8x16.shuffle ${BSWAP_LANES} ${v} ${v})`;

/** The WAT text of the kernel with `groups` i32x4 vectors per iteration. */
export function generateWat(groups: number = LANE_GROUPS): string {
  const { nodes, h7 } = buildGraph();
  const live = nodes.filter((n) => n.live);
  const scalars = live.filter((n) => n.level === 1);
  const splatted = scalars.filter((n) => live.some((p) => p.level === 2 && p.args.includes(n)));
  const isLocal = (n: Node) => n.level === 2 && (n.op === 'nonce' || n.uses > 1 || n.mustBeLocal);
  const vectorLocals = live.filter(isLocal);
  const lanesPerIteration = 4 * groups;
  const { candidateCapacity, candidatesByte, candidateCountByte } = WASM_LAYOUT;

  const scalarRef = (a: Node): string =>
    a.level === 0 ? `(i32.const ${a.value | 0})` : `(local.get $j${a.id})`;
  const vectorRef =
    (g: number) =>
    (a: Node): string => {
      if (a.level === 0) return vconst(a.value);
      if (a.level === 1) return `(local.get $s${a.id})`;
      if (isLocal(a)) return `(local.get $v${a.id}_${g})`;
      return vectorExpr(a, vectorRef(g));
    };

  const out: string[] = [];
  out.push(
    ';; GENERATED by scripts/gen-sha256d-wasm.ts: do not edit; run `npm run gen:wasm` to regenerate.',
    ';; SHA-256d nonce filter, i32x4 SIMD: 4 nonces per vector, ' +
      `${groups} vector(s) per iteration. See the generator for what it computes and why.`,
    '(module',
    '  (memory (export "memory") 1)',
    '  (global $targetTop (mut i32) (i32.const 0))',
    '  (global $bestTop (mut i32) (i32.const 0))',
    '  ;; max_u(targetTop, bestTop): a nonce is a candidate when its swapped H7 <= $threshold.',
    '  (global $threshold (mut i32) (i32.const 0))',
    '  (global $candidates (mut i32) (i32.const 0))',
    '',
    '  ;; Appends the candidate lanes of one vector (lanes >= $valid are past the range).',
    '  (func $collect (param $top v128) (param $nonce i32) (param $valid i32) (local $t i32)',
  );
  for (let lane = 0; lane < 4; lane++) {
    out.push(
      `    (if (i32.and (i32.gt_s (local.get $valid) (i32.const ${lane}))`,
      `                 (i32.le_u (local.tee $t (i32x4.extract_lane ${lane} (local.get $top))) (global.get $threshold)))`,
      '      (then',
      `        (i32.store offset=${candidatesByte} (i32.shl (global.get $candidates) (i32.const 2))`,
      `          (i32.add (local.get $nonce) (i32.const ${lane})))`,
      '        (global.set $candidates (i32.add (global.get $candidates) (i32.const 1)))',
      '        (if (i32.lt_u (local.get $t) (global.get $bestTop))',
      '          (then',
      '            (global.set $bestTop (local.get $t))',
      '            (global.set $threshold (select (global.get $targetTop) (global.get $bestTop)',
      '              (i32.gt_u (global.get $targetTop) (global.get $bestTop))))))))',
    );
  }
  out.push(
    '  )',
    '',
    ';; Filters nonces start .. start+count-1 (count >= 1; no wrap); returns how many it scanned',
    ';; (all of them, or fewer when the candidate list is nearly full) and stores the candidate',
    `;; count at byte ${candidateCountByte}, the candidates from byte ${candidatesByte}.`,
    '  (func (export "scan") (param $start i32) (param $count i32) (param $target i32) (param $best i32) (result i32)',
    '    (local $off i32) (local $stop i32) (local $thresholdv v128)',
  );
  for (let g = 0; g < groups; g++) out.push(`    (local $lanes${g} v128) (local $top${g} v128)`);
  for (const n of scalars) out.push(`    (local $j${n.id} i32)`);
  for (const n of splatted) out.push(`    (local $s${n.id} v128)`);
  for (const n of vectorLocals) {
    out.push(
      `    ${Array.from({ length: groups }, (_, g) => `(local $v${n.id}_${g} v128)`).join(' ')}`,
    );
  }
  out.push(
    '    (global.set $targetTop (local.get $target))',
    '    (global.set $bestTop (local.get $best))',
    '    (global.set $threshold (select (local.get $target) (local.get $best) (i32.gt_u (local.get $target) (local.get $best))))',
    '    (global.set $candidates (i32.const 0))',
    '    ;; Per call: the job-only values.',
  );
  for (const n of scalars) out.push(`    (local.set $j${n.id} ${scalarExpr(n, scalarRef)})`);
  for (const n of splatted)
    out.push(`    (local.set $s${n.id} (i32x4.splat (local.get $j${n.id})))`);
  out.push('    (local.set $thresholdv (i32x4.splat (global.get $threshold)))');
  for (let g = 0; g < groups; g++) {
    out.push(
      `    (local.set $lanes${g} (i32x4.add (i32x4.splat (local.get $start)) ` +
        `(v128.const i32x4 ${4 * g} ${4 * g + 1} ${4 * g + 2} ${4 * g + 3})))`,
    );
  }
  out.push(
    '    (loop $next',
    '      ;; Per nonce: message word 3 of the second block is the byte-swapped nonce.',
  );
  for (const n of vectorLocals) {
    for (let g = 0; g < groups; g++) {
      const expr =
        n.op === 'nonce' ? bswapLanes(`(local.get $lanes${g})`) : vectorExpr(n, vectorRef(g));
      out.push(`      (local.set $v${n.id}_${g} ${expr})`);
    }
  }
  for (let g = 0; g < groups; g++) {
    out.push(`      (local.set $top${g} ${bswapLanes(`(local.get $v${h7.id}_${g})`)})`);
  }
  const anyLe = Array.from(
    { length: groups },
    (_, g) => `(i32x4.le_u (local.get $top${g}) (local.get $thresholdv))`,
  ).reduce((acc, m) => `(v128.or ${acc} ${m})`);
  out.push(`      (if (v128.any_true ${anyLe})`, '        (then');
  for (let g = 0; g < groups; g++) {
    out.push(
      `          (call $collect (local.get $top${g}) (i32.add (local.get $start) (i32.add (local.get $off) (i32.const ${4 * g})))`,
      `            (i32.sub (local.get $count) (i32.add (local.get $off) (i32.const ${4 * g}))))`,
    );
  }
  out.push(
    '          (local.set $thresholdv (i32x4.splat (global.get $threshold)))',
    `          (local.set $stop (i32.gt_u (global.get $candidates) (i32.const ${candidateCapacity - lanesPerIteration})))))`,
  );
  for (let g = 0; g < groups; g++) {
    out.push(
      `      (local.set $lanes${g} (i32x4.add (local.get $lanes${g}) ${vconst(lanesPerIteration)}))`,
    );
  }
  out.push(
    `      (local.set $off (i32.add (local.get $off) (i32.const ${lanesPerIteration})))`,
    '      (br_if $next (i32.and (i32.lt_u (local.get $off) (local.get $count)) (i32.eqz (local.get $stop)))))',
    `    (i32.store (i32.const ${candidateCountByte}) (global.get $candidates))`,
    '    (select (local.get $count) (local.get $off) (i32.gt_u (local.get $off) (local.get $count)))',
    '  )',
    ')',
    '',
  );
  return out.join('\n');
}

/** Assembles WAT text to a WebAssembly binary with the `wabt` npm package. */
export async function assembleWat(wat: string): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const parsed = wabt.parseWat('sha256d-wasm.wat', wat);
  try {
    parsed.resolveNames();
    parsed.validate();
    return new Uint8Array(parsed.toBinary({ log: false, write_debug_names: false }).buffer);
  } finally {
    parsed.destroy();
  }
}

/** The generated TypeScript module that carries the binary as base64. */
export async function generateBytesModuleFormatted(wat: string): Promise<string> {
  const bytes = await assembleWat(wat);
  const base64 = Buffer.from(bytes).toString('base64');
  const chunks: string[] = [];
  for (let i = 0; i < base64.length; i += 96) chunks.push(`  '${base64.slice(i, i + 96)}',`);
  const text = [
    '// GENERATED by scripts/gen-sha256d-wasm.ts from sha256d-wasm.wat: do not edit; run',
    '// `npm run gen:wasm` to regenerate.',
    '/**',
    ' * The WebAssembly SIMD SHA-256d nonce filter (sha256d-wasm.wat, assembled by wabt), as',
    ' * base64 so that it loads synchronously everywhere. Decoded and instantiated by sha256d-wasm.ts.',
    ' */',
    `/** Memory layout of the module (byte offsets), shared with the generator. */`,
    `export const WASM_LAYOUT = ${JSON.stringify(WASM_LAYOUT)} as const;`,
    '',
    `/** The module: ${bytes.length} bytes. */`,
    'export const SHA256D_WASM_BASE64 = [',
    ...chunks,
    "].join('');",
    '',
  ].join('\n');
  const options = (await resolveConfig(BYTES_PATH)) ?? {};
  return format(text, { ...options, filepath: BYTES_PATH });
}

export const WAT_PATH = fileURLToPath(
  new URL('../src/core/hash/sha256d-wasm.wat', import.meta.url),
);
export const BYTES_PATH = fileURLToPath(
  new URL('../src/core/hash/sha256d-wasm-bytes.ts', import.meta.url),
);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const wat = generateWat();
  writeFileSync(WAT_PATH, wat);
  writeFileSync(BYTES_PATH, await generateBytesModuleFormatted(wat));
  console.log(`wrote ${WAT_PATH}\nwrote ${BYTES_PATH}`);
}
