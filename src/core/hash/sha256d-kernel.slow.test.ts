import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { setNonce } from './block-header';
import {
  activeKernel,
  createBestRecord,
  createMiningJob,
  hashForNonce,
  scanNonces,
  setKernelPreference,
} from './sha256d-kernel';

describe('hashForNonce against @noble/hashes, at length', () => {
  it('hashForNonce equals noble SHA-256d of the header with that nonce (100,000 seeded cases)', () => {
    let runs = 0;
    let mismatches = 0;
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 80, maxLength: 80 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (header, nonce) => {
          runs++;
          const kernel = hashForNonce(createMiningJob(header, 0n), nonce);
          const noble = sha256(sha256(setNonce(header, nonce)));
          const equal = kernel.every((byte, i) => byte === noble[i]);
          if (!equal) mismatches++;
          return equal;
        },
      ),
      { seed: 0x5eed5eed, numRuns: 100_000 },
    );
    expect(runs).toBe(100_000);
    expect(mismatches).toBe(0);
  });

  afterAll(() => setKernelPreference('auto'));

  it('the unrolled JS scan (rounds = 64) reports noble SHA-256d as its best hash (100,000 seeded cases)', () => {
    // Scanning one nonce with a fresh best record makes the unrolled kernel write out its whole
    // digest, so this checks every word of the fast path, not only the comparison. The WASM
    // kernel hands such nonces to this same JS kernel; sha256d-wasm.slow.test.ts checks its
    // own part.
    setKernelPreference('js');
    expect(activeKernel()).toBe('js');
    let runs = 0;
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 80, maxLength: 80 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (header, nonce) => {
          runs++;
          const best = createBestRecord();
          scanNonces(createMiningJob(header, 0n), nonce, 1, new Uint32Array(1), best);
          const noble = sha256(sha256(setNonce(header, nonce))).reverse();
          let hex = '';
          for (let t = 0; t < 8; t++) hex += best[t]!.toString(16).padStart(8, '0');
          return hex === Buffer.from(noble).toString('hex') && best[8] === nonce;
        },
      ),
      { seed: 0x0badcafe, numRuns: 100_000 },
    );
    expect(runs).toBe(100_000);
  });
});
