import { describe, expect, it } from 'vitest';
import {
  MONERO_EXAMPLE,
  meetsDifficultyLittleEndian,
  nonceFromBlob,
  splitBlob,
} from './monero-example';

describe('the Monero example', () => {
  it('nonceFromBlob reads the 4 bytes at offset 39 little-endian', () => {
    expect(nonceFromBlob(MONERO_EXAMPLE.hashingBlobHex)).toBe(MONERO_EXAMPLE.nonce);
    expect(splitBlob(MONERO_EXAMPLE.hashingBlobHex)[1]).toBe('40080215');
  });

  it('the real share meets its difficulty read little-endian, and would not read big-endian', () => {
    expect(
      meetsDifficultyLittleEndian(MONERO_EXAMPLE.powHashHex, MONERO_EXAMPLE.shareDifficulty),
    ).toBe(true);
    const reversed = MONERO_EXAMPLE.powHashHex.match(/../g)!.reverse().join('');
    expect(meetsDifficultyLittleEndian(reversed, MONERO_EXAMPLE.shareDifficulty)).toBe(false);
  });
});
