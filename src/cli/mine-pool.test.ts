import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes } from '../core/hex';
import { setNonce, setTime } from '../core/hash/block-header';
import { internalToDisplayHex } from '../core/hash/hash-order';
import { hashLeadingZeroBits } from '../core/hash/leading-zero-bits';
import { mine } from './mine-pool';

const GENESIS = hexToBytes(
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c',
);
const GENESIS_TIME = 1231006505;

function zeroBitsOf(header: Uint8Array): number {
  return hashLeadingZeroBits(internalToDisplayHex(sha256(sha256(header))));
}

describe('mine (worker threads)', () => {
  it('rolls the timestamp when every nonce fails, and finds the first time that has a hit', async () => {
    // A 1,024-nonce space with 16 zero bits: about 1 time in 64 has a hit, so the search
    // must roll the time many times, as it would after 2^32 nonces.
    const nonceSpace = 1024;
    const zeroBits = 16;
    const result = await mine({
      header: GENESIS,
      zeroBits,
      workers: 2,
      nonceSpace,
      batchSize: 128,
    });
    expect(result.timeRolls).toBeGreaterThan(0);
    expect(result.time).toBe(GENESIS_TIME + result.timeRolls);
    expect(result.nonce).toBeLessThan(nonceSpace);
    expect(result.header).toEqual(setNonce(setTime(GENESIS, result.time), result.nonce));
    expect(zeroBitsOf(result.header)).toBeGreaterThanOrEqual(zeroBits);
    expect(result.leadingZeroBits).toBe(zeroBitsOf(result.header));
    // Every earlier time really had no hit (checked with @noble/hashes, one nonce at a time),
    // and all their nonces were counted.
    for (let roll = 0; roll < result.timeRolls; roll++) {
      const header = setTime(GENESIS, GENESIS_TIME + roll);
      for (let nonce = 0; nonce < nonceSpace; nonce++) {
        if (zeroBitsOf(setNonce(header, nonce)) >= zeroBits) {
          throw new Error(`time +${roll} nonce ${nonce} was a hit the miner missed`);
        }
      }
    }
    expect(result.hashesTried).toBeGreaterThan(result.timeRolls * nonceSpace);
    expect(result.hashesTried).toBeLessThanOrEqual((result.timeRolls + 1) * nonceSpace);
  });

  it('splits the nonces into disjoint ranges: one worker per range, more workers than batches', async () => {
    const result = await mine({
      header: GENESIS,
      zeroBits: 8,
      workers: 3,
      nonceSpace: 256,
      batchSize: 64,
    });
    expect(zeroBitsOf(result.header)).toBeGreaterThanOrEqual(8);
    expect(result.workers).toBe(3);
  });

  it('with the defaults (2^32 nonces, 65,536-nonce batches) one worker finds an easy hit', async () => {
    const result = await mine({ header: GENESIS, zeroBits: 4, workers: 1 });
    expect(result.hashesTried).toBe(65_536); // the hit's batch, reported whole
    expect(result.timeRolls).toBe(0);
    expect(zeroBitsOf(result.header)).toBeGreaterThanOrEqual(4);
  });
});
