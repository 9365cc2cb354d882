/**
 * The WebGPU (WGSL) SHA-256d nonce scan and its pure CPU-side packing.
 *
 * The CPU builds the mining job (`createMiningJob`: midstate of header bytes 0..63, the three
 * constant tail words, the target); the shader hashes, per invocation, one nonce: the second
 * header block (tail words, byte-swapped nonce, padding) from the midstate, then the second
 * SHA-256, and compares the digest, read as Bitcoin reads it (little-endian 256-bit number),
 * with the target. Nonces whose hash <= target are appended to a result list with an atomic
 * counter. Only 64-round (real) SHA-256d: the round-reduced controls stay on the CPU.
 *
 * Parameter words (one read-only storage buffer of `GPU_PARAM_WORDS` u32):
 *   0..7 midstate, 8..10 tail words, 11 first nonce, 12..19 target (most significant word
 *   first), 20 nonce count of this dispatch, 21 result capacity.
 * Result words (read-write storage buffer of 1 + capacity u32): 0 hit count (may exceed the
 * capacity: then only the first `capacity` hits, in no particular order, are listed), 1.. nonces.
 *
 * `emulateShaderDigest` follows the shader's word layout in JS so that the packing is checked
 * against @noble/hashes in Node (the tests); the shader itself is checked in Chromium
 * (e2e/webgpu.spec.ts) against the CPU.
 */
import { SHA256_IV, SHA256_K } from './sha256-constants';
import { compressBlock } from './sha256-compress';
import { JOB_MIDSTATE, JOB_ROUNDS, JOB_TAIL, JOB_TARGET, bswap32 } from './sha256d-job-layout';

export const GPU_PARAM_WORDS = 22;
export const GPU_PARAM = {
  midstate: 0,
  tail: 8,
  startNonce: 11,
  target: 12,
  count: 20,
  capacity: 21,
} as const;
/** Invocations per workgroup (the shader's @workgroup_size). */
export const GPU_WORKGROUP_SIZE = 64;
/** Most nonces per dispatch: 65,535 workgroups along x. */
export const GPU_MAX_DISPATCH_NONCES = 65_535 * GPU_WORKGROUP_SIZE;

const hex = (v: number) => `0x${(v >>> 0).toString(16).padStart(8, '0')}u`;
const list = (values: ArrayLike<number>) => Array.from(values, hex).join(', ');

/** The compute shader (entry point `main`). */
export const SHA256D_WGSL = /* wgsl */ `
const K = array<u32, 64>(${list(SHA256_K)});
const IV = array<u32, 8>(${list(SHA256_IV)});

@group(0) @binding(0) var<storage, read> params: array<u32, ${GPU_PARAM_WORDS}>;
@group(0) @binding(1) var<storage, read_write> results: array<atomic<u32>>;

fn rotr(x: u32, n: u32) -> u32 { return (x >> n) | (x << (32u - n)); }
fn bswap(x: u32) -> u32 {
  return (x << 24u) | ((x << 8u) & 0x00ff0000u) | ((x >> 8u) & 0x0000ff00u) | (x >> 24u);
}

fn compress(state: ptr<function, array<u32, 8>>, w: ptr<function, array<u32, 64>>) {
  for (var t = 16u; t < 64u; t++) {
    let x = (*w)[t - 15u];
    let y = (*w)[t - 2u];
    let s0 = rotr(x, 7u) ^ rotr(x, 18u) ^ (x >> 3u);
    let s1 = rotr(y, 17u) ^ rotr(y, 19u) ^ (y >> 10u);
    (*w)[t] = s1 + (*w)[t - 7u] + s0 + (*w)[t - 16u];
  }
  var a = (*state)[0]; var b = (*state)[1]; var c = (*state)[2]; var d = (*state)[3];
  var e = (*state)[4]; var f = (*state)[5]; var g = (*state)[6]; var h = (*state)[7];
  for (var t = 0u; t < 64u; t++) {
    let t1 = h + (rotr(e, 6u) ^ rotr(e, 11u) ^ rotr(e, 25u)) + ((e & f) ^ (~e & g)) + K[t] + (*w)[t];
    let t2 = (rotr(a, 2u) ^ rotr(a, 13u) ^ rotr(a, 22u)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  (*state)[0] += a; (*state)[1] += b; (*state)[2] += c; (*state)[3] += d;
  (*state)[4] += e; (*state)[5] += f; (*state)[6] += g; (*state)[7] += h;
}

@compute @workgroup_size(${GPU_WORKGROUP_SIZE})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= params[${GPU_PARAM.count}]) { return; }
  let nonce = params[${GPU_PARAM.startNonce}] + gid.x;
  var w: array<u32, 64>;
  w[0] = params[${GPU_PARAM.tail}];
  w[1] = params[${GPU_PARAM.tail + 1}];
  w[2] = params[${GPU_PARAM.tail + 2}];
  w[3] = bswap(nonce);
  w[4] = 0x80000000u;
  w[15] = 640u;
  var s: array<u32, 8>;
  for (var i = 0u; i < 8u; i++) { s[i] = params[${GPU_PARAM.midstate}u + i]; }
  compress(&s, &w);
  for (var i = 0u; i < 8u; i++) { w[i] = s[i]; }
  w[8] = 0x80000000u;
  for (var i = 9u; i < 15u; i++) { w[i] = 0u; }
  w[15] = 256u;
  var hash = IV;
  compress(&hash, &w);
  // The hash as Bitcoin reads it, most significant word first: bswap(H7), ..., bswap(H0).
  for (var t = 0u; t < 8u; t++) {
    let x = bswap(hash[7u - t]);
    let y = params[${GPU_PARAM.target}u + t];
    if (x < y) { break; }
    if (x > y) { return; }
  }
  let slot = atomicAdd(&results[0], 1u);
  if (slot < params[${GPU_PARAM.capacity}]) { atomicStore(&results[1u + slot], nonce); }
}
`;

/**
 * The shader's parameter words for nonces startNonce..startNonce+count-1 of a 64-round job.
 * The range must not pass 2^32 - 1 and count must be 1..GPU_MAX_DISPATCH_NONCES.
 */
export function packGpuParams(
  job: Uint32Array,
  startNonce: number,
  count: number,
  capacity: number,
): Uint32Array<ArrayBuffer> {
  if (job[JOB_ROUNDS] !== 64) throw new RangeError('the GPU path hashes 64-round SHA-256d only');
  if (!Number.isInteger(startNonce) || startNonce < 0 || startNonce > 0xffffffff) {
    throw new RangeError('startNonce must be a uint32');
  }
  if (!Number.isInteger(count) || count < 1 || count > GPU_MAX_DISPATCH_NONCES) {
    throw new RangeError(`count must be in 1..${GPU_MAX_DISPATCH_NONCES}`);
  }
  if (startNonce + count > 2 ** 32) throw new RangeError('the nonce range must not wrap');
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be >= 1');
  const params = new Uint32Array(GPU_PARAM_WORDS);
  params.set(job.subarray(JOB_MIDSTATE, JOB_MIDSTATE + 8), GPU_PARAM.midstate);
  params.set(job.subarray(JOB_TAIL, JOB_TAIL + 3), GPU_PARAM.tail);
  params[GPU_PARAM.startNonce] = startNonce;
  params.set(job.subarray(JOB_TARGET, JOB_TARGET + 8), GPU_PARAM.target);
  params[GPU_PARAM.count] = count;
  params[GPU_PARAM.capacity] = capacity;
  return params;
}

/** Workgroups to dispatch along x for the packed range. */
export function gpuWorkgroups(params: Uint32Array): number {
  return Math.ceil(params[GPU_PARAM.count]! / GPU_WORKGROUP_SIZE);
}

export interface GpuScanResult {
  /** How many nonces met the target (the shader's counter). */
  hits: number;
  /** The listed nonces, ascending (all of them unless `overflow`). */
  nonces: number[];
  /** True when more hits than the capacity: the list is incomplete. */
  overflow: boolean;
}

/** Reads the result words the shader wrote. */
export function unpackGpuResults(results: Uint32Array, capacity: number): GpuScanResult {
  const hits = results[0]!;
  const listed = Math.min(hits, capacity, results.length - 1);
  const nonces = Array.from(results.subarray(1, 1 + listed)).sort((a, b) => a - b);
  return { hits, nonces, overflow: hits > listed };
}

/**
 * What one shader invocation computes, in JS, from the parameter words: the SHA-256d digest of
 * nonce startNonce+index as eight SHA-256 words (digest byte 0 first), and whether it hits.
 */
export function emulateShaderDigest(
  params: Uint32Array,
  index: number,
): { digest: Uint32Array; hit: boolean } {
  const nonce = (params[GPU_PARAM.startNonce]! + index) >>> 0;
  const w = new Int32Array(16);
  w[0] = params[GPU_PARAM.tail]! | 0;
  w[1] = params[GPU_PARAM.tail + 1]! | 0;
  w[2] = params[GPU_PARAM.tail + 2]! | 0;
  w[3] = bswap32(nonce) | 0;
  w[4] = 0x80000000 | 0;
  w[15] = 640;
  const s = Int32Array.from(params.subarray(GPU_PARAM.midstate, GPU_PARAM.midstate + 8));
  compressBlock(s, w);
  w.fill(0);
  w.set(s);
  w[8] = 0x80000000 | 0;
  w[15] = 256;
  const hash = Int32Array.from(SHA256_IV);
  compressBlock(hash, w);
  let hit = true;
  for (let t = 0; t < 8; t++) {
    const x = bswap32(hash[7 - t]!);
    const y = params[GPU_PARAM.target + t]!;
    if (x < y) break;
    if (x > y) {
      hit = false;
      break;
    }
  }
  return { digest: new Uint32Array(hash.buffer), hit };
}
