import { describe, expect, it } from 'vitest';
import { parseHeaderHex } from '../../core/hash/block-header';
import { bitsToTarget, targetFromLeadingZeroBits } from '../../core/hash/target';
import { hexToBytes } from '../../core/hex';
import { miningHeader, parseZeroBits } from './mining-header';

// Block 0's header (Bitcoin genesis, 3 January 2009).
const GENESIS =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';

describe('miningHeader(realHeader, zeroBits)', () => {
  it('keeps version, prev hash, merkle root and time; sets bits for N zero bits and nonce 0', () => {
    const job = miningHeader(hexToBytes(GENESIS), 16);
    const original = parseHeaderHex(GENESIS);
    const mined = parseHeaderHex(job.headerHex);
    expect(mined.merkleRoot).toEqual(original.merkleRoot);
    expect(mined.prevHash).toEqual(original.prevHash);
    expect(mined.time).toBe(original.time);
    expect(mined.nonce).toBe(0);
    expect(mined.bits).toBe(job.bits);
    expect(bitsToTarget(mined.bits)).toBe(job.target);
  });

  it('the target is just below 2^(256 - N), so solutions have >= N leading zero bits', () => {
    for (const zeroBits of [8, 16, 24, 32, 40]) {
      const job = miningHeader(hexToBytes(GENESIS), zeroBits);
      expect(job.target).toBeLessThanOrEqual(targetFromLeadingZeroBits(zeroBits));
      expect(job.target).toBeGreaterThan(targetFromLeadingZeroBits(zeroBits + 1));
      // The compact form keeps 2 or 3 bytes of mantissa: within 2^-16 of 2^N.
      expect(job.expectedHashes / 2 ** zeroBits).toBeCloseTo(1, 4);
    }
  });
});

describe('parseZeroBits(text)', () => {
  it('accepts whole numbers from 8 to 40 and nothing else', () => {
    expect(parseZeroBits('8')).toBe(8);
    expect(parseZeroBits(' 40 ')).toBe(40);
    for (const bad of ['7', '41', '12.5', '', 'abc', '-10', '1e1']) {
      expect(parseZeroBits(bad)).toBeNull();
    }
  });
});
