/**
 * The seeded pseudo-random generator: the only source of randomness in core, passed in as a
 * parameter so that every experiment can be replayed from its seed.
 *
 * Generator: sfc32, Chris Doty-Humphrey's "Small Fast Chaotic" generator from the PractRand
 * suite (public domain; 128-bit state, passes PractRand and BigCrush). Seeding follows
 * PractRand's `sfc32::seed`: a = 0, b and c from the seed, counter = 1, then 12 outputs are
 * discarded. Here b and c come from splitmix32 (the 32-bit variant of Steele, Lea and Flood's
 * SplitMix, "Fast splittable pseudorandom number generators", OOPSLA 2014, with the finaliser
 * constants 0x21f0aaad / 0x735a2d97 from Chris Wellons' hash-prospector) so that nearby seeds
 * start far apart. A string seed is hashed to 32 bits with FNV-1a (Fowler, Noll, Vo) over its
 * UTF-16 code units, so there are 2^32 distinct streams.
 *
 * Not for cryptography. Deterministic across engines: only 32-bit integer arithmetic.
 */

/** A seed: a uint32, or any string (hashed to 32 bits). */
export type Seed = number | string;

/** splitmix32 step: the next state and an output, from the state. */
function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [next, (z ^ (z >>> 15)) >>> 0];
}

/** FNV-1a, 32-bit, over the UTF-16 code units of `text`. */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** The uint32 a seed stands for. @throws RangeError for a number that is not a uint32 */
export function seedToUint32(seed: Seed): number {
  if (typeof seed === 'string') return fnv1a32(seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`a numeric seed must be a whole number from 0 to 4294967295, got ${seed}`);
  }
  return seed;
}

/** A seeded stream of pseudo-random numbers (sfc32). */
export class Random {
  /** The seed as given: show it, store it in a URL, pass it back to replay the stream. */
  readonly seed: Seed;
  private a: number;
  private b: number;
  private c: number;
  private counter: number;

  constructor(seed: Seed) {
    this.seed = seed;
    let state = seedToUint32(seed);
    let output: number;
    [state, output] = splitmix32(state);
    this.b = output | 0;
    [, output] = splitmix32(state);
    this.c = output | 0;
    this.a = 0;
    this.counter = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** The next uniform whole number in [0, 2^32). */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.counter) | 0;
    this.counter = (this.counter + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** The next uniform float in [0, 1), with 53 random bits (every double k / 2^53). */
  next(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 2 ** 26 + low) * 2 ** -53;
  }

  /**
   * A uniform whole number from `lo` to `hi`, both included, without modulo bias (rejection
   * sampling). The range may hold at most 2^32 values.
   */
  int(lo: number, hi: number): number {
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || hi < lo) {
      throw new RangeError(`int(lo, hi) needs whole numbers with lo <= hi, got ${lo}, ${hi}`);
    }
    const span = hi - lo + 1;
    if (span > 2 ** 32) throw new RangeError(`int(lo, hi) spans at most 2^32 values, got ${span}`);
    // Accept only draws below the largest multiple of span, so every residue is equally likely.
    const limit = 2 ** 32 - (2 ** 32 % span);
    for (;;) {
      const draw = this.nextUint32();
      if (draw < limit) return lo + (draw % span);
    }
  }

  /** Fills `bytes` with uniform random bytes and returns it. */
  fillBytes(bytes: Uint8Array): Uint8Array {
    for (let i = 0; i < bytes.length; i += 4) {
      let word = this.nextUint32();
      for (let j = i; j < Math.min(i + 4, bytes.length); j++) {
        bytes[j] = word & 0xff;
        word >>>= 8;
      }
    }
    return bytes;
  }

  /**
   * An independent child stream named `label`: the generator seeded with `${seed}/${label}`.
   * It depends only on this stream's seed and the label, not on how much has been drawn, so
   * "seed 42, stream 'chart'" can be replayed on its own.
   */
  derive(label: string): Random {
    return new Random(`${this.seed}/${label}`);
  }
}

/** A generator from a seed (a uint32 or a string). */
export function createRandom(seed: Seed): Random {
  return new Random(seed);
}
