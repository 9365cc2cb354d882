import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bitsOfWork,
  difficultyFromTarget,
  expectedHashes,
  hashProbability,
  hashProbabilityExact,
  ratioToNumber,
} from './difficulty';
import { bitsToTarget, MAX_TARGET, targetFromLeadingZeroBits, TargetError } from './target';

/**
 * Bitcoin Core's GetDifficulty (src/rpc/blockchain.cpp), transcribed: one double division of
 * 0xffff by the mantissa, then scaling by 256 until the exponent is 29.
 */
function coreGetDifficulty(bits: number): number {
  let shift = (bits >>> 24) & 0xff;
  let difficulty = 0x0000ffff / (bits & 0x00ffffff);
  while (shift < 29) {
    difficulty *= 256;
    shift++;
  }
  while (shift > 29) {
    difficulty /= 256;
    shift--;
  }
  return difficulty;
}

describe('difficultyFromTarget', () => {
  it('the genesis bits 0x1d00ffff have difficulty 1', () => {
    expect(difficultyFromTarget(bitsToTarget(0x1d00ffff))).toBe(1);
  });

  it('bits 0x1b0404cb (height 100800) have difficulty 16307.420938523983', () => {
    expect(difficultyFromTarget(bitsToTarget(0x1b0404cb))).toBe(16307.420938523983);
  });

  it('difficulty equals Core’s GetDifficulty exactly for real mainnet bits', () => {
    // 1a44b9f2: height 124992; 1903a30c: 276192; 17053894: 798336; 170331db: 840672.
    for (const bits of [0x1d00ffff, 0x1b0404cb, 0x1a44b9f2, 0x1903a30c, 0x17053894, 0x170331db]) {
      expect(difficultyFromTarget(bitsToTarget(bits))).toBe(coreGetDifficulty(bits));
    }
    expect(difficultyFromTarget(bitsToTarget(0x170331db))).toBe(88104191118793.16);
  });

  it('difficulty equals Core’s GetDifficulty for any valid bits with exponent 3 to 32', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 32 }),
        fc.integer({ min: 1, max: 0x7fffff }),
        (e, m) => {
          const bits = ((e << 24) | m) >>> 0;
          expect(difficultyFromTarget(bitsToTarget(bits))).toBe(coreGetDifficulty(bits));
        },
      ),
      { seed: 41, numRuns: 2000 },
    );
  });

  it('difficulty of a zero target is an error', () => {
    expect(() => difficultyFromTarget(0n)).toThrow(TargetError);
  });
});

describe('ratioToNumber', () => {
  it('ratioToNumber matches IEEE division for numbers that doubles hold exactly', () => {
    const safe = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(safe, safe, fc.integer({ min: -300, max: 300 }), (a, b, shift) => {
        const scaledNum = shift >= 0 ? BigInt(a) << BigInt(shift) : BigInt(a);
        const scaledDen = shift >= 0 ? BigInt(b) : BigInt(b) << BigInt(-shift);
        expect(ratioToNumber(scaledNum, scaledDen)).toBe((a / b) * 2 ** shift);
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('ratioToNumber rounds halfway cases to even and sees remainders far below the last bit', () => {
    const half = (1n << 53n) + 1n; // exactly between two doubles: rounds to even, 2^53
    expect(ratioToNumber(half, 1n)).toBe(2 ** 53);
    // Just above halfway by 2^-200: must round up.
    expect(ratioToNumber((half << 200n) + 1n, 1n << 200n)).toBe(2 ** 53 + 2);
  });

  it('ratioToNumber rejects a zero denominator', () => {
    expect(() => ratioToNumber(1n, 0n)).toThrow(RangeError);
    expect(ratioToNumber(0n, 5n)).toBe(0);
  });
});

describe('probability, expected hashes and bits of work', () => {
  it('N leading zero bits give p = 2^-N, 2^N expected hashes and N bits of work, exactly', () => {
    for (let n = 0; n <= 256; n++) {
      const target = targetFromLeadingZeroBits(n);
      expect(hashProbability(target)).toBe(2 ** -n);
      expect(expectedHashes(target)).toBe(2 ** n);
      expect(bitsOfWork(target)).toBe(n);
    }
  });

  it('difficulty 1 means p of about 2^-32: 4295032833.000015 expected hashes', () => {
    const target = bitsToTarget(0x1d00ffff);
    expect(expectedHashes(target)).toBe(4295032833.000015);
    expect(hashProbability(target)).toBe(1 / 4295032833.000015);
    expect(bitsOfWork(target)).toBeCloseTo(32.000022013947, 12);
  });

  it('bits of work stay accurate for tiny probabilities', () => {
    // target + 1 = 3 * 2^100: bits = 156 - log2(3).
    expect(bitsOfWork(3n * 2n ** 100n - 1n)).toBeCloseTo(156 - Math.log2(3), 12);
    expect(bitsOfWork(1n)).toBe(255);
    expect(hashProbability(0n)).toBe(2 ** -256);
  });

  it('p times expected hashes is 1 and bits of work is -log2(p), for any target', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: MAX_TARGET }),
        fc.integer({ min: 0, max: 255 }),
        (raw, shift) => {
          const target = raw >> BigInt(shift);
          const p = hashProbability(target);
          expect(p * expectedHashes(target)).toBeCloseTo(1, 14);
          expect(bitsOfWork(target)).toBeCloseTo(-Math.log2(p), 12);
        },
      ),
      { seed: 43, numRuns: 2000 },
    );
  });

  it('hashProbabilityExact is (target + 1) / 2^256', () => {
    expect(hashProbabilityExact(MAX_TARGET)).toEqual({
      numerator: 1n << 256n,
      denominator: 1n << 256n,
    });
  });

  it('targets outside [0, 2^256) are rejected', () => {
    expect(() => hashProbability(-1n)).toThrow(TargetError);
    expect(() => expectedHashes(1n << 256n)).toThrow(TargetError);
    expect(() => bitsOfWork(-1n)).toThrow(TargetError);
  });
});
