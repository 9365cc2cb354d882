import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bigintToHex64 } from './hash-order';
import { bitLength, hashLeadingZeroBits, leadingZeroBitsOfBytes } from './leading-zero-bits';

describe('bitLength', () => {
  it('bitLength(value) is the length of value in binary, 0 for 0', () => {
    expect(bitLength(0n)).toBe(0);
    expect(bitLength(1n)).toBe(1);
    expect(bitLength(0xffn)).toBe(8);
    expect(bitLength(0x100n)).toBe(9);
    expect(bitLength((1n << 256n) - 1n)).toBe(256);
  });

  it('bitLength agrees with the binary string length for any non-negative value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 1n << 300n }), (value) => {
        expect(bitLength(value)).toBe(value.toString(2).length);
      }),
      { seed: 5, numRuns: 1000 },
    );
  });

  it('bitLength rejects negative values', () => {
    expect(() => bitLength(-1n)).toThrow(RangeError);
  });
});

describe('leading zero bits', () => {
  it('leadingZeroBitsOfBytes counts across byte boundaries', () => {
    expect(leadingZeroBitsOfBytes(new Uint8Array([0x00, 0x00, 0x19, 0xd6]))).toBe(19);
    expect(leadingZeroBitsOfBytes(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBitsOfBytes(new Uint8Array([0x00, 0x01]))).toBe(15);
    expect(leadingZeroBitsOfBytes(new Uint8Array(4))).toBe(32);
    expect(leadingZeroBitsOfBytes(new Uint8Array(0))).toBe(0);
  });

  it('hashLeadingZeroBits of the genesis hash is 43', () => {
    expect(
      hashLeadingZeroBits('000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f'),
    ).toBe(43);
  });

  it('hashLeadingZeroBits gives the same count from hex, bytes and the number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 256 }),
        fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
        (zeros, raw) => {
          const value = raw >> BigInt(zeros);
          const hex = bigintToHex64(value);
          const bytes = Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));
          const count = hashLeadingZeroBits(value);
          expect(count).toBeGreaterThanOrEqual(zeros);
          expect(hashLeadingZeroBits(hex)).toBe(count);
          expect(leadingZeroBitsOfBytes(bytes)).toBe(count);
          expect(value < 1n << BigInt(256 - count)).toBe(true);
        },
      ),
      { seed: 6, numRuns: 1000 },
    );
  });

  it('hashLeadingZeroBits of 0 is 256 and out-of-range values are rejected', () => {
    expect(hashLeadingZeroBits(0n)).toBe(256);
    expect(() => hashLeadingZeroBits(1n << 256n)).toThrow(RangeError);
  });
});
