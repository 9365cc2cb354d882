/**
 * runGpuBench's logic in Node with a stand-in GPU: the stand-in scans with the CPU kernel
 * (cpuHits), so the CPU cross-check must agree, and a stand-in that drops one hit must be caught.
 * The dispatch sizes, the progress reports and the first range holding the real nonce are
 * checked on a fake clock. (The real WGSL path runs in Chromium: e2e/webgpu.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../core/hex';
import { parseHeader } from '../core/hash/block-header';
import { bitsToTarget } from '../core/hash/target';
import { cpuHits, runGpuBench, type GpuMiner } from './gpu-miner';

const GENESIS_HEX =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';

function standIn(clock: { t: number }, msPerDispatch: (count: number) => number, drop = false) {
  const sizes: number[] = [];
  const miner: GpuMiner = {
    adapter: 'stand-in',
    async scan(job, start, count) {
      sizes.push(count);
      clock.t += msPerDispatch(count);
      const nonces = cpuHits(job, start, count);
      if (drop && nonces.length > 0) nonces.pop();
      return { hits: nonces.length, nonces, overflow: false };
    },
    destroy() {},
  };
  return { miner, sizes };
}

describe('runGpuBench', () => {
  const header = hexToBytes(GENESIS_HEX);
  const { nonce, bits } = parseHeader(header);
  const input = { header, realNonce: nonce, target: bitsToTarget(bits), durationMs: 2000 };

  it('on a slow device: 2^16-nonce dispatches, progress after each, the real nonce found', async () => {
    const clock = { t: 0 };
    const { miner, sizes } = standIn(clock, (count) => (count / 65_536) * 240);
    const progress: [number, number][] = [];
    const result = await runGpuBench(
      miner,
      input,
      () => clock.t,
      (h, ms) => progress.push([h, ms]),
    );
    // The check scan (2^16), then timed dispatches that stay at 2^16 (each takes 240 ms).
    expect(sizes.slice(1).every((count) => count === 65_536)).toBe(true);
    expect(progress.length).toBe(sizes.length - 1);
    expect(progress.map(([h]) => h)).toEqual(progress.map((_, i) => (i + 1) * 65_536));
    expect(progress.at(-1)![1]).toBeGreaterThanOrEqual(2000);
    expect(result.foundRealNonce).toBe(true);
    expect(result.firstNonce).toBeLessThanOrEqual(nonce);
    expect(nonce).toBeLessThan(result.firstNonce + 65_536);
    expect(result.agrees).toBe(true);
    expect(result.hashes).toBe(progress.at(-1)![0]);
  });

  it('on a fast device the dispatches double up to 2^20', async () => {
    const clock = { t: 0 };
    const { miner, sizes } = standIn(clock, (count) => count / 1e6); // 1 ms per million nonces
    const result = await runGpuBench(miner, { ...input, durationMs: 2 }, () => clock.t);
    expect(sizes.slice(1, 6)).toEqual([1 << 16, 1 << 17, 1 << 18, 1 << 19, 1 << 20]);
    expect(Math.max(...sizes)).toBe(1 << 20);
    expect(result.agrees && result.foundRealNonce).toBe(true);
  });

  it('a device that drops a hit is caught by the CPU cross-check', async () => {
    const clock = { t: 0 };
    const { miner } = standIn(clock, () => 500, true);
    const result = await runGpuBench(miner, input, () => clock.t);
    expect(result.agrees).toBe(false);
    expect(result.agreed).toBeLessThan(result.checked);
  });
});
