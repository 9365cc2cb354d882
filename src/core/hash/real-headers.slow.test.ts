import { describe, expect, it } from 'vitest';

import { readFileSync } from 'node:fs';
import { parseHeaderFile } from '../data/header-file';
import { bytesToHex, reverseBytes } from '../hex';
import { headerHashInternal, parseHeader } from './block-header';
import { difficultyFromTarget } from './difficulty';
import { internalHashToBigint } from './hash-order';
import {
  activeKernel,
  createBestRecord,
  createMiningJob,
  hashForNonce,
  scanNonces,
  setKernelPreference,
  type KernelPreference,
} from './sha256d-kernel';
import { bitsToTarget, isValidMainnetTarget, targetToBits } from './target';

const file = parseHeaderFile(
  new Uint8Array(readFileSync(new URL('../../../public/data/btc-headers.bin', import.meta.url))),
);
const storedHashes = new Uint8Array(
  readFileSync(new URL('../../../data/btc-header-hashes.bin', import.meta.url)),
);

/** 'js' forces the JS unrolled kernel; 'auto' takes the WASM SIMD kernel (checked below). */
const KERNELS: readonly KernelPreference[] = ['js', 'auto'];

/** Bitcoin Core's GetDifficulty (src/rpc/blockchain.cpp), transcribed with doubles. */
function coreGetDifficulty(bits: number): number {
  let shift = (bits >>> 24) & 0xff;
  let difficulty = 0x0000ffff / (bits & 0x00ffffff);
  for (; shift < 29; shift++) difficulty *= 256;
  for (; shift > 29; shift--) difficulty /= 256;
  return difficulty;
}

describe('all real Bitcoin headers in public/data/btc-headers.bin', () => {
  it('the files hold 29,650 headers and as many stored hashes', () => {
    expect(file.count).toBe(29_650);
    expect(storedHashes.length).toBe(file.count * 32);
    expect(file.heights[0]).toBe(0);
  });

  it('every header hashes to its stored hash (noble and kernel), meets a valid mainnet target and links to its parent', () => {
    expect(activeKernel()).toBe('wasm');
    const failures: string[] = [];
    const internalHashes: Uint8Array[] = [];
    let links = 0;
    const bitsSeen = new Set<number>();
    for (let i = 0; i < file.count; i++) {
      const height = file.heights[i]!;
      const bytes = file.headers[i]!;
      const header = parseHeader(bytes);
      const stored = bytesToHex(storedHashes.subarray(32 * i, 32 * i + 32));

      const nobleInternal = headerHashInternal(bytes);
      internalHashes.push(nobleInternal);
      if (bytesToHex(reverseBytes(nobleInternal)) !== stored) {
        failures.push(`height ${height}: noble hash differs from the stored hash`);
      }

      const target = bitsToTarget(header.bits);
      const job = createMiningJob(bytes, target);
      const kernelInternal = hashForNonce(job, header.nonce);
      if (bytesToHex(reverseBytes(kernelInternal)) !== stored) {
        failures.push(`height ${height}: kernel hash differs from the stored hash`);
      }
      // Both 64-round mining scans (the JS unrolled kernel and the WASM SIMD kernel) must accept
      // the real nonce and report the same hash.
      for (const preference of KERNELS) {
        setKernelPreference(preference);
        const best = createBestRecord();
        const hits = scanNonces(job, header.nonce, 1, new Uint32Array(1), best);
        const scanned = Array.from(best.subarray(0, 8), (w) => w.toString(16).padStart(8, '0'));
        if (hits !== 1 || scanned.join('') !== stored) {
          failures.push(`height ${height}: the ${activeKernel()} scan rejects the real nonce`);
        }
        // With a best record of 0 only the target lets a nonce through (in the WASM kernel the
        // filter's threshold is the target's top word): an aligned run of 8 around the real
        // nonce, where it sits in any SIMD lane, must give exactly that nonce.
        const found = new Uint32Array(2);
        const start = header.nonce - (header.nonce % 8);
        const rangeHits = scanNonces(job, start, 8, found, new Uint32Array(9));
        if (rangeHits !== 1 || found[0] !== header.nonce) {
          failures.push(`height ${height}: the ${activeKernel()} scan of 8 nonces differs`);
        }
      }
      setKernelPreference('auto');
      if (!isValidMainnetTarget(target)) failures.push(`height ${height}: target above powLimit`);
      if (targetToBits(target) !== header.bits)
        failures.push(`height ${height}: bits not canonical`);
      if (internalHashToBigint(nobleInternal) > target) {
        failures.push(`height ${height}: hash above target`);
      }
      bitsSeen.add(header.bits);

      if (i > 0 && file.heights[i - 1] === height - 1) {
        links++;
        if (bytesToHex(header.prevHash) !== bytesToHex(internalHashes[i - 1]!)) {
          failures.push(`height ${height}: prev hash is not the hash of height ${height - 1}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(links).toBe(29_212);
    expect(bitsSeen.size).toBe(422);
    // Every distinct difficulty agrees exactly with Core's GetDifficulty.
    const disagreements = [...bitsSeen].filter(
      (bits) => difficultyFromTarget(bitsToTarget(bits)) !== coreGetDifficulty(bits),
    );
    expect(disagreements).toEqual([]);
  });
});
