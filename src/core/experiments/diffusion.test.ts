import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { compressBlock, readBlockWords } from '../hash/sha256-compress';
import { createRandom } from '../random';
import {
  diffusionTrace,
  differenceBytes,
  FIRST_ROUND_WITH_NONCE,
  firstRoundReaching,
  headerMidstate,
  nonceBlockWords,
  popcount32,
  roundStates,
} from './diffusion';
import { makeJobHeaders } from './experiment-jobs';

function withNonce(header: Uint8Array, nonce: number): Uint8Array {
  const copy = header.slice();
  new DataView(copy.buffer).setUint32(76, nonce, true);
  return copy;
}

describe('roundStates(chaining, block)', () => {
  const [header] = makeJobHeaders(createRandom(3), 1);

  it('after 64 rounds plus the feed-forward gives the SHA-256 of the header (@noble/hashes)', () => {
    const nonce = 0x12345678;
    const midstate = headerMidstate(header!);
    const rows = roundStates(midstate, nonceBlockWords(header!, nonce));
    const words = Array.from({ length: 8 }, (_, i) => (midstate[i]! + rows[64 * 8 + i]!) | 0);
    const digest = sha256(withNonce(header!, nonce));
    const view = new DataView(digest.buffer, digest.byteOffset);
    expect(words).toEqual(Array.from({ length: 8 }, (_, i) => view.getInt32(4 * i)));
  });

  it('after R rounds plus the feed-forward equals compressBlock(..., R) for every R', () => {
    const midstate = headerMidstate(header!);
    const block = nonceBlockWords(header!, 987_654_321);
    const rows = roundStates(midstate, block);
    for (let r = 1; r <= 64; r++) {
      const state = midstate.slice();
      compressBlock(state, block, r);
      const words = Array.from({ length: 8 }, (_, i) => (midstate[i]! + rows[8 * r + i]!) | 0);
      expect(words, `R = ${r}`).toEqual(Array.from(state));
    }
  });

  it('puts the byte-swapped nonce in word W3 of the second block', () => {
    const block = nonceBlockWords(header!, 0x11223344);
    expect(block[3]! >>> 0).toBe(0x44332211);
    const second = readBlockWords(
      (() => {
        const bytes = new Uint8Array(64);
        bytes.set(withNonce(header!, 0x11223344).subarray(64, 80));
        return bytes;
      })(),
      0,
      new Int32Array(16),
    );
    expect(Array.from(block.subarray(0, 4))).toEqual(Array.from(second.subarray(0, 4)));
  });
});

describe('diffusionTrace(header, nonce, bit)', () => {
  const headers = makeJobHeaders(createRandom(5), 4);

  it('shows no difference before round 4, where W3 (the nonce) is first read', () => {
    expect(FIRST_ROUND_WITH_NONCE).toBe(4);
    for (const header of headers) {
      for (let bit = 0; bit < 32; bit++) {
        const trace = diffusionTrace(header, 0xdeadbeef, bit);
        expect(trace.distances.slice(0, 4)).toEqual([0, 0, 0, 0]);
        // Round 4 adds the same difference to t1 in a and e: at least one bit in each.
        expect(trace.distances[4]).toBeGreaterThanOrEqual(2);
        expect(popcount32(trace.nonce ^ trace.flippedNonce)).toBe(1);
      }
    }
  });

  it('ends, on average, at 128 differing bits of 256, like two random states (seed 9)', () => {
    // Theory for unrelated states: Binomial(256, 1/2), mean 128, SD 8; tolerance 4 SE.
    const random = createRandom(9);
    const trials = 1000;
    let sum = 0;
    for (let i = 0; i < trials; i++) {
      const header = headers[i % headers.length]!;
      sum += diffusionTrace(header, random.nextUint32(), random.int(0, 31)).distances[64]!;
    }
    expect(Math.abs(sum / trials - 128)).toBeLessThan(4 * (8 / Math.sqrt(trials)));
  });

  it('marks the differing bits, whose count is the distance', () => {
    const trace = diffusionTrace(headers[0]!, 42, 0);
    for (const round of [0, 4, 8, 64]) {
      const bytes = differenceBytes(trace, round);
      let count = 0;
      for (const b of bytes) count += popcount32(b);
      expect(count).toBe(trace.distances[round]);
    }
    expect(firstRoundReaching(trace, 1)).toBe(4);
    expect(firstRoundReaching(trace, 257)).toBeNull();
  });

  it('rejects a bad nonce, bit or round', () => {
    expect(() => diffusionTrace(headers[0]!, -1, 0)).toThrow(RangeError);
    expect(() => diffusionTrace(headers[0]!, 1, 32)).toThrow(RangeError);
    expect(() => differenceBytes(diffusionTrace(headers[0]!, 1, 1), 65)).toThrow(RangeError);
  });
});

describe('popcount32(v)', () => {
  it('counts set bits of 32-bit words, signed or not', () => {
    expect(popcount32(0)).toBe(0);
    expect(popcount32(-1)).toBe(32);
    expect(popcount32(0x80000001)).toBe(2);
    expect(popcount32(0xf0f0)).toBe(8);
  });
});
