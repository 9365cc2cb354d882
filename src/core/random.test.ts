import { describe, expect, it } from 'vitest';
import { createRandom, Random, seedToUint32 } from './random';

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
function chiSquareUniform(counts: number[]): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

/**
 * Upper bound for a chi-square statistic with `df` degrees of freedom under uniformity: its mean
 * (df) plus 6 standard deviations (sqrt(2 df)). With df = 15 that is 47.9, a right tail of
 * about 2e-5; the seeds are fixed, so a pass is reproducible, not luck on each run.
 */
function chiSquareBound(df: number): number {
  return df + 6 * Math.sqrt(2 * df);
}

describe('seeding', () => {
  it('the same seed gives the same sequence', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 1000; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('seed 42 keeps producing the sequence it produced when this module was written', () => {
    const random = createRandom(42);
    const first = Array.from({ length: 5 }, () => random.nextUint32());
    expect(first).toEqual([445924070, 261519006, 1767634085, 1811780044, 3928969182]);
  });

  it('neighbouring seeds give different sequences from the first value on', () => {
    const firsts = new Set<string>();
    for (let seed = 0; seed < 1000; seed++) {
      const random = createRandom(seed);
      firsts.add(`${random.nextUint32()},${random.nextUint32()}`);
    }
    expect(firsts.size).toBe(1000);
  });

  it('a string seed is hashed to a uint32 and exposed as given', () => {
    const random = createRandom('nonce-sense');
    expect(random.seed).toBe('nonce-sense');
    expect(seedToUint32('nonce-sense')).toBe(seedToUint32('nonce-sense'));
    expect(seedToUint32('nonce-sense')).not.toBe(seedToUint32('nonce-sensf'));
    expect(random.nextUint32()).toBe(createRandom('nonce-sense').nextUint32());
  });

  it('a numeric seed must be a uint32', () => {
    expect(() => createRandom(-1)).toThrow(RangeError);
    expect(() => createRandom(2 ** 32)).toThrow(RangeError);
    expect(() => createRandom(0.5)).toThrow(RangeError);
    expect(createRandom(0xffffffff).seed).toBe(0xffffffff);
  });
});

describe('derive', () => {
  it('derive(label) is the generator seeded with "seed/label"', () => {
    const child = createRandom(42).derive('chart');
    expect(child.seed).toBe('42/chart');
    const same = new Random('42/chart');
    for (let i = 0; i < 100; i++) expect(child.nextUint32()).toBe(same.nextUint32());
  });

  it('derive does not depend on how much the parent has drawn', () => {
    const fresh = createRandom(7);
    const used = createRandom(7);
    for (let i = 0; i < 50; i++) used.nextUint32();
    expect(fresh.derive('x').nextUint32()).toBe(used.derive('x').nextUint32());
  });

  it('different labels give different streams, and neither equals the parent', () => {
    const parent = createRandom(7);
    const x = parent.derive('x');
    const y = parent.derive('y');
    const seqX = Array.from({ length: 4 }, () => x.nextUint32());
    const seqY = Array.from({ length: 4 }, () => y.nextUint32());
    const seqParent = Array.from({ length: 4 }, () => parent.nextUint32());
    expect(seqX).not.toEqual(seqY);
    expect(seqX).not.toEqual(seqParent);
  });
});

describe('distribution', () => {
  it('nextUint32 fills 16 equal bins within the chi-square bound (160,000 draws, df 15)', () => {
    const random = createRandom(2024);
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < 160_000; i++) counts[random.nextUint32() >>> 28]!++;
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareBound(15));
  });

  it('the low 4 bits of nextUint32 are uniform too (chi-square, df 15)', () => {
    const random = createRandom(2025);
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < 160_000; i++) counts[random.nextUint32() & 15]!++;
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareBound(15));
  });

  it('next() lies in [0, 1) and its mean is within 4 standard errors of 1/2', () => {
    const random = createRandom(99);
    const n = 100_000;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = random.next();
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const standardError = Math.sqrt(1 / 12 / n); // variance of U(0,1) is 1/12
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * standardError);
  });

  it('int(1, 6) hits both ends and is uniform (chi-square, df 5)', () => {
    const random = createRandom(6);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[random.int(1, 6) - 1]!++;
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareBound(5));
  });

  it('int over a span just above 2^31 stays unbiased (rejection sampling)', () => {
    // Plain modulo would put the first 2^32 mod span values twice as often: with
    // span = 3 * 2^30 the lower third would get half of all draws instead of a third.
    const random = createRandom(8);
    const span = 3 * 2 ** 30;
    let lowerThird = 0;
    const n = 30_000;
    for (let i = 0; i < n; i++) if (random.int(0, span - 1) < 2 ** 30) lowerThird++;
    const standardError = Math.sqrt((1 / 3) * (2 / 3) * n);
    expect(Math.abs(lowerThird - n / 3)).toBeLessThan(4 * standardError);
  });

  it('int(lo, hi) with lo = hi always returns lo, and bad ranges are rejected', () => {
    const random = createRandom(1);
    expect(random.int(5, 5)).toBe(5);
    expect(random.int(-3, -3)).toBe(-3);
    expect(() => random.int(2, 1)).toThrow(RangeError);
    expect(() => random.int(0, 2 ** 32)).toThrow(RangeError);
    expect(() => random.int(0.5, 2)).toThrow(RangeError);
  });

  it('fillBytes fills any length and its byte mean is within 4 standard errors of 127.5', () => {
    const random = createRandom(3);
    const bytes = random.fillBytes(new Uint8Array(100_003));
    let sum = 0;
    for (const byte of bytes) sum += byte;
    const standardError = Math.sqrt((256 ** 2 - 1) / 12 / bytes.length);
    expect(Math.abs(sum / bytes.length - 127.5)).toBeLessThan(4 * standardError);
    const again = createRandom(3).fillBytes(new Uint8Array(100_003));
    expect(again.every((byte, i) => byte === bytes[i])).toBe(true);
    // The tail that does not fill a whole word is still drawn.
    expect(createRandom(3).fillBytes(new Uint8Array(3))).toEqual(bytes.subarray(0, 3));
  });
});
