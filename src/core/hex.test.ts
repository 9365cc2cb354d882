import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bytesToHex as nobleBytesToHex,
  hexToBytes as nobleHexToBytes,
} from '@noble/hashes/utils.js';
import {
  bytesToHex,
  groupHex,
  HexError,
  hexToBytes,
  hexToBytesOfLength,
  reverseBytes,
} from './hex';

const SEED = 20240101;

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('hexToBytes', () => {
  it('hexToBytes("00ff10Ab") reads both cases and returns one byte per digit pair', () => {
    expect([...hexToBytes('00ff10Ab')]).toEqual([0x00, 0xff, 0x10, 0xab]);
  });

  it('hexToBytes("") is the empty byte array', () => {
    expect(hexToBytes('')).toHaveLength(0);
  });

  it('hexToBytes rejects an odd number of digits and says how many there were', () => {
    const error = errorOf(() => hexToBytes('abc'));
    expect(error).toBeInstanceOf(HexError);
    expect((error as HexError).message).toBe(
      'hex: odd number of hex digits (3); every byte takes two digits',
    );
  });

  it('hexToBytes names the first non-hex character and its position', () => {
    const error = errorOf(() => hexToBytes('00g1', 'header')) as HexError;
    expect(error).toBeInstanceOf(HexError);
    expect(error.position).toBe(2);
    expect(error.message).toBe("header: 'g' at position 2 is not a hex digit");
  });

  it('hexToBytes makes whitespace visible in its message', () => {
    expect(() => hexToBytes('00 11')).toThrow('a space at position 2 is not a hex digit');
    expect(() => hexToBytes('0011\n')).toThrow('a line break at position 4');
  });

  it('hexToBytes rejects a 0x prefix with a hint to leave it out', () => {
    expect(() => hexToBytes('0x00')).toThrow(
      "'x' at position 1 is not a hex digit (leave out the 0x prefix)",
    );
  });

  it('hexToBytes reports a bad character before an odd length', () => {
    expect(() => hexToBytes('zzz')).toThrow("'z' at position 0");
  });

  it('hexToBytes agrees with @noble/hashes on every string of hex-like characters', () => {
    const hexish = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFxg '.split('')) });
    fc.assert(
      fc.property(hexish, (text) => {
        let ours: Uint8Array | null = null;
        let noble: Uint8Array | null = null;
        try {
          ours = hexToBytes(text);
        } catch (error) {
          expect(error).toBeInstanceOf(HexError);
        }
        try {
          noble = nobleHexToBytes(text);
        } catch {
          // noble rejects it too: both stay null
        }
        expect(ours).toEqual(noble);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('hexToBytes(bytesToHex(bytes)) returns the bytes for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const hex = bytesToHex(bytes);
        expect(hex).toBe(nobleBytesToHex(bytes));
        expect(hexToBytes(hex)).toEqual(bytes);
        expect(hexToBytes(hex.toUpperCase())).toEqual(bytes);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('hexToBytesOfLength', () => {
  it('hexToBytesOfLength accepts exactly the requested number of bytes', () => {
    expect(hexToBytesOfLength('a1b2', 2)).toEqual(new Uint8Array([0xa1, 0xb2]));
  });

  it('hexToBytesOfLength names the expected and actual digit counts', () => {
    expect(() => hexToBytesOfLength('00'.repeat(79), 80, 'header')).toThrow(
      'header: expected 160 hex digits (80 bytes), got 158',
    );
  });
});

describe('reverseBytes and groupHex', () => {
  it('reverseBytes returns a reversed copy and leaves its input alone', () => {
    const input = new Uint8Array([1, 2, 3]);
    expect([...reverseBytes(input)]).toEqual([3, 2, 1]);
    expect([...input]).toEqual([1, 2, 3]);
  });

  it('groupHex splits into 8-digit groups with a shorter last group', () => {
    expect(groupHex('000000000019d6689c')).toBe('00000000 0019d668 9c');
    expect(groupHex('')).toBe('');
    expect(groupHex('abcdef', 2)).toBe('ab cd ef');
  });

  it('groupHex rejects a group size that is not a positive whole number', () => {
    expect(() => groupHex('ab', 0)).toThrow(RangeError);
  });
});
