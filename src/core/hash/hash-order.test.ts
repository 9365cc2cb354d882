import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes } from '../hex';
import {
  bigintToHex64,
  displayHexToBigint,
  displayHexToInternal,
  internalHashToBigint,
  internalToDisplayHex,
} from './hash-order';

const GENESIS_HEADER =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';
const GENESIS_RAW = '6fe28c0ab6f1b372c1a6a246ae63f74f931e8365e15a089c68d6190000000000';
const GENESIS_DISPLAY = '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f';

describe('hash order', () => {
  it('internalToDisplayHex reverses the SHA-256d digest of the genesis header', () => {
    const digest = sha256(sha256(hexToBytes(GENESIS_HEADER)));
    expect(internalToDisplayHex(digest)).toBe(GENESIS_DISPLAY);
  });

  it('displayHexToInternal gives back the raw digest bytes', () => {
    expect(displayHexToInternal(GENESIS_DISPLAY)).toEqual(hexToBytes(GENESIS_RAW));
  });

  it('the numeric value of a hash is the same from either order', () => {
    const value = displayHexToBigint(GENESIS_DISPLAY);
    expect(value).toBe(0x000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26fn);
    expect(internalHashToBigint(hexToBytes(GENESIS_RAW))).toBe(value);
  });

  it('internalToDisplayHex and displayHexToInternal are inverse for any 32 bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const display = internalToDisplayHex(bytes);
        expect(displayHexToInternal(display)).toEqual(bytes);
        expect(bigintToHex64(internalHashToBigint(bytes))).toBe(display);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('a hash must be exactly 32 bytes or 64 hex digits', () => {
    expect(() => internalToDisplayHex(new Uint8Array(31))).toThrow('a hash is 32 bytes, got 31');
    expect(() => displayHexToInternal('00')).toThrow('expected 64 hex digits (32 bytes), got 2');
    expect(() => displayHexToBigint('zz'.repeat(32))).toThrow("'z' at position 0");
  });

  it('bigintToHex64 pads to 64 digits and rejects values outside [0, 2^256)', () => {
    expect(bigintToHex64(1n)).toBe('0'.repeat(63) + '1');
    expect(() => bigintToHex64(1n << 256n)).toThrow(RangeError);
    expect(() => bigintToHex64(-1n)).toThrow(RangeError);
  });
});
