import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitAt, flipBit, hammingDistance, popcount, xorBytes } from './hamming';

describe('hammingDistance(a, b)', () => {
  it('counts differing bits across bytes', () => {
    expect(hammingDistance(Uint8Array.of(0x00, 0xff), Uint8Array.of(0x01, 0x0f))).toBe(5);
    expect(hammingDistance(new Uint8Array(32), new Uint8Array(32).fill(0xff))).toBe(256);
  });

  it('equals popcount(a XOR b) and is 1 after flipping any one bit (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat(), (bytes, seed) => {
        const index = seed % (bytes.length * 8);
        const flipped = flipBit(bytes, index);
        expect(hammingDistance(bytes, flipped)).toBe(1);
        expect(popcount(xorBytes(bytes, flipped))).toBe(1);
        expect(bitAt(flipped, index)).toBe(1 - bitAt(bytes, index));
      }),
    );
  });

  it('rejects strings of different length and an out-of-range bit', () => {
    expect(() => hammingDistance(new Uint8Array(1), new Uint8Array(2))).toThrow(RangeError);
    expect(() => flipBit(new Uint8Array(1), 8)).toThrow(RangeError);
  });

  it('numbers bits from the most significant bit of byte 0, as printed', () => {
    expect(flipBit(new Uint8Array(2), 0)).toEqual(Uint8Array.of(0x80, 0));
    expect(flipBit(new Uint8Array(2), 15)).toEqual(Uint8Array.of(0, 0x01));
  });
});
