import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { setNonce } from './block-header';
import { createBestRecord, createMiningJob } from './sha256d-kernel';
import { scanNonces64Wasm, wasmFilterCandidates } from './sha256d-wasm';

describe('the WASM SIMD kernel against @noble/hashes, at length', () => {
  it('its filter passes a nonce at exactly the top word of noble SHA-256d (100,000 seeded cases)', () => {
    // The module computes one digest word per nonce (H7, the top word as Bitcoin reads the
    // hash); a threshold equal to noble's top word must pass the nonce, one less must not.
    // The nonce's lane varies with its value, and so does its place in a run of 1..8.
    let runs = 0;
    let mismatches = 0;
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 80, maxLength: 80 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 7 }),
        (header, nonce, before) => {
          runs++;
          const d = sha256(sha256(setNonce(header, nonce)));
          const top = ((d[31]! << 24) | (d[30]! << 16) | (d[29]! << 8) | d[28]!) >>> 0;
          const job = createMiningJob(header, 0n);
          const start = Math.max(0, nonce - before);
          const count = nonce - start + 1;
          const passes = wasmFilterCandidates(job, start, count, top, 0).includes(nonce);
          const stops =
            top === 0 || !wasmFilterCandidates(job, start, count, top - 1, 0).includes(nonce);
          if (!(passes && stops)) mismatches++;
          return passes && stops;
        },
      ),
      { seed: 0x5eed_a5a5, numRuns: 100_000 },
    );
    expect(runs).toBe(100_000);
    expect(mismatches).toBe(0);
  });

  it('a scan at the exact hash as target hits, and reports noble SHA-256d as its best (20,000 seeded cases)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 80, maxLength: 80 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (header, nonce) => {
          const noble = sha256(sha256(setNonce(header, nonce))).reverse();
          const hex = Buffer.from(noble).toString('hex');
          const job = createMiningJob(header, BigInt(`0x${hex}`));
          const best = createBestRecord();
          const found = new Uint32Array(1);
          const hits = scanNonces64Wasm(job, nonce, 1, found, best);
          let bestHex = '';
          for (let t = 0; t < 8; t++) bestHex += best[t]!.toString(16).padStart(8, '0');
          return hits === 1 && found[0] === nonce && bestHex === hex && best[8] === nonce;
        },
      ),
      { seed: 0x0ddba11, numRuns: 20_000 },
    );
  });
});
