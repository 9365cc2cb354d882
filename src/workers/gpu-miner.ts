/**
 * The WebGPU SHA-256d runner (shader and packing in core/hash/sha256d-wgsl.ts) and its
 * benchmark with CPU cross-checks. Used in a dedicated worker where WebGPU exists there
 * (gpu-miner.worker.ts), else on the main thread: the GPU work is asynchronous and the CPU
 * checks are small (`CHECK_NONCES` nonces with the WASM kernel plus a few single hashes).
 *
 * Every GPU result is checked on the CPU: the first range is scanned by both, at an easy target
 * (about 1 hit in 256), and the hit lists must be identical; every hit of the timed ranges (the
 * real target) is re-hashed with @noble/hashes and must meet the target. Any disagreement marks
 * the run `agrees: false` and the caller stops using the GPU.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { setNonce } from '../core/hash/block-header';
import { activeKernel, createMiningJob, scanNonces } from '../core/hash/sha256d-kernel';
import { BEST_WORDS } from '../core/hash/sha256d-job-layout';
import {
  GPU_PARAM_WORDS,
  SHA256D_WGSL,
  gpuWorkgroups,
  packGpuParams,
  unpackGpuResults,
  type GpuScanResult,
} from '../core/hash/sha256d-wgsl';

/** Listed hits per dispatch (more are counted, not listed). */
const CAPACITY = 4096;
/**
 * Nonces per timed dispatch: the first holds FIRST_DISPATCH_NONCES around the real nonce, and
 * each next one doubles while a dispatch takes under FAST_DISPATCH_MS, up to DISPATCH_NONCES.
 * Measured here: SwiftShader hashed one 2^20-nonce dispatch in about 3.9 s, so with fixed
 * 2^20 dispatches a 2 s measurement was one dispatch with no progress to show and nothing for
 * Stop to act on; 2^16 takes about 0.24 s there, and a real GPU reaches 2^20 in four doublings.
 */
const DISPATCH_NONCES = 1 << 20;
const FIRST_DISPATCH_NONCES = 1 << 16;
const FAST_DISPATCH_MS = 50;
/** Nonces scanned by both GPU and CPU at the easy target. */
export const CHECK_NONCES = 1 << 16;
/** The easy target of the exact comparison: top word 0x00ffffff, about 1 hit in 256. */
const EASY_TARGET = (1n << 248n) - 1n;

// WebGPU's flag values (spec constants; TypeScript's DOM lib types the API but not these globals).
const USAGE = { MAP_READ: 0x1, COPY_SRC: 0x4, COPY_DST: 0x8, STORAGE: 0x80 } as const;
const MAP_READ = 0x1;

export interface GpuMiner {
  /** The adapter's architecture / vendor, for the status line ('' when the browser hides it). */
  adapter: string;
  /** Hashes nonces start..start+count-1 (any count; split into dispatches; no wrap). */
  scan(job: Uint32Array, start: number, count: number): Promise<GpuScanResult>;
  destroy(): void;
}

/** Opens the GPU, or null where WebGPU or an adapter is missing (e.g. headless, no flags). */
export async function openGpuMiner(gpu: GPU | undefined): Promise<GpuMiner | null> {
  if (!gpu) return null;
  const adapter = await gpu.requestAdapter();
  if (!adapter) return null;
  const device = await adapter.requestDevice();
  const module = device.createShaderModule({ code: SHA256D_WGSL });
  const pipeline = await device.createComputePipelineAsync({
    layout: 'auto',
    compute: { module, entryPoint: 'main' },
  });
  const resultBytes = 4 * (1 + CAPACITY);
  const paramsBuffer = device.createBuffer({
    size: 4 * GPU_PARAM_WORDS,
    usage: USAGE.STORAGE | USAGE.COPY_DST,
  });
  const resultsBuffer = device.createBuffer({
    size: resultBytes,
    usage: USAGE.STORAGE | USAGE.COPY_SRC | USAGE.COPY_DST,
  });
  const readBuffer = device.createBuffer({
    size: resultBytes,
    usage: USAGE.MAP_READ | USAGE.COPY_DST,
  });
  const bindGroup = device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: [
      { binding: 0, resource: { buffer: paramsBuffer } },
      { binding: 1, resource: { buffer: resultsBuffer } },
    ],
  });
  const zero = new Uint32Array(1);

  async function dispatch(params: Uint32Array<ArrayBuffer>): Promise<GpuScanResult> {
    device.queue.writeBuffer(paramsBuffer, 0, params);
    device.queue.writeBuffer(resultsBuffer, 0, zero);
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bindGroup);
    pass.dispatchWorkgroups(gpuWorkgroups(params));
    pass.end();
    encoder.copyBufferToBuffer(resultsBuffer, 0, readBuffer, 0, resultBytes);
    device.queue.submit([encoder.finish()]);
    await readBuffer.mapAsync(MAP_READ);
    const words = new Uint32Array(readBuffer.getMappedRange().slice(0));
    readBuffer.unmap();
    return unpackGpuResults(words, CAPACITY);
  }

  const info = adapter.info;
  return {
    adapter: [info?.architecture, info?.vendor].filter(Boolean).join(' / '),
    async scan(job, start, count) {
      const total: GpuScanResult = { hits: 0, nonces: [], overflow: false };
      for (let done = 0; done < count;) {
        const n = Math.min(DISPATCH_NONCES, count - done);
        const part = await dispatch(packGpuParams(job, start + done, n, CAPACITY));
        total.hits += part.hits;
        total.nonces.push(...part.nonces);
        total.overflow ||= part.overflow;
        done += n;
      }
      return total;
    },
    destroy() {
      device.destroy();
    },
  };
}

/** True when SHA-256d(header with nonce), read as Bitcoin reads it, is <= target (noble). */
export function nobleMeetsTarget(header: Uint8Array, nonce: number, target: bigint): boolean {
  const digest = sha256(sha256(setNonce(header, nonce)));
  let value = 0n;
  for (let i = 31; i >= 0; i--) value = (value << 8n) | BigInt(digest[i]!);
  return value <= target;
}

/** The CPU's hit list (scanNonces: the WASM SIMD kernel where it works) for a range. */
export function cpuHits(job: Uint32Array, start: number, count: number): number[] {
  const found = new Uint32Array(CAPACITY);
  const best = new Uint32Array(BEST_WORDS).fill(0xffffffff);
  const hits = scanNonces(job, start, count, found, best);
  return Array.from(found.subarray(0, Math.min(hits, CAPACITY))).sort((a, b) => a - b);
}

export interface GpuBenchInput {
  header: Uint8Array;
  /** The block's real nonce: the timed scan starts at a range that contains it. */
  realNonce: number;
  target: bigint;
  durationMs: number;
}

export interface GpuBenchResult {
  adapter: string;
  cpuKernel: 'wasm' | 'js';
  hashes: number;
  seconds: number;
  hashesPerSec: number;
  /** GPU results checked on the CPU, and how many agreed. */
  checked: number;
  agreed: number;
  agrees: boolean;
  /** True when the timed scan reported the block's real nonce. */
  foundRealNonce: boolean;
  firstNonce: number;
}

/** Cross-checks, then times the GPU on the block's own nonce window (see the file comment). */
/** Reported after every timed dispatch: nonces hashed and milliseconds spent so far. */
export type GpuBenchProgress = (hashes: number, elapsedMs: number) => void;

export async function runGpuBench(
  miner: GpuMiner,
  input: GpuBenchInput,
  now: () => number,
  onProgress: GpuBenchProgress = () => {},
): Promise<GpuBenchResult> {
  const { header, realNonce, target } = input;
  // 1. Exact comparison with the CPU kernel at the easy target.
  const checkStart = Math.max(0, Math.min(realNonce - CHECK_NONCES / 2, 2 ** 32 - CHECK_NONCES));
  const easyJob = createMiningJob(header, EASY_TARGET);
  const gpuEasy = await miner.scan(easyJob, checkStart, CHECK_NONCES);
  const cpuEasy = cpuHits(easyJob, checkStart, CHECK_NONCES);
  const cpuSet = new Set(cpuEasy);
  let checked = Math.max(gpuEasy.nonces.length, cpuEasy.length);
  let agreed = gpuEasy.nonces.filter((n) => cpuSet.has(n)).length;
  if (gpuEasy.hits !== cpuEasy.length) checked = Math.max(checked, gpuEasy.hits);

  // 2. Timed ranges at the real target, the first one holding the real nonce.
  const job = createMiningJob(header, target);
  const firstNonce = Math.max(
    0,
    Math.min(realNonce - FIRST_DISPATCH_NONCES / 2, 2 ** 32 - FIRST_DISPATCH_NONCES),
  );
  let next = firstNonce;
  let size = FIRST_DISPATCH_NONCES;
  let hashes = 0;
  let foundRealNonce = false;
  const t0 = now();
  do {
    const count = Math.min(size, 2 ** 32 - next);
    if (count <= 0) break;
    const dispatchStart = now();
    const result = await miner.scan(job, next, count);
    if (now() - dispatchStart < FAST_DISPATCH_MS) size = Math.min(size * 2, DISPATCH_NONCES);
    for (const nonce of result.nonces) {
      checked++;
      if (nobleMeetsTarget(header, nonce, target)) agreed++;
      if (nonce === realNonce) foundRealNonce = true;
    }
    if (result.overflow) checked += result.hits - result.nonces.length;
    hashes += count;
    next += count;
    onProgress(hashes, now() - t0);
  } while (now() - t0 < input.durationMs);
  const seconds = (now() - t0) / 1000;
  return {
    adapter: miner.adapter,
    cpuKernel: activeKernel(),
    hashes,
    seconds,
    hashesPerSec: hashes / seconds,
    checked,
    agreed,
    agrees: agreed === checked,
    foundRealNonce,
    firstNonce,
  };
}
