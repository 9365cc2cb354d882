import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../hex';
import { headerHashDisplayHex } from './block-header';
import {
  SHA256_TRACE_MAX_BYTES,
  Sha256TraceTooLongError,
  changedBits,
  sha256Pad,
  traceSha256,
  wordHex,
} from './sha256-trace';
import { NONCE_WORD_IN_SECOND_BLOCK, genesisHeaderBytes } from './sha256-trace-genesis';

const words = (line: string) => line.split(' ');
const stateHex = (state: number[]) => state.map(wordHex);

/**
 * FIPS 180-2 / 180-4 example "SHA-256 one block message" (appendix B.1 of FIPS 180-2, the
 * "SHA256.pdf" example of the NIST cryptographic standards examples): a..h after round t.
 */
const NIST_ABC_AFTER_ROUND: Record<number, string> = {
  0: '5d6aebcd 6a09e667 bb67ae85 3c6ef372 fa2a4622 510e527f 9b05688c 1f83d9ab',
  1: '5a6ad9ad 5d6aebcd 6a09e667 bb67ae85 78ce7989 fa2a4622 510e527f 9b05688c',
  15: 'b0fa238e c0645fde d932eb16 87912990 07590dcd 0b92f20c 745a48de 1e578218',
  63: '506e3058 d39a2165 04d24d6c b85e2ce9 5ef50f24 fb121210 948d25b6 961f4894',
};

describe('traceSha256', () => {
  it('reproduces the NIST "abc" example: a..h after rounds 0, 1, 15 and 63, and the digest', () => {
    const trace = traceSha256(new TextEncoder().encode('abc'));
    expect(trace.blocks).toHaveLength(1);
    const block = trace.blocks[0]!;
    for (const [round, expected] of Object.entries(NIST_ABC_AFTER_ROUND)) {
      expect(stateHex(block.states[Number(round) + 1]!), `after round ${round}`).toEqual(
        words(expected),
      );
    }
    expect(wordHex(block.schedule[0]!)).toBe('61626380');
    expect(wordHex(block.schedule[15]!)).toBe('00000018');
    expect(bytesToHex(trace.digest)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('each state follows from the previous one by T1 and T2 (a = T1 + T2, e = d + T1)', () => {
    const block = traceSha256(new TextEncoder().encode('nonce sense')).blocks[0]!;
    for (let t = 0; t < 64; t++) {
      const [a, b, c, d, e, f, g] = block.states[t]!;
      const next = block.states[t + 1]!;
      expect(next).toEqual([
        (block.t1[t]! + block.t2[t]!) >>> 0,
        a,
        b,
        c,
        (d! + block.t1[t]!) >>> 0,
        e,
        f,
        g,
      ]);
    }
  });

  it('the digest equals @noble/hashes and node:crypto for seeded random inputs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: SHA256_TRACE_MAX_BYTES }), (message) => {
        const digest = bytesToHex(traceSha256(message).digest);
        expect(digest).toBe(bytesToHex(sha256(message)));
        expect(digest).toBe(createHash('sha256').update(message).digest('hex'));
      }),
      { seed: 2009, numRuns: 200 },
    );
  });

  it('refuses input longer than the limit with a clear error', () => {
    expect(() => traceSha256(new Uint8Array(SHA256_TRACE_MAX_BYTES + 1))).toThrow(
      Sha256TraceTooLongError,
    );
    expect(traceSha256(new Uint8Array(SHA256_TRACE_MAX_BYTES)).blocks).toHaveLength(16);
  });
});

describe('sha256Pad', () => {
  it.each([
    [0, 1],
    [55, 1],
    [56, 2],
    [63, 2],
    [64, 2],
    [119, 2],
    [120, 3],
  ])('a %i-byte message pads to %i block(s)', (length, blocks) => {
    const message = new Uint8Array(length).fill(0x61);
    const padded = sha256Pad(message);
    expect(padded.length).toBe(blocks * 64);
    expect(padded.subarray(0, length)).toEqual(message);
    expect(padded[length]).toBe(0x80);
    expect(padded.subarray(length + 1, padded.length - 8).every((byte) => byte === 0)).toBe(true);
    const view = new DataView(padded.buffer);
    expect(view.getUint32(padded.length - 8)).toBe(0);
    expect(view.getUint32(padded.length - 4)).toBe(length * 8);
  });
});

describe('genesis header preset', () => {
  it('builds the real block 0 header: its bytes, its block hash, and the nonce in W[3] of block 2', () => {
    const vectors = JSON.parse(readFileSync('data/sha256-vectors.json', 'utf8')) as {
      sha256d_bitcoin: { id: string; input_hex: string }[];
    };
    const genesis = vectors.sha256d_bitcoin.find((v) => v.id === 'bitcoin-genesis-sha256d')!;
    const bytes = genesisHeaderBytes();
    expect(bytesToHex(bytes)).toBe(genesis.input_hex);
    expect(headerHashDisplayHex(bytes)).toBe(
      '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f',
    );
    const trace = traceSha256(bytes);
    expect(trace.blocks).toHaveLength(2);
    // The nonce 2083236893 = 0x7c2bac1d, stored little-endian: bytes 1d ac 2b 7c.
    expect(wordHex(trace.blocks[1]!.schedule[NONCE_WORD_IN_SECOND_BLOCK]!)).toBe('1dac2b7c');
  });
});

describe('changedBits', () => {
  it('counts differing bits, including the top bit', () => {
    expect(changedBits(0, 0)).toBe(0);
    expect(changedBits(0, 0xffffffff)).toBe(32);
    expect(changedBits(0x80000000, 0)).toBe(1);
    expect(changedBits(0b1010, 0b0110)).toBe(2);
  });
});
