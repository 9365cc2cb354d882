import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes } from '../hex';
import { setNonce } from './block-header';
import { createMiningJob } from './sha256d-kernel';
import {
  GPU_MAX_DISPATCH_NONCES,
  GPU_PARAM,
  SHA256D_WGSL,
  emulateShaderDigest,
  gpuWorkgroups,
  packGpuParams,
  unpackGpuResults,
} from './sha256d-wgsl';
import { bitsToTarget } from './target';

const GENESIS_HEX =
  '01000000' +
  '0'.repeat(64) +
  '3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a' +
  '29ab5f49ffff001d1dac2b7c';
const GENESIS_NONCE = 2083236893;

/** noble's SHA-256d of `header` with `nonce`, and whether it is <= target (Bitcoin's reading). */
function noble(header: Uint8Array, nonce: number, target: bigint) {
  const digest = sha256(sha256(setNonce(header, nonce)));
  let value = 0n;
  for (let i = 31; i >= 0; i--) value = (value << 8n) | BigInt(digest[i]!);
  return { digest, hit: value <= target };
}

function digestBytes(words: Uint32Array): Uint8Array {
  const out = new Uint8Array(32);
  for (let t = 0; t < 8; t++) {
    for (let b = 0; b < 4; b++) out[4 * t + b] = (words[t]! >>> (24 - 8 * b)) & 0xff;
  }
  return out;
}

describe('WGSL SHA-256d packing', () => {
  it('the shader word layout gives the genesis block hash, a hit at its real target', () => {
    const header = hexToBytes(GENESIS_HEX);
    const target = bitsToTarget(0x1d00ffff);
    const params = packGpuParams(createMiningJob(header, target), GENESIS_NONCE - 5, 10, 16);
    const { digest, hit } = emulateShaderDigest(params, 5);
    expect(digestBytes(digest)).toEqual(noble(header, GENESIS_NONCE, target).digest);
    expect(hit).toBe(true);
    expect(emulateShaderDigest(params, 4).hit).toBe(false);
  });

  it('matches @noble/hashes on random headers, nonces and targets (digest and hit)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 80, maxLength: 80 }),
        fc.integer({ min: 0, max: 0xffffffff - 100 }),
        fc.integer({ min: 0, max: 99 }),
        fc.oneof(
          fc.integer({ min: 0, max: 12 }).map((z) => (1n << BigInt(256 - z)) - 1n),
          fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
        ),
        (header, start, index, target) => {
          const params = packGpuParams(createMiningJob(header, target), start, 100, 8);
          const got = emulateShaderDigest(params, index);
          const want = noble(header, start + index, target);
          expect(digestBytes(got.digest)).toEqual(want.digest);
          expect(got.hit).toBe(want.hit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('packs the range and capacity, and rejects ranges the shader cannot take', () => {
    const job = createMiningJob(new Uint8Array(80), 1n << 240n);
    const params = packGpuParams(job, 0xffffff00, 256, 32);
    expect(params[GPU_PARAM.startNonce]).toBe(0xffffff00);
    expect(params[GPU_PARAM.count]).toBe(256);
    expect(params[GPU_PARAM.capacity]).toBe(32);
    expect(params[GPU_PARAM.target]).toBe(0x00010000);
    expect(gpuWorkgroups(params)).toBe(4);
    expect(() => packGpuParams(job, 0xffffff00, 257, 32)).toThrow(/wrap/);
    expect(() => packGpuParams(job, 0, 0, 32)).toThrow(RangeError);
    expect(() => packGpuParams(job, 0, GPU_MAX_DISPATCH_NONCES + 1, 32)).toThrow(RangeError);
    expect(() => packGpuParams(createMiningJob(new Uint8Array(80), 0n, 20), 0, 1, 1)).toThrow(
      /64-round/,
    );
  });

  it('unpacks the counter and the listed nonces, flagging an overflowing list', () => {
    expect(unpackGpuResults(Uint32Array.of(2, 9, 3, 0), 3)).toEqual({
      hits: 2,
      nonces: [3, 9],
      overflow: false,
    });
    expect(unpackGpuResults(Uint32Array.of(5, 9, 3, 7), 3)).toEqual({
      hits: 5,
      nonces: [3, 7, 9],
      overflow: true,
    });
  });

  it('embeds all 64 round constants and the entry point', () => {
    expect(SHA256D_WGSL).toContain('0x428a2f98u');
    expect(SHA256D_WGSL).toContain('0xc67178f2u');
    expect(SHA256D_WGSL).toContain('fn main(');
  });
});
