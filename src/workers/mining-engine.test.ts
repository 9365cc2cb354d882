import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { rollTimestamp, runScan } from './mining-engine';
import type { ScanRequest } from './mining-protocol';

const GENESIS = hexToBytes(
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c',
);

function request(overrides: Partial<ScanRequest>): ScanRequest {
  return {
    type: 'scan',
    runId: 1,
    chunkId: 0,
    header: GENESIS,
    target: (1n << 248n) - 1n,
    rounds: 64,
    extraNonce: 0,
    startNonce: 0,
    count: 2048,
    maxHits: 64,
    ...overrides,
  };
}

function nobleDisplayHash(header: Uint8Array, nonce: number): string {
  const copy = header.slice();
  new DataView(copy.buffer).setUint32(76, nonce, true);
  return bytesToHex(sha256(sha256(copy)).reverse());
}

describe('runScan(request)', () => {
  it('after the timestamp roll (extra nonce 1) hashes the header whose time is one second later', () => {
    const rolled = rollTimestamp(GENESIS, 1);
    const view = new DataView(rolled.buffer);
    expect(view.getUint32(68, true)).toBe(new DataView(GENESIS.buffer).getUint32(68, true) + 1);
    const reply = runScan(request({ extraNonce: 1 }), () => 0);
    if (reply.type !== 'scanned') throw new Error(reply.message);
    expect(reply.hitNonces.length).toBeGreaterThan(0);
    reply.hitNonces.forEach((nonce, i) => {
      expect(reply.hitHashHex[i]).toBe(nobleDisplayHash(rolled, nonce));
    });
    // The same nonces on the unrolled header give other hashes: the roll really changed the work.
    const plain = runScan(request({ extraNonce: 0 }), () => 0);
    expect(plain.type === 'scanned' && plain.hitNonces).not.toEqual(reply.hitNonces);
  });

  it('wraps a range that passes 2^32 - 1 back to nonce 0 and scans every nonce once', () => {
    const reply = runScan(
      request({ target: (1n << 256n) - 1n, startNonce: 2 ** 32 - 3, count: 6, maxHits: 10 }),
      () => 0,
    );
    expect(reply.type === 'scanned' && reply.hitNonces).toEqual([
      2 ** 32 - 3,
      2 ** 32 - 2,
      2 ** 32 - 1,
      0,
      1,
      2,
    ]);
  });

  it('answers a bad request with an error message instead of throwing', () => {
    const reply = runScan(request({ header: new Uint8Array(10) }), () => 0);
    expect(reply).toMatchObject({ type: 'error', runId: 1, chunkId: 0 });
  });
});
