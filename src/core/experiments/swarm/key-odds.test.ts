import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { createRandom } from '../../random';
import { expectedKeyHits, searchToyKeys, secondsPerExpectedHit, toyAddress } from './key-odds';

describe('key-search arithmetic', () => {
  it('expectedKeyHits(r, t, n) = r t n / 2^160', () => {
    expect(expectedKeyHits(1e6, 3600, 1000)).toBeCloseTo((1e6 * 3600 * 1000) / 2 ** 160, 60);
    expect(expectedKeyHits(2 ** 20, 1, 1, 20)).toBe(1);
    expect(secondsPerExpectedHit(2 ** 10, 2, 20)).toBe(512);
  });

  it('toyAddress is the first 8 bytes of SHA-256 of the key, big-endian', () => {
    const digest = sha256(new Uint8Array([0, 0, 1, 0]));
    expect(toyAddress(256)).toBe(new DataView(digest.buffer).getBigUint64(0));
  });

  it('searchToyKeys finds the seeded secret of a 20-bit space after key + 1 tries', async () => {
    let t = 0;
    const result = await searchToyKeys(20, createRandom(1), () => (t += 1));
    const secret = createRandom(1).int(0, 2 ** 20 - 1);
    expect(result.key).toBe(secret);
    expect(result.tries).toBe(secret + 1);
    expect(result.expectedTries).toBe(2 ** 19);
  });

  it('rejects spaces outside 20 to 28 bits', async () => {
    await expect(searchToyKeys(19, createRandom(1), () => 0)).rejects.toThrow(RangeError);
    await expect(searchToyKeys(29, createRandom(1), () => 0)).rejects.toThrow(RangeError);
  });
});
