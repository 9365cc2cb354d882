/**
 * The built-in nonce strategies people bet on. Each proposes `budget` distinct nonces for a
 * job; none of them looks at anything a random function would let it exploit, which is the
 * point: the harness measures that none beats the sequential scan.
 *
 * Deterministic ones (even only, primes, ...) ignore the job; random ones draw from the
 * strategy's own seeded stream for that job. "Real winners' ranges" samples the top byte of a
 * nonce from the histogram of real winning nonces (bundled Bitcoin headers) and the lower three
 * bytes uniformly; "near the last winner" proposes nonces around the last hit of the previous
 * job. The learned model lives in `learned-strategy.ts`.
 */
import type { Random } from '../random';
import type { ProposalContext, Strategy } from './harness';

const NONCE_SPACE = 2 ** 32;

/** A strategy from a function that yields candidate nonces in order; repeats are skipped. */
export function strategyFromGenerator(
  id: string,
  candidates: (context: ProposalContext) => Iterable<number>,
): Strategy {
  return {
    id,
    propose(context) {
      const out = new Uint32Array(context.budget);
      const seen = new Set<number>();
      let n = 0;
      for (const value of candidates(context)) {
        if (n >= context.budget) break;
        const nonce = value >>> 0;
        if (seen.has(nonce)) continue;
        seen.add(nonce);
        out[n++] = nonce;
      }
      return out.subarray(0, n);
    },
  };
}

function* forever<T>(next: () => T): Iterable<T> {
  for (;;) yield next();
}

function* counting(from: number, step: number): Iterable<number> {
  for (let n = from; n >= 0 && n < NONCE_SPACE; n += step) yield n;
}

function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}

function popcount(n: number): number {
  let v = n >>> 0;
  let c = 0;
  while (v) {
    v &= v - 1;
    c++;
  }
  return c;
}

function reverseBits(n: number): number {
  let v = n >>> 0;
  let r = 0;
  for (let i = 0; i < 32; i++) {
    r = (r << 1) | (v & 1);
    v >>>= 1;
  }
  return r >>> 0;
}

/** Draws from `random` until `accept` holds (for sparse but not rare sets). */
function drawWhere(random: Random, accept: (n: number) => boolean): () => number {
  return () => {
    for (;;) {
      const n = random.nextUint32();
      if (accept(n)) return n;
    }
  };
}

/**
 * A top byte drawn from the histogram `topByteCounts` (256 counts), the rest uniform: nonces in
 * the ranges where real winners fell.
 */
function realRangeSampler(random: Random, topByteCounts: readonly number[]): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let b = 0; b < 256; b++) cumulative.push((total += topByteCounts[b] ?? 0));
  if (total === 0) return () => random.nextUint32();
  return () => {
    const u = random.next() * total;
    let lo = 0;
    let hi = 255;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return ((lo << 24) | random.int(0, 0xffffff)) >>> 0;
  };
}

/**
 * Random nonces whose top byte is one of `topBytes`: a bet on regions of the nonce space (the
 * clickable map: each region is 2^24 nonces).
 */
export function topByteRegionStrategy(id: string, topBytes: readonly number[]): Strategy {
  const counts = new Array<number>(256).fill(0);
  for (const b of topBytes) {
    if (!Number.isInteger(b) || b < 0 || b > 255)
      throw new RangeError(`a top byte is 0..255, got ${b}`);
    counts[b] = 1;
  }
  if (topBytes.length === 0) throw new RangeError('pick at least one region');
  return strategyFromGenerator(id, ({ random }) => forever(realRangeSampler(random, counts)));
}

/** Counts of the top byte of each nonce: the histogram `realRanges` samples from. */
export function topByteHistogram(nonces: ArrayLike<number>): number[] {
  const counts = new Array<number>(256).fill(0);
  for (let i = 0; i < nonces.length; i++) counts[nonces[i]! >>> 24]!++;
  return counts;
}

/** Ids of the built-in strategies, in the order the pages list them. */
export const BASIC_STRATEGY_IDS = [
  'random',
  'even',
  'primes',
  'small',
  'nearLastWinner',
  'realRanges',
] as const;

/** All built-in strategy ids except the learned model (see learned-strategy.ts). */
export const TOURNAMENT_STRATEGY_IDS = [
  ...BASIC_STRATEGY_IDS,
  'odd',
  'multiplesOf7',
  'large',
  'fewOnes',
  'manyOnes',
  'bitReversed',
  'lcg',
  'goldenStride',
  'decimalSevens',
  'dates',
  'squares',
  'descending',
  'middle',
] as const;

export type BuiltInStrategyId = (typeof TOURNAMENT_STRATEGY_IDS)[number];

/**
 * A built-in strategy by id. `realNonces` are real winning nonces (for 'realRanges'); without
 * them that strategy falls back to uniform draws.
 */
export function builtInStrategy(
  id: BuiltInStrategyId,
  realNonces: ArrayLike<number> = [],
): Strategy {
  const histogram = topByteHistogram(realNonces);
  const make = (candidates: (c: ProposalContext) => Iterable<number>) =>
    strategyFromGenerator(id, candidates);
  switch (id) {
    case 'random':
      return make(({ random }) => forever(() => random.nextUint32()));
    case 'even':
      return make(() => counting(0, 2));
    case 'odd':
      return make(() => counting(1, 2));
    case 'primes':
      return make(function* () {
        for (let n = 2; n < NONCE_SPACE; n++) if (isPrime(n)) yield n;
      });
    case 'small':
      // Random small numbers: below 2^16, as people pick "low" nonces.
      return make(({ random }) => forever(() => random.int(0, 0xffff)));
    case 'large':
      return make(({ random }) => forever(() => random.int(0xffff0000, 0xffffffff)));
    case 'nearLastWinner':
      // Around the previous job's last hit (or 0 before any hit), spreading out +-1, +-2, ...
      return make(function* ({ lastWinner }) {
        const centre = lastWinner ?? 0;
        yield centre;
        for (let d = 1; d < NONCE_SPACE; d++) {
          if (centre + d < NONCE_SPACE) yield centre + d;
          if (centre - d >= 0) yield centre - d;
        }
      });
    case 'realRanges':
      return make(({ random }) => forever(realRangeSampler(random, histogram)));
    case 'multiplesOf7':
      return make(() => counting(0, 7));
    case 'fewOnes':
      // Nonces with at most 12 of 32 bits set: "simple-looking" numbers.
      return make(({ random }) => forever(drawWhere(random, (n) => popcount(n) <= 12)));
    case 'manyOnes':
      return make(({ random }) => forever(drawWhere(random, (n) => popcount(n) >= 20)));
    case 'bitReversed':
      return make(function* () {
        for (let i = 0; i < NONCE_SPACE; i++) yield reverseBits(i);
      });
    case 'lcg':
      // A linear congruential sequence (Numerical Recipes' constants) from a seeded start: the
      // kind of "pseudo-random generator" some mining designs feed nonces from.
      return make(function* ({ random }) {
        let x = random.nextUint32();
        for (;;) {
          x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
          yield x;
        }
      });
    case 'goldenStride':
      // A Weyl sequence: i * 2^32 / phi, spread evenly over the whole range.
      return make(function* () {
        for (let i = 0; i < NONCE_SPACE; i++) yield Math.imul(i, 0x9e3779b9) >>> 0;
      });
    case 'decimalSevens':
      return make(({ random }) => forever(drawWhere(random, (n) => String(n).includes('77'))));
    case 'dates':
      // Dates written as DDMMYYYY, 1970..2099: birthdays and anniversaries.
      return make(({ random }) =>
        forever(
          () => random.int(1, 28) * 1_000_000 + random.int(1, 12) * 10_000 + random.int(1970, 2099),
        ),
      );
    case 'squares':
      return make(function* () {
        for (let i = 0; i * i < NONCE_SPACE; i++) yield i * i;
      });
    case 'descending':
      return make(() => counting(NONCE_SPACE - 1, -1));
    case 'middle':
      return make(() => counting(2 ** 31, 1));
  }
}
