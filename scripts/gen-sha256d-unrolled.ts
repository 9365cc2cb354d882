/**
 * Generates src/core/hash/sha256d-unrolled.ts, the fully unrolled 64-round SHA-256d scan loop.
 *
 * Writing 128 rounds by hand invites typos, so the straight-line code is generated and checked
 * in; a unit test regenerates it and fails if the file is stale, and the kernel tests compare
 * its hashes with @noble/hashes. The generator does three exact simplifications:
 * - constant folding: padding words (0x80000000, zeros, lengths) and the IV are literals, so
 *   terms like `+ 0` vanish and sigma of a literal is computed here;
 * - hoisting: anything that depends only on the job (midstate, header tail) is computed once
 *   per call, before the nonce loop: rounds 0..2 of the second block, parts of round 3 and of
 *   the message schedule;
 * - early exit: the last digest word H7 = IV7 + E60 is known after round 60 of the final
 *   compression; when it alone shows the hash is above both the target and the best so far,
 *   rounds 61..63 are skipped (the result is the same, the comparison is exact).
 *
 * Run: node bin/run-ts.mjs scripts/gen-sha256d-unrolled.ts
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { fileURLToPath } from 'node:url';
import { SHA256_IV, SHA256_K } from '../src/core/hash/sha256-constants';

type Val = { lit: number } | { name: string; level: 1 | 2 };
const LIT = 0;

export function generateUnrolled(): string {
  const pre: string[] = [];
  const body1: string[] = [];
  const body2: string[] = [];
  let body = body1;
  let counter = 0;

  const level = (v: Val): number => ('lit' in v ? LIT : v.level);
  const code = (v: Val): string => ('lit' in v ? `${v.lit | 0}` : v.name);
  const emit = (hint: string, expr: string, at: 1 | 2): Val => {
    const name = `${hint}${counter++}`;
    (at === 1 ? pre : body).push(`const ${name} = ${expr};`);
    return { name, level: at };
  };
  const maxLevel = (...vals: Val[]) => Math.max(...vals.map(level)) as 0 | 1 | 2;

  // Each helper computes literals here and emits code otherwise, at the level of its inputs.
  const rotr = (x: string, n: number) => `((${x} >>> ${n}) | (${x} << ${32 - n}))`;
  const unary = (hint: string, x: Val, f: (v: number) => number, src: (c: string) => string) =>
    'lit' in x ? { lit: f(x.lit) | 0 } : emit(hint, `${src(x.name)} | 0`, x.level);
  const rotrN = (v: number, n: number) => (v >>> n) | (v << (32 - n));
  const sigma0 = (x: Val) =>
    unary(
      's',
      x,
      (v) => rotrN(v, 7) ^ rotrN(v, 18) ^ (v >>> 3),
      (c) => `${rotr(c, 7)} ^ ${rotr(c, 18)} ^ (${c} >>> 3)`,
    );
  const sigma1 = (x: Val) =>
    unary(
      's',
      x,
      (v) => rotrN(v, 17) ^ rotrN(v, 19) ^ (v >>> 10),
      (c) => `${rotr(c, 17)} ^ ${rotr(c, 19)} ^ (${c} >>> 10)`,
    );
  const bigSigma0 = (x: Val) =>
    unary(
      'S',
      x,
      (v) => rotrN(v, 2) ^ rotrN(v, 13) ^ rotrN(v, 22),
      (c) => `${rotr(c, 2)} ^ ${rotr(c, 13)} ^ ${rotr(c, 22)}`,
    );
  const bigSigma1 = (x: Val) =>
    unary(
      'S',
      x,
      (v) => rotrN(v, 6) ^ rotrN(v, 11) ^ rotrN(v, 25),
      (c) => `${rotr(c, 6)} ^ ${rotr(c, 11)} ^ ${rotr(c, 25)}`,
    );
  const ch = (e: Val, f: Val, g: Val): Val => {
    const at = maxLevel(e, f, g);
    if (at === LIT)
      return {
        lit:
          ((e as { lit: number }).lit & (f as { lit: number }).lit) ^
          (~(e as { lit: number }).lit & (g as { lit: number }).lit),
      };
    return emit('c', `${code(g)} ^ (${code(e)} & (${code(f)} ^ ${code(g)}))`, at);
  };
  /** A bitwise expression of up to three values, folded when all are literals. */
  const bitwise = (
    hint: string,
    vals: Val[],
    f: (x: number, y: number, z: number) => number,
    src: (x: string, y: string, z: string) => string,
  ): Val => {
    const at = maxLevel(...vals);
    const [x, y, z] = [...vals, { lit: 0 }, { lit: 0 }] as [Val, Val, Val];
    if (at === LIT) return { lit: f(lits(x), lits(y), lits(z)) | 0 };
    return emit(hint, src(code(x), code(y), code(z)), at);
  };
  const lits = (v: Val) => (v as { lit: number }).lit;
  // Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), and this round's a ^ b is the next round's b ^ c.
  const xor = (a: Val, b: Val) =>
    bitwise(
      'x',
      [a, b],
      (p, q) => p ^ q,
      (p, q) => `${p} ^ ${q}`,
    );
  const majFrom = (b: Val, ab: Val, bc: Val) =>
    bitwise(
      'm',
      [b, ab, bc],
      (p, q, r) => p ^ (q & r),
      (p, q, r) => `${p} ^ (${q} & ${r})`,
    );
  /** Sum mod 2^32: literals folded, job-level terms pre-summed once before the loop. */
  const add = (hint: string, ...vals: Val[]): Val => {
    let lit = 0;
    const job: Val[] = [];
    const nonce: Val[] = [];
    for (const v of vals) {
      if ('lit' in v) lit = (lit + v.lit) | 0;
      else (v.level === 1 ? job : nonce).push(v);
    }
    const jobTerms = [...job.map(code), ...(lit !== 0 ? [`${lit}`] : [])];
    if (nonce.length === 0) {
      if (job.length === 0) return { lit };
      if (jobTerms.length === 1 && job.length === 1) return job[0]!;
      return emit(hint, `(${jobTerms.join(' + ')}) | 0`, 1);
    }
    const terms = nonce.map(code);
    if (jobTerms.length > 1) terms.push(code(emit('k', `(${jobTerms.join(' + ')}) | 0`, 1)));
    else terms.push(...jobTerms);
    if (terms.length === 1) return nonce[0]!;
    return emit(hint, `(${terms.join(' + ')}) | 0`, 2);
  };

  /** 64 rounds over schedule `w` (16 given words) from `init`; calls `afterRound(t, E_t)`. */
  const compress = (init: Val[], w: Val[], afterRound?: (t: number, e: Val) => void): Val[] => {
    const A: Val[] = [init[3]!, init[2]!, init[1]!, init[0]!];
    const E: Val[] = [init[7]!, init[6]!, init[5]!, init[4]!];
    let bc = xor(init[1]!, init[2]!);
    for (let t = 0; t < 64; t++) {
      if (t >= 16) w[t] = add('w', sigma1(w[t - 2]!), w[t - 7]!, sigma0(w[t - 15]!), w[t - 16]!);
      const [a, b, d] = [A[t + 3]!, A[t + 2]!, A[t]!];
      const [e, f, g, h] = [E[t + 3]!, E[t + 2]!, E[t + 1]!, E[t]!];
      const t1 = add('t', h, bigSigma1(e), ch(e, f, g), { lit: SHA256_K[t]! }, w[t]!);
      const ab = xor(a, b);
      const t2 = add('u', bigSigma0(a), majFrom(b, ab, bc));
      bc = ab;
      E.push(add('e', d, t1));
      A.push(add('a', t1, t2));
      afterRound?.(t, E[t + 4]!);
    }
    const fin = [A[67]!, A[66]!, A[65]!, A[64]!, E[67]!, E[66]!, E[65]!, E[64]!];
    return fin;
  };

  const midstate: Val[] = [];
  for (let i = 0; i < 8; i++) midstate.push(emit('m', `job[${i}]! | 0`, 1));
  const w1: Val[] = [
    emit('x', 'job[8]! | 0', 1),
    emit('x', 'job[9]! | 0', 1),
    emit('x', 'job[10]! | 0', 1),
  ];
  w1.push({ name: 'noncew', level: 2 });
  w1.push({ lit: 0x80000000 | 0 });
  for (let i = 5; i < 15; i++) w1.push({ lit: 0 });
  w1.push({ lit: 640 });
  const fin1 = compress(midstate, w1);
  const h1 = fin1.map((v, i) => add('h', midstate[i]!, v));
  h1.forEach((v, i) => body1.push(`h1[${i}] = ${code(v)};`));

  body = body2;
  const g: Val[] = [];
  for (let i = 0; i < 8; i++) g.push(emit('g', `h1[${i}]!`, 2));
  const w2: Val[] = [...g, { lit: 0x80000000 | 0 }];
  for (let i = 9; i < 15; i++) w2.push({ lit: 0 });
  w2.push({ lit: 256 });
  const iv: Val[] = Array.from(SHA256_IV, (v) => ({ lit: v }));
  const fin2 = compress(iv, w2, (t, e) => {
    if (t !== 60) return;
    // H7 = IV7 + E60: the most significant word of the hash as Bitcoin reads it, after a swap.
    const h7 = add('z', { lit: SHA256_IV[7]! }, e);
    body.push(`out[7] = ${code(h7)};`);
    body.push(`const top = bswap32(${code(h7)});`);
    body.push('if (top > targetTop && top > bestTop) return top;');
  });
  for (let i = 0; i < 7; i++) body.push(`out[${i}] = (${SHA256_IV[i]} + ${code(fin2[i]!)}) | 0;`);
  body.push('return top;');

  // Job-level values the first function needs travel in a small typed array.
  const preNames = pre.map((line) => /^const (\w+) =/.exec(line)![1]!);
  const used = preNames.filter((name) => body1.some((l) => new RegExp(`\\b${name}\\b`).test(l)));

  const lines = [
    '// GENERATED by scripts/gen-sha256d-unrolled.ts: do not edit; run the script to regenerate.',
    '/**',
    ' * Fully unrolled SHA-256d scan for 64 rounds (the real hash); see the generator for the',
    ' * exact simplifications it makes, and sha256d-kernel.ts for the job format. Checked against',
    ' * @noble/hashes by the kernel tests.',
    ' *',
    ' * Split in two functions because V8 does not optimise a function of more than 60 KB of',
    ' * bytecode: as one function (78 KB) it ran 40x slower (measured, Node 20).',
    ' */',
    "import { bswap32, compareDigest, recordIfBest, JOB_TARGET } from './sha256d-job-layout';",
    '',
    'const out = new Int32Array(8);',
    'const h1 = new Int32Array(8);',
    `const jobConsts = new Int32Array(${used.length});`,
    '',
    '/** Scans nonces startNonce..startNonce+count-1 (no wrap); same contract as scanNonces. */',
    'export function scanNonces64(',
    '  job: Uint32Array,',
    '  startNonce: number,',
    '  count: number,',
    '  found: Uint32Array,',
    '  best: Uint32Array,',
    '): number {',
    '  const targetTop = job[JOB_TARGET]!;',
    '  let bestTop = best[0]!;',
    '  let hits = 0;',
    ...pre.map((l) => '  ' + l),
    ...used.map((name, i) => `  jobConsts[${i}] = ${name};`),
    '  const end = startNonce + count;',
    '  for (let n = startNonce; n < end; n++) {',
    '    firstHash(((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24));',
    '    const top = secondHash(targetTop, bestTop);',
    '    if (top <= bestTop) {',
    '      recordIfBest(out, best, n);',
    '      bestTop = best[0]!;',
    '    }',
    '    if (top <= targetTop && compareDigest(out, job, JOB_TARGET) <= 0) {',
    '      if (hits < found.length) found[hits] = n >>> 0;',
    '      hits++;',
    '    }',
    '  }',
    '  return hits;',
    '}',
    '',
    '/** Second block of the header (rounds 3..63 with the nonce word) into h1. */',
    'function firstHash(noncew: number): void {',
    ...used.map((name, i) => `  const ${name} = jobConsts[${i}]!;`),
    ...body1.map((l) => '  ' + l),
    '}',
    '',
    '/** SHA-256 of h1 into out; returns the top word as Bitcoin reads it (exact early exit). */',
    'function secondHash(targetTop: number, bestTop: number): number {',
    ...body2.map((l) => '  ' + l),
    '}',
    '',
  ];
  return lines.join('\n');
}

/** The generated module as it is checked in: generated, then formatted by Prettier. */
export async function generateUnrolledFormatted(): Promise<string> {
  const options = (await resolveConfig(UNROLLED_PATH)) ?? {};
  return format(generateUnrolled(), { ...options, filepath: UNROLLED_PATH });
}

export const UNROLLED_PATH = fileURLToPath(
  new URL('../src/core/hash/sha256d-unrolled.ts', import.meta.url),
);
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(UNROLLED_PATH, await generateUnrolledFormatted());
  console.log(`wrote ${UNROLLED_PATH}`);
}
