import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HexError } from '../hex';
import {
  bitsToHex,
  bitsToTarget,
  decodeCompact,
  DIFFICULTY_1_TARGET,
  hashMeetsTarget,
  isValidMainnetBits,
  isValidMainnetTarget,
  MAINNET_POW_LIMIT,
  MAX_TARGET,
  parseBitsHex,
  targetFromLeadingZeroBits,
  TargetError,
  targetToBits,
  targetToHex,
} from './target';

function targetErrorOf(action: () => unknown): TargetError {
  try {
    action();
  } catch (error) {
    if (error instanceof TargetError) return error;
    throw error;
  }
  throw new Error('expected a TargetError');
}

/** A target of a random bit length, so that small and large targets are equally likely. */
const targetArbitrary = fc
  .integer({ min: 1, max: 256 })
  .chain((length) =>
    fc.bigInt({ min: 1n << BigInt(length - 1), max: (1n << BigInt(length)) - 1n }),
  );

describe('decodeCompact reproduces Bitcoin Core SetCompact (arith_uint256_tests.cpp)', () => {
  // [bits, value as hex, GetCompact of the value (with the sign for negative ones), negative]
  const cases: [number, string, number, boolean][] = [
    [0x00000000, '0', 0x00000000, false],
    [0x00123456, '0', 0x00000000, false],
    [0x01003456, '0', 0x00000000, false],
    [0x02000056, '0', 0x00000000, false],
    [0x03000000, '0', 0x00000000, false],
    [0x04000000, '0', 0x00000000, false],
    [0x00923456, '0', 0x00000000, false],
    [0x01803456, '0', 0x00000000, false],
    [0x02800056, '0', 0x00000000, false],
    [0x03800000, '0', 0x00000000, false],
    [0x04800000, '0', 0x00000000, false],
    [0x01123456, '12', 0x01120000, false],
    [0x01fedcba, '7e', 0x01fe0000, true],
    [0x02123456, '1234', 0x02123400, false],
    [0x03123456, '123456', 0x03123456, false],
    [0x04123456, '12345600', 0x04123456, false],
    [0x04923456, '12345600', 0x04923456, true],
    [0x05009234, '92340000', 0x05009234, false],
    [0x20123456, '123456' + '00'.repeat(29), 0x20123456, false],
  ];

  it.each(cases)(
    'SetCompact(%i) gives Core’s value, flags and GetCompact',
    (bits, hex, compact, negative) => {
      const decoded = decodeCompact(bits);
      expect(decoded.target).toBe(BigInt(`0x${hex}`));
      expect(decoded.negative).toBe(negative);
      expect(decoded.overflow).toBe(false);
      const reencoded = targetToBits(decoded.target);
      expect(negative && decoded.target !== 0n ? reencoded | 0x00800000 : reencoded).toBe(compact);
    },
  );

  it('SetCompact(0xff123456) overflows and is not negative', () => {
    const decoded = decodeCompact(0xff123456);
    expect(decoded.overflow).toBe(true);
    expect(decoded.negative).toBe(false);
  });

  it('GetCompact(0x80) moves the mantissa down a byte instead of setting the sign bit', () => {
    expect(targetToBits(0x80n)).toBe(0x02008000);
  });

  it('overflow starts exactly where Core says: exponent 35, 34 or 33 by mantissa size', () => {
    expect(decodeCompact(0x220000ff).overflow).toBe(false);
    expect(decodeCompact(0x230000ff).overflow).toBe(true);
    expect(decodeCompact(0x2100ffff).overflow).toBe(false);
    expect(decodeCompact(0x2200ffff).overflow).toBe(true);
    expect(decodeCompact(0x207fffff).overflow).toBe(false);
    expect(decodeCompact(0x217fffff).overflow).toBe(true);
    // A zero mantissa never overflows, whatever the exponent.
    expect(decodeCompact(0xff000000)).toEqual({ target: 0n, negative: false, overflow: false });
  });
});

describe('bitsToTarget', () => {
  it('bits 0x1d00ffff (block 0) decode to 0x00000000ffff0000...0', () => {
    expect(targetToHex(bitsToTarget(0x1d00ffff))).toBe(
      '00000000ffff0000000000000000000000000000000000000000000000000000',
    );
    expect(bitsToTarget(0x1d00ffff)).toBe(DIFFICULTY_1_TARGET);
  });

  it('real mainnet bits decode to their known targets', () => {
    // Heights 100800 and 840672 of data/btc-headers.bin.
    expect(targetToHex(bitsToTarget(0x1b0404cb))).toBe(
      '00000000000404cb000000000000000000000000000000000000000000000000',
    );
    expect(targetToHex(bitsToTarget(0x170331db))).toBe(
      '0000000000000000000331db0000000000000000000000000000000000000000',
    );
  });

  it('a negative compact target is a TargetError "negative target"', () => {
    for (const bits of [0x01fedcba, 0x04923456, 0x1d80ffff]) {
      const error = targetErrorOf(() => bitsToTarget(bits));
      expect(error.reason).toBe('negative');
      expect(error.message).toBe(
        `bits ${bitsToHex(bits)}: negative target (sign bit 0x00800000 set with a non-zero mantissa)`,
      );
    }
  });

  it('an overflowing compact target is a TargetError "overflow"', () => {
    const error = targetErrorOf(() => bitsToTarget(0xff123456));
    expect(error.reason).toBe('overflow');
    expect(error.message).toBe('bits 0xff123456: overflow (the target does not fit in 256 bits)');
  });

  it('the sign bit with a zero mantissa is not negative, but the zero target is an error', () => {
    for (const bits of [0x00800000, 0x01803456, 0x04800000, 0x00000000, 0x01003456]) {
      expect(decodeCompact(bits).negative).toBe(false);
      const error = targetErrorOf(() => bitsToTarget(bits));
      expect(error.reason).toBe('zero');
      expect(error.message).toContain('zero target');
    }
  });

  it('bits outside the uint32 range are a TargetError "range"', () => {
    expect(targetErrorOf(() => bitsToTarget(2 ** 32)).reason).toBe('range');
    expect(targetErrorOf(() => bitsToTarget(-1)).reason).toBe('range');
    expect(targetErrorOf(() => bitsToTarget(1.5)).reason).toBe('range');
  });

  it('any valid bits decode to a target whose canonical bits decode to the same target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (bits) => {
        const { target, negative, overflow } = decodeCompact(bits);
        fc.pre(!negative && !overflow && target !== 0n);
        const canonical = targetToBits(target);
        expect(bitsToTarget(canonical)).toBe(target);
        expect(targetToBits(bitsToTarget(canonical))).toBe(canonical);
      }),
      { seed: 31, numRuns: 3000 },
    );
  });
});

describe('targetToBits', () => {
  it('targetToBits keeps the top bytes: decoding gives a target <= the input and close to it', () => {
    fc.assert(
      fc.property(targetArbitrary, (target) => {
        const bits = targetToBits(target);
        expect(bits & 0x00800000).toBe(0);
        const decoded = bitsToTarget(bits);
        expect(decoded <= target).toBe(true);
        // The mantissa keeps at least 16 significant bits, so the loss is below 2^-15.
        expect((target - decoded) * 2n ** 15n <= target).toBe(true);
        // Canonical bits survive the round trip unchanged.
        expect(targetToBits(decoded)).toBe(bits);
      }),
      { seed: 32, numRuns: 3000 },
    );
  });

  it('targetToBits(2^256 - 1) is 0x2100ffff and targetToBits(0) is 0', () => {
    expect(targetToBits(MAX_TARGET)).toBe(0x2100ffff);
    expect(targetToBits(0n)).toBe(0);
  });

  it('targetToBits rejects values outside [0, 2^256)', () => {
    expect(targetErrorOf(() => targetToBits(1n << 256n)).reason).toBe('range');
    expect(targetErrorOf(() => targetToBits(-1n)).reason).toBe('range');
  });
});

describe('mainnet validity', () => {
  it('isValidMainnetTarget accepts 1..powLimit, where powLimit is 2^224 - 1 as in Core', () => {
    expect(isValidMainnetTarget(DIFFICULTY_1_TARGET)).toBe(true);
    expect(isValidMainnetTarget(MAINNET_POW_LIMIT)).toBe(true);
    expect(isValidMainnetTarget(MAINNET_POW_LIMIT + 1n)).toBe(false);
    expect(isValidMainnetTarget(1n)).toBe(true);
    expect(isValidMainnetTarget(0n)).toBe(false);
  });

  it('isValidMainnetBits allows 0x1d00ffff and harder, and nothing easier or invalid', () => {
    expect(isValidMainnetBits(0x1d00ffff)).toBe(true);
    expect(isValidMainnetBits(0x170331db)).toBe(true);
    expect(isValidMainnetBits(0x1d010000)).toBe(false);
    expect(isValidMainnetBits(0x207fffff)).toBe(false);
    expect(isValidMainnetBits(0x01fedcba)).toBe(false);
    expect(isValidMainnetBits(0xff123456)).toBe(false);
    expect(isValidMainnetBits(0)).toBe(false);
  });
});

describe('parseBitsHex', () => {
  it('parseBitsHex accepts 1 to 8 digits with or without 0x', () => {
    expect(parseBitsHex('1d00ffff')).toBe(0x1d00ffff);
    expect(parseBitsHex('0x1D00FFFF')).toBe(0x1d00ffff);
    expect(parseBitsHex('ff')).toBe(0xff);
  });

  it('parseBitsHex rejects non-hex digits, nothing at all, or more than 8 digits', () => {
    expect(() => parseBitsHex('1d00fffg')).toThrow("bits: 'g' at position 7 is not a hex digit");
    expect(() => parseBitsHex('0x')).toThrow(HexError);
    expect(() => parseBitsHex('')).toThrow('expected 1 to 8 hex digits (a uint32), got 0');
    expect(() => parseBitsHex('1d00ffff0')).toThrow('got 9');
  });
});

describe('zero-bit targets and comparison', () => {
  it('targetFromLeadingZeroBits(N) is 2^(256 - N) - 1 for N in 0..256', () => {
    expect(targetFromLeadingZeroBits(0)).toBe(MAX_TARGET);
    expect(targetFromLeadingZeroBits(32)).toBe(MAINNET_POW_LIMIT);
    expect(targetToHex(targetFromLeadingZeroBits(12))).toBe('000' + 'f'.repeat(61));
    expect(targetFromLeadingZeroBits(256)).toBe(0n);
    expect(() => targetFromLeadingZeroBits(257)).toThrow(RangeError);
    expect(() => targetFromLeadingZeroBits(-1)).toThrow(RangeError);
  });

  it('hashMeetsTarget is hash <= target, for display-order hex and for numbers', () => {
    const genesis = '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f';
    expect(hashMeetsTarget(genesis, DIFFICULTY_1_TARGET)).toBe(true);
    expect(hashMeetsTarget(genesis, bitsToTarget(0x1b0404cb))).toBe(false);
    expect(hashMeetsTarget(5n, 5n)).toBe(true);
    expect(hashMeetsTarget(6n, 5n)).toBe(false);
    expect(hashMeetsTarget(targetToHex(MAINNET_POW_LIMIT), MAINNET_POW_LIMIT)).toBe(true);
  });

  it('targetToHex writes 64 digits and rejects values outside [0, 2^256)', () => {
    expect(targetToHex(1n)).toHaveLength(64);
    expect(() => targetToHex(1n << 256n)).toThrow(TargetError);
  });
});
