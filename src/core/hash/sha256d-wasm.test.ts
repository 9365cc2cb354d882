import { afterEach, describe, expect, it } from 'vitest';

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  BYTES_PATH,
  WAT_PATH,
  generateBytesModuleFormatted,
  generateWat,
} from '../../../scripts/gen-sha256d-wasm';
import { hexToBytes } from '../hex';
import { setNonce } from './block-header';
import {
  activeKernel,
  createBestRecord,
  createMiningJob,
  scanNonces,
  setKernelPreference,
} from './sha256d-kernel';
import { scanNonces64 } from './sha256d-unrolled';
import {
  decodeBase64,
  scanNonces64Wasm,
  wasmFilterCandidates,
  wasmKernelAvailable,
} from './sha256d-wasm';
import { SHA256D_WASM_BASE64 } from './sha256d-wasm-bytes';
import { bitsToTarget } from './target';

const GENESIS_HEX =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';
const GENESIS_NONCE = 2_083_236_893;
const genesisHeader = hexToBytes(GENESIS_HEX);
const genesisTarget = bitsToTarget(0x1d00ffff);

/** The top word of noble's SHA-256d as Bitcoin reads the hash (digest bytes 31..28). */
function nobleTopWord(header: Uint8Array, nonce: number): number {
  const d = sha256(sha256(setNonce(header, nonce)));
  return ((d[31]! << 24) | (d[30]! << 16) | (d[29]! << 8) | d[28]!) >>> 0;
}

/** Runs a scan on copies of `found` and `best`; returns what it returned and wrote. */
function runScan(
  scan: typeof scanNonces64,
  job: Uint32Array,
  start: number,
  count: number,
  foundLength: number,
  best: Uint32Array,
) {
  const found = new Uint32Array(foundLength).fill(0xdeadbeef);
  const bestCopy = best.slice();
  const hits = scan(job, start, count, found, bestCopy);
  return { hits, found: [...found], best: [...bestCopy] };
}

afterEach(() => setKernelPreference('auto'));

describe('generated artifacts', () => {
  it('sha256d-wasm.wat is exactly what scripts/gen-sha256d-wasm.ts generates', () => {
    expect(readFileSync(WAT_PATH, 'utf8')).toBe(generateWat());
  });

  it('sha256d-wasm-bytes.ts is that WAT assembled by wabt (never edited by hand)', async () => {
    const wat = readFileSync(WAT_PATH, 'utf8');
    expect(readFileSync(BYTES_PATH, 'utf8')).toBe(await generateBytesModuleFormatted(wat));
  });

  it('decodeBase64 decodes the embedded module as Node does', () => {
    const ours = decodeBase64(SHA256D_WASM_BASE64);
    expect(Buffer.from(ours).equals(Buffer.from(SHA256D_WASM_BASE64, 'base64'))).toBe(true);
    for (const text of ['', 'YQ==', 'YWI=', 'YWJj', '/+8=']) {
      expect([...decodeBase64(text)]).toEqual([...Buffer.from(text, 'base64')]);
    }
    expect(() => decodeBase64('YW*j')).toThrow(RangeError);
  });
});

describe('kernel choice', () => {
  it('WebAssembly SIMD is available in Node 20 and scanNonces uses it by default', () => {
    expect(wasmKernelAvailable()).toBe(true);
    expect(activeKernel()).toBe('wasm');
  });

  it("setKernelPreference('js') forces the JS kernel and 'auto' restores WASM", () => {
    setKernelPreference('js');
    expect(activeKernel()).toBe('js');
    setKernelPreference('auto');
    expect(activeKernel()).toBe('wasm');
  });
});

describe('scanNonces64Wasm known vectors', () => {
  it('finds the genesis nonce 2083236893 at the difficulty-1 target, and only it', () => {
    const job = createMiningJob(genesisHeader, genesisTarget);
    const found = new Uint32Array(4);
    const best = createBestRecord();
    expect(scanNonces64Wasm(job, GENESIS_NONCE - 1000, 2001, found, best)).toBe(1);
    expect(found[0]).toBe(GENESIS_NONCE);
    expect(best[8]).toBe(GENESIS_NONCE);
    const hash = Array.from(best.subarray(0, 8), (w) => w.toString(16).padStart(8, '0')).join('');
    expect(hash).toBe('000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f');
  });

  it('its best record over a range is noble SHA-256d of the best nonce', () => {
    const job = createMiningJob(genesisHeader, 0n);
    const best = createBestRecord();
    expect(scanNonces64Wasm(job, 5_000_000, 3_001, new Uint32Array(1), best)).toBe(0);
    const digest = sha256(sha256(setNonce(genesisHeader, best[8]!))).reverse();
    let hex = '';
    for (let t = 0; t < 8; t++) hex += best[t]!.toString(16).padStart(8, '0');
    expect(hex).toBe(Buffer.from(digest).toString('hex'));
  });

  it('the raw filter passes a nonce exactly when its top word <= the threshold (noble)', () => {
    const job = createMiningJob(genesisHeader, 0n);
    for (const nonce of [0, 1, 3, 4, 5, GENESIS_NONCE, 0x7fffffff, 0x80000000, 0xffffffff]) {
      const top = nobleTopWord(genesisHeader, nonce);
      expect([...wasmFilterCandidates(job, nonce, 1, top, 0)]).toEqual([nonce]);
      if (top > 0) expect([...wasmFilterCandidates(job, nonce, 1, top - 1, 0)]).toEqual([]);
    }
  });
});

describe('scanNonces64Wasm against the JS kernel', () => {
  const header = fc.uint8Array({ minLength: 80, maxLength: 80 });
  /** Targets from "every hash hits" to "nothing hits", many with frequent hits. */
  const target = fc.oneof(
    fc.integer({ min: 0, max: 16 }).map((zeroBits) => (1n << BigInt(256 - zeroBits)) - 1n),
    fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }).map((t) => t >> 4n),
    fc.constantFrom(0n, (1n << 256n) - 1n, 1n << 248n, 0xffffn << 208n),
  );
  /** Fresh, from an earlier scan, or arbitrary words. */
  const bestStart = fc.oneof(
    fc.constant(null),
    fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 9, maxLength: 9 }),
  );

  it('gives the same hits, found nonces and best record (seeded, 400 cases)', () => {
    fc.assert(
      fc.property(
        header,
        target,
        fc.integer({ min: 0, max: 0xffffffff - 600 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 12 }),
        bestStart,
        (bytes, t, start, count, foundLength, bestWords) => {
          const job = createMiningJob(bytes, t);
          const best = bestWords ? Uint32Array.from(bestWords) : createBestRecord();
          if (bestWords === null && count % 3 === 0) {
            // A record left by an earlier scan: the usual state of a mining loop.
            scanNonces64(job, start ^ 0x5555, 64, new Uint32Array(0), best);
          }
          const js = runScan(scanNonces64, job, start, count, foundLength, best);
          const wasm = runScan(scanNonces64Wasm, job, start, count, foundLength, best);
          expect(wasm).toEqual(js);
        },
      ),
      { seed: 0x3a5d, numRuns: 400 },
    );
  });

  it('counts that are not a multiple of 4, around the signed and unsigned 32-bit edges', () => {
    const job = createMiningJob(genesisHeader, 1n << 250n);
    for (const start of [0, 0x7fffffff - 6, 0xffffffff - 10]) {
      for (let count = 0; count <= 11; count++) {
        for (const best of [createBestRecord(), new Uint32Array(9)]) {
          const js = runScan(scanNonces64, job, start, count, 16, best);
          expect(runScan(scanNonces64Wasm, job, start, count, 16, best)).toEqual(js);
        }
      }
    }
  });

  it('more candidates than the module can list (every nonce hits) still gives every hit', () => {
    const job = createMiningJob(genesisHeader, (1n << 256n) - 1n);
    const js = runScan(scanNonces64, job, 77, 5_003, 5_003, createBestRecord());
    const wasm = runScan(scanNonces64Wasm, job, 77, 5_003, 5_003, createBestRecord());
    expect(wasm.hits).toBe(5_003);
    expect(wasm.found[5_002]).toBe(77 + 5_002);
    expect(wasm).toEqual(js);
  });

  it('a fractional, zero, negative or NaN count scans what the JS loop scans', () => {
    const job = createMiningJob(genesisHeader, (1n << 256n) - 1n);
    for (const count of [2.5, 0.1, 0, -3, Number.NaN]) {
      const js = runScan(scanNonces64, job, 10, count, 8, createBestRecord());
      expect(runScan(scanNonces64Wasm, job, 10, count, 8, createBestRecord())).toEqual(js);
    }
  });

  it('scanNonces (WASM by default) and scanNonces with the JS kernel forced agree', () => {
    const job = createMiningJob(genesisHeader, 1n << 248n);
    const wasm = runScan(scanNonces, job, 1_000_000, 4_096, 64, createBestRecord());
    setKernelPreference('js');
    const js = runScan(scanNonces, job, 1_000_000, 4_096, 64, createBestRecord());
    expect(wasm.hits).toBeGreaterThan(0);
    expect(wasm).toEqual(js);
  });
});

describe('the raw WASM filter against @noble/hashes', () => {
  it('lists exactly the nonces whose top word <= the threshold, in order (seeded, 150 cases)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 80, maxLength: 80 }),
        fc.integer({ min: 0, max: 0xffffffff - 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.oneof(
          fc.integer({ min: 0, max: 0xffffffff }),
          fc.constantFrom(0, 0x00ffffff, 0x0fffffff, 0xffffffff),
        ),
        (bytes, start, count, threshold) => {
          const job = createMiningJob(bytes, 0n);
          const expected: number[] = [];
          for (let n = start; n < start + count; n++) {
            if (nobleTopWord(bytes, n) <= threshold) expected.push(n);
          }
          // bestTop 0: the running best top never rises above it, so the threshold is fixed.
          expect([...wasmFilterCandidates(job, start, count, threshold, 0)]).toEqual(expected);
        },
      ),
      { seed: 0xf117e4, numRuns: 150 },
    );
  });
});
