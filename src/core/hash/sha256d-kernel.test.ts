import { describe, expect, it } from 'vitest';

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToHex, hexToBytes } from '../hex';
import { setNonce } from './block-header';
import { internalHashToBigint, internalToDisplayHex } from './hash-order';
import { sha256dReduced, sha256Reduced } from './sha256-compress';
import { createBestRecord, createMiningJob, hashForNonce, scanNonces } from './sha256d-kernel';
import { bitsToTarget } from './target';

interface Sha256Vector {
  id: string;
  input_ascii: string;
  repeat: number;
  expected: string;
}
interface Sha256dVector {
  input_hex: string;
  sha256d_raw: string;
  sha256d_displayed: string;
}
const vectors = JSON.parse(
  readFileSync(new URL('../../../data/sha256-vectors.json', import.meta.url), 'utf8'),
) as { sha256: Sha256Vector[]; sha256d_bitcoin: Sha256dVector[] };
const genesis = vectors.sha256d_bitcoin[0]!;
const genesisHeader = hexToBytes(genesis.input_hex);
const genesisNonce = new DataView(genesisHeader.buffer).getUint32(76, true);
const genesisTarget = bitsToTarget(0x1d00ffff);

function nobleSha256d(bytes: Uint8Array): Uint8Array {
  return sha256(sha256(bytes));
}

describe('reference vectors', () => {
  it.each(vectors.sha256.map((v) => [v.id, v] as const))(
    'sha256Reduced(message, 64) gives the published digest for %s',
    (_id, vector) => {
      const message = utf8ToBytes(vector.input_ascii.repeat(vector.repeat));
      expect(bytesToHex(sha256Reduced(message, 64))).toBe(vector.expected);
    },
  );

  it('sha256dReduced of the genesis header is its published SHA-256d', () => {
    expect(bytesToHex(sha256dReduced(genesisHeader))).toBe(genesis.sha256d_raw);
  });

  it('hashForNonce(createMiningJob(genesis), its nonce) is the genesis hash in internal order', () => {
    const digest = hashForNonce(createMiningJob(genesisHeader, genesisTarget), genesisNonce);
    expect(bytesToHex(digest)).toBe(genesis.sha256d_raw);
    expect(internalToDisplayHex(digest)).toBe(genesis.sha256d_displayed);
  });
});

describe('hashForNonce against @noble/hashes', () => {
  it('hashForNonce equals noble SHA-256d of the header with that nonce (2,000 seeded cases)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 80, maxLength: 80 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
        (header, nonce, target) => {
          const job = createMiningJob(header, target);
          expect(hashForNonce(job, nonce)).toEqual(nobleSha256d(setNonce(header, nonce)));
        },
      ),
      { seed: 0x5eed, numRuns: 2000 },
    );
  });

  it('createMiningJob ignores the nonce field already in the header', () => {
    const zeroed = setNonce(genesisHeader, 0);
    const digest = hashForNonce(createMiningJob(zeroed, genesisTarget), genesisNonce);
    expect(internalToDisplayHex(digest)).toBe(genesis.sha256d_displayed);
  });
});

describe('scanNonces', () => {
  const target = 1n << 248n; // about 1 hash in 256 is a hit
  const start = 1_000_000;
  const count = 4096;

  function bruteForce(): { hits: number[]; bestValue: bigint; bestNonce: number } {
    const hits: number[] = [];
    let bestValue = 1n << 256n;
    let bestNonce = -1;
    for (let nonce = start; nonce < start + count; nonce++) {
      const value = internalHashToBigint(nobleSha256d(setNonce(genesisHeader, nonce)));
      if (value <= target) hits.push(nonce);
      if (value < bestValue) {
        bestValue = value;
        bestNonce = nonce;
      }
    }
    return { hits, bestValue, bestNonce };
  }

  it('scanNonces finds exactly the nonces whose hash <= target, like a noble loop', () => {
    const expected = bruteForce();
    expect(expected.hits.length).toBeGreaterThan(0);
    const job = createMiningJob(genesisHeader, target);
    const found = new Uint32Array(64);
    const hits = scanNonces(job, start, count, found, createBestRecord());
    expect(hits).toBe(expected.hits.length);
    expect([...found.subarray(0, hits)]).toEqual(expected.hits);
  });

  it('the best record holds the minimum hash of the range and its nonce', () => {
    const expected = bruteForce();
    const best = createBestRecord();
    scanNonces(createMiningJob(genesisHeader, target), start, count, new Uint32Array(0), best);
    let value = 0n;
    for (let t = 0; t < 8; t++) value = (value << 32n) | BigInt(best[t]!);
    expect(value).toBe(expected.bestValue);
    expect(best[8]).toBe(expected.bestNonce);
  });

  it('scanNonces counts every hit even when found has no room for them', () => {
    const job = createMiningJob(genesisHeader, target);
    const found = new Uint32Array(1);
    const hits = scanNonces(job, start, count, found, createBestRecord());
    expect(hits).toBe(bruteForce().hits.length);
    expect(found[0]).toBe(bruteForce().hits[0]);
  });

  it('scanNonces finds the genesis nonce at the difficulty-1 target', () => {
    const found = new Uint32Array(4);
    const job = createMiningJob(genesisHeader, genesisTarget);
    const hits = scanNonces(job, genesisNonce - 100, 200, found, createBestRecord());
    expect(hits).toBe(1);
    expect(found[0]).toBe(genesisNonce);
  });
});

describe('round-reduced kernel', () => {
  it('rounds = 64 is the real SHA-256d', () => {
    const job = createMiningJob(genesisHeader, genesisTarget, 64);
    expect(bytesToHex(hashForNonce(job, genesisNonce))).toBe(genesis.sha256d_raw);
  });

  it('every rounds < 64 differs from the real hash and equals sha256dReduced', () => {
    for (let rounds = 1; rounds < 64; rounds++) {
      const digest = hashForNonce(
        createMiningJob(genesisHeader, genesisTarget, rounds),
        genesisNonce,
      );
      expect(bytesToHex(digest)).not.toBe(genesis.sha256d_raw);
      expect(digest).toEqual(sha256dReduced(genesisHeader, rounds));
    }
  });

  it('rounds outside 1..64 or not whole are rejected', () => {
    for (const rounds of [0, 65, 1.5, Number.NaN, -1]) {
      expect(() => createMiningJob(genesisHeader, genesisTarget, rounds)).toThrow(RangeError);
      expect(() => sha256Reduced(new Uint8Array(0), rounds)).toThrow(RangeError);
    }
  });

  it('createMiningJob rejects a header that is not 80 bytes and a target outside [0, 2^256)', () => {
    expect(() => createMiningJob(new Uint8Array(79), genesisTarget)).toThrow(RangeError);
    expect(() => createMiningJob(genesisHeader, 1n << 256n)).toThrow(RangeError);
    expect(() => createMiningJob(genesisHeader, -1n)).toThrow(RangeError);
  });
});
