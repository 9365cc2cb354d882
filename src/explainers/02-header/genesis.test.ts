import { describe, expect, it } from 'vitest';
import { headerHashDisplayHex } from '../../core/hash/block-header';
import { hexToBytes } from '../../core/hex';
import { GENESIS_HEADER_HEX } from './genesis';

describe('chapter 2 genesis header', () => {
  it('hashes to the genesis block hash', () => {
    expect(headerHashDisplayHex(hexToBytes(GENESIS_HEADER_HEX))).toBe(
      '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f',
    );
  });
});
