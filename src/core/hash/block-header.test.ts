import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '../hex';
import {
  headerHashDisplayHex,
  headerHashInternal,
  headerToHex,
  merkleRootDisplayHex,
  parseHeader,
  parseHeaderHex,
  prevHashDisplayHex,
  serializeHeader,
  setNonce,
  setTime,
  type BlockHeader,
} from './block-header';

const GENESIS_HEX =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';
// Block 1: its prev-hash field is the genesis hash.
const BLOCK_1_HEX =
  '010000006fe28c0ab6f1b372c1a6a246ae63f74f931e8365e15a089c68d6190000000000982051fd1e4ba744bbbe680e1fee14677ba1a3c3540bf7b1cdb606e857233e0e61bc6649ffff001d01e36299';

const headerArbitrary: fc.Arbitrary<BlockHeader> = fc.record({
  version: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  prevHash: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  merkleRoot: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  time: fc.integer({ min: 0, max: 0xffffffff }),
  bits: fc.integer({ min: 0, max: 0xffffffff }),
  nonce: fc.integer({ min: 0, max: 0xffffffff }),
});

describe('parseHeader', () => {
  it('parseHeaderHex reads the genesis header fields in little-endian order', () => {
    const header = parseHeaderHex(GENESIS_HEX);
    expect(header.version).toBe(1);
    expect(bytesToHex(header.prevHash)).toBe('00'.repeat(32));
    expect(merkleRootDisplayHex(header)).toBe(
      '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b',
    );
    expect(header.time).toBe(1231006505);
    expect(header.bits).toBe(0x1d00ffff);
    expect(header.nonce).toBe(2083236893);
  });

  it('prevHashDisplayHex of block 1 is the genesis hash in display order', () => {
    expect(prevHashDisplayHex(parseHeaderHex(BLOCK_1_HEX))).toBe(
      '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f',
    );
  });

  it('parseHeader reads the version as a signed 32-bit number', () => {
    const bytes = hexToBytes(GENESIS_HEX);
    bytes.set([0xff, 0xff, 0xff, 0xff], 0);
    expect(parseHeader(bytes).version).toBe(-1);
  });

  it('parseHeader copies the hashes so that the header does not alias its input', () => {
    const bytes = hexToBytes(BLOCK_1_HEX);
    const header = parseHeader(bytes);
    bytes.fill(0);
    expect(prevHashDisplayHex(header)).toMatch(/^000000000019d668/);
  });

  it('parseHeader rejects anything but 80 bytes', () => {
    expect(() => parseHeader(new Uint8Array(79))).toThrow('a block header is 80 bytes, got 79');
    expect(() => parseHeaderHex(GENESIS_HEX.slice(2))).toThrow(
      'header: expected 160 hex digits (80 bytes), got 158',
    );
  });
});

describe('serializeHeader', () => {
  it('serializeHeader(parseHeader(bytes)) gives back the same bytes for any 80 bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 80, maxLength: 80 }), (bytes) => {
        expect(serializeHeader(parseHeader(bytes))).toEqual(bytes);
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  it('parseHeader(serializeHeader(header)) gives back the same fields for any header', () => {
    fc.assert(
      fc.property(headerArbitrary, (header) => {
        expect(parseHeader(serializeHeader(header))).toEqual(header);
        expect(parseHeaderHex(headerToHex(header))).toEqual(header);
      }),
      { seed: 12, numRuns: 1000 },
    );
  });

  it('serializeHeader rejects out-of-range fields', () => {
    const header = parseHeaderHex(GENESIS_HEX);
    expect(() => serializeHeader({ ...header, nonce: 2 ** 32 })).toThrow('nonce must be');
    expect(() => serializeHeader({ ...header, time: -1 })).toThrow('time must be');
    expect(() => serializeHeader({ ...header, bits: 1.5 })).toThrow('bits must be');
    expect(() => serializeHeader({ ...header, version: 2 ** 31 })).toThrow('version must be');
    expect(() => serializeHeader({ ...header, prevHash: new Uint8Array(31) })).toThrow(
      'prevHash must be 32 bytes',
    );
  });
});

describe('setNonce and setTime', () => {
  it('setNonce writes the nonce little-endian into bytes 76..79 of a copy', () => {
    const bytes = hexToBytes(GENESIS_HEX);
    const changed = setNonce(bytes, 0x01020304);
    expect([...changed.subarray(76)]).toEqual([4, 3, 2, 1]);
    expect(changed.subarray(0, 76)).toEqual(bytes.subarray(0, 76));
    expect(parseHeader(bytes).nonce).toBe(2083236893);
  });

  it('setTime writes the time little-endian into bytes 68..71 of a copy', () => {
    const changed = setTime(hexToBytes(GENESIS_HEX), 1231006506);
    expect(parseHeader(changed).time).toBe(1231006506);
    expect(() => setTime(changed, 2 ** 32)).toThrow('time must be');
  });
});

describe('header hash', () => {
  it('headerHashDisplayHex of the genesis header is the well-known block 0 hash', () => {
    const expected = '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f';
    expect(headerHashDisplayHex(hexToBytes(GENESIS_HEX))).toBe(expected);
    expect(headerHashDisplayHex(parseHeaderHex(GENESIS_HEX))).toBe(expected);
  });

  it('headerHashInternal is SHA-256 applied twice to the 80 bytes', () => {
    const bytes = hexToBytes(BLOCK_1_HEX);
    expect(headerHashInternal(bytes)).toEqual(sha256(sha256(bytes)));
  });
});
