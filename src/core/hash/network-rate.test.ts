import { describe, expect, it } from 'vitest';
import { difficultyFromTarget } from './difficulty';
import { expectedSeconds, networkHashesPerSecFromBits } from './network-rate';
import { bitsToTarget } from './target';

describe('networkHashesPerSecFromBits(bits)', () => {
  it('is 2^32 / 600 hashes per second at difficulty 1 (bits 1d00ffff, 2009)', () => {
    expect(networkHashesPerSecFromBits(0x1d00ffff)).toBeCloseTo(2 ** 32 / 600, 6);
  });

  it('is difficulty x 2^32 / 600 for the newest bundled bits (17028c61, January 2025)', () => {
    // Difficulty by hand: 0xffff * 2^208 / (0x028c61 * 2^(8 * (0x17 - 3))).
    const byHand = (0xffff * 2 ** 208) / (0x028c61 * 2 ** (8 * 20));
    expect(difficultyFromTarget(bitsToTarget(0x17028c61))).toBeCloseTo(byHand, -2);
    const rate = networkHashesPerSecFromBits(0x17028c61);
    expect(rate / ((byHand * 2 ** 32) / 600)).toBeCloseTo(1, 12);
    // About 790 EH/s: the order of magnitude published for early 2025.
    expect(rate).toBeGreaterThan(7e20);
    expect(rate).toBeLessThan(9e20);
  });

  it('rejects bits that decode to no valid target', () => {
    expect(() => networkHashesPerSecFromBits(0)).toThrow();
  });
});

describe('expectedSeconds(hashes, hashesPerSec)', () => {
  it('divides work by speed', () => {
    expect(expectedSeconds(2 ** 24, 2 ** 20)).toBe(16);
    expect(() => expectedSeconds(1, 0)).toThrow(RangeError);
    expect(() => expectedSeconds(-1, 1)).toThrow(RangeError);
  });
});
