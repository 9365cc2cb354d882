import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { geometricVariance, sampleGeometric } from './geometric';
import { remainingTriesAfter } from './remaining-tries';

describe('remainingTriesAfter(tries, misses)', () => {
  it('keeps the races past N misses and subtracts N', () => {
    const result = remainingTriesAfter([3, 10, 7, 1], 5);
    expect(result.survivors).toBe(2);
    expect(result.total).toBe(4);
    expect(result.remaining?.mean).toBe(3.5); // (10 - 5 + 7 - 5) / 2
  });

  it('gives null when no race got that far', () => {
    expect(remainingTriesAfter([1, 2], 5).remaining).toBeNull();
  });

  it('rejects negative or fractional misses', () => {
    expect(() => remainingTriesAfter([1], -1)).toThrow(RangeError);
    expect(() => remainingTriesAfter([1], 0.5)).toThrow(RangeError);
  });

  it('is memoryless on seeded geometric data: after 0, 1/p and 2/p misses the mean is 1/p', () => {
    const random = createRandom('memoryless');
    const p = 2 ** -12;
    const tries = Array.from({ length: 20_000 }, () => sampleGeometric(random, p));
    for (const misses of [0, 4096, 8192]) {
      const { survivors, remaining } = remainingTriesAfter(tries, misses);
      // Survivors: binomial with P(K > N) = (1 - p)^N.
      const q = (1 - p) ** misses;
      expect(Math.abs(survivors - tries.length * q)).toBeLessThan(
        4 * Math.sqrt(tries.length * q * (1 - q)) + 1,
      );
      const se = Math.sqrt(geometricVariance(p) / survivors);
      expect(Math.abs(remaining!.mean - 1 / p)).toBeLessThan(4 * se);
    }
  });
});
