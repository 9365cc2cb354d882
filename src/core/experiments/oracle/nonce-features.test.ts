import { describe, expect, it } from 'vitest';
import { bitFeatures, byteFeatures, stringFeatures } from './nonce-features';

describe('the nonce oracle features', () => {
  it('stringFeatures(n): lengths, character entropies, hex letter and digit fractions', () => {
    // 255 = "255" (entropy of 2, 5, 5) = "ff" (entropy 0, all letters)
    const h = -(1 / 3) * Math.log2(1 / 3) - (2 / 3) * Math.log2(2 / 3);
    const f = stringFeatures(255);
    expect(f.slice(0, 2)).toEqual([3, 2]);
    expect(f[2]).toBeCloseTo(h, 12);
    expect(f.slice(3)).toEqual([0, 1, 0]);
    expect(stringFeatures(0)).toEqual([1, 1, 0, 0, 0, 1]);
  });

  it('the nonces 0..9999 collapse into 129 distinct string-feature vectors', () => {
    const vectors = new Set<string>();
    for (let n = 0; n < 10_000; n++) vectors.add(stringFeatures(n).join());
    expect(vectors.size).toBe(129);
  });

  it('bitFeatures(n, recent): popcount entropy, zero density, pattern, mean Hamming / 32', () => {
    // 0x04030201: byte popcounts 1 1 2 1, 27 zero bits, 8 transitions
    const h = -(3 / 4) * Math.log2(3 / 4) - (1 / 4) * Math.log2(1 / 4);
    const f = bitFeatures(0x04030201, [0x04030201, 0x04030200]);
    expect(f[0]).toBeCloseTo(h, 12);
    expect(f[1]).toBe(27 / 32);
    expect(f[2]).toBeCloseTo(Math.abs(8 / 31 - 0.5) * 2, 12);
    expect(f[3]).toBe(0.5 / 32); // distances 0 and 1
    expect(bitFeatures(1, [])[3]).toBe(0.5);
    expect(byteFeatures(0x04030201)).toEqual([1, 2, 3, 4]);
  });
});
