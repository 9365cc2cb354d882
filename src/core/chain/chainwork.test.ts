import { describe, expect, it } from 'vitest';
import {
  DIFFICULTY_1_BITS,
  bitsToTarget,
  targetFromLeadingZeroBits,
  targetToBits,
} from '../hash/target';
import { blockProof, chainWork, compareBranches, targetProof, workToHex } from './chainwork';

describe('chainwork (Bitcoin Core GetBlockProof)', () => {
  it('genesis (bits 1d00ffff) has chainwork 0x100010001, as Bitcoin Core reports at height 0', () => {
    expect(workToHex(blockProof(DIFFICULTY_1_BITS))).toBe('0x100010001');
    expect(workToHex(chainWork([0x1d00ffff]))).toBe('0x100010001');
    // Height 1 (same bits): Core's chainwork 0x200020002.
    expect(workToHex(chainWork([0x1d00ffff, 0x1d00ffff]))).toBe('0x200020002');
  });

  it('equals floor(2^256 / (target + 1))', () => {
    for (const target of [
      1n,
      2n,
      3n,
      255n,
      1n << 200n,
      (1n << 255n) + 12345n,
      bitsToTarget(0x1b0404cb),
    ]) {
      expect(targetProof(target)).toBe((1n << 256n) / (target + 1n));
    }
    expect(targetProof((1n << 256n) - 1n)).toBe(1n);
  });

  it('negative, overflowing and zero targets give 0, as in Core', () => {
    expect(blockProof(0x01803456)).toBe(0n); // negative
    expect(blockProof(0xff123456)).toBe(0n); // overflow
    expect(blockProof(0x00000000)).toBe(0n); // zero
  });

  it('most work wins, not most blocks: 5 easy blocks lose to 3 blocks 4 times harder', () => {
    const easy = targetToBits(targetFromLeadingZeroBits(20));
    const hard = targetToBits(targetFromLeadingZeroBits(22));
    const result = compareBranches(Array(5).fill(easy), Array(3).fill(hard));
    expect(result.longer).toBe('a');
    expect(result.winner).toBe('b');
    expect(result.workB).toBeGreaterThan(result.workA);
    // Each 22-bit block is worth just about 4 of the 20-bit ones.
    expect(Number(blockProof(hard)) / Number(blockProof(easy))).toBeCloseTo(4, 3);
    expect(compareBranches([easy], [easy]).winner).toBe('tie');
  });
});
