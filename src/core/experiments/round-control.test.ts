import { describe, expect, it } from 'vitest';
import { SHA256_IV } from '../hash/sha256-constants';
import { hashForNonce } from '../hash/sha256d-kernel';
import { createRandom } from '../random';
import { makeJobHeaders } from './experiment-jobs';
import { createZeroBitsJob, hitsForNonces } from './nonce-hits';
import {
  isHit,
  outputBit,
  ROUND_CONTROL_DEFAULTS,
  roundControlHashes,
  runRoundControl,
  type RoundControlSettings,
} from './round-control';

const SMALL: RoundControlSettings = {
  seed: 1,
  zeroBits: 4,
  jobs: 8,
  trainingNonces: 512,
  heldOutNonces: 256,
  budgetPerJob: 64,
  rounds: [64, 3, 4, 5],
  outputBits: [0, 255],
  margin: [0.5, 2],
};

describe('isHit(digest, zeroBits) and outputBit(digest, k)', () => {
  it('agree with the mining kernel on which nonces hit (R = 4, 5, 64; seed 2)', () => {
    const random = createRandom(2);
    const [header] = makeJobHeaders(random, 1);
    const nonces = Array.from({ length: 3000 }, () => random.nextUint32());
    for (const rounds of [4, 5, 64]) {
      const job = createZeroBitsJob(header!, 4, rounds);
      const kernel = new Set(hitsForNonces(job, nonces).hitNonces);
      const ours = nonces.filter((n) => isHit(hashForNonce(job, n), 4));
      expect(new Set(ours)).toEqual(kernel);
    }
  });

  it('number bits on the hash as Bitcoin reads it: bit 0 is the top bit of digest byte 31', () => {
    const digest = new Uint8Array(32);
    digest[31] = 0x80;
    digest[0] = 0x01;
    expect(outputBit(digest, 0)).toBe(true);
    expect(outputBit(digest, 1)).toBe(false);
    expect(outputBit(digest, 255)).toBe(true);
    expect(outputBit(digest, 254)).toBe(false);
    expect(isHit(digest, 1)).toBe(false);
    digest[31] = 0x08;
    expect(isHit(digest, 4)).toBe(true);
    expect(isHit(digest, 5)).toBe(false);
  });
});

describe('SHA-256d cut to R <= 3 rounds', () => {
  it('never reads the nonce, and the word the target looks at is H7 + H(7-R) on every job', () => {
    // The last compression's h after R <= 3 rounds is still an initial-value word shifted
    // along (h <- g <- f <- e), so digest word 7 is a constant of SHA-256 itself.
    const random = createRandom(4);
    for (const header of makeJobHeaders(random, 5)) {
      for (const rounds of [1, 2, 3]) {
        const job = createZeroBitsJob(header, 4, rounds);
        const first = hashForNonce(job, random.nextUint32());
        const second = hashForNonce(job, random.nextUint32());
        expect(second).toEqual(first);
        const word7 = new DataView(first.buffer).getUint32(28);
        expect(word7).toBe((SHA256_IV[7]! + SHA256_IV[7 - rounds]!) >>> 0);
        expect(isHit(first, 4)).toBe(false);
      }
      const job4 = createZeroBitsJob(header, 4, 4);
      expect(hashForNonce(job4, 1)).not.toEqual(hashForNonce(job4, 2 ** 24 + 1));
    }
  });
});

describe('runRoundControl(settings)', () => {
  it('wins clearly at R = 4, finds nothing at R = 3 and nothing to learn at R = 64 (seed 1)', async () => {
    const report = await runRoundControl(SMALL);
    expect(report.points.map((p) => p.rounds)).toEqual([3, 4, 5, 64]);
    const [r3, r4, r5, r64] = report.points;
    expect(r3!.nonceEnters).toBe(false);
    expect(r3!.hits).toBe(0);
    expect(r3!.aucs.every((a) => Number.isNaN(a.auc.mean))).toBe(true);
    expect(r4!.nonceEnters).toBe(true);
    expect(r4!.aboveOne).toBe(true);
    // At 4 rounds a hit depends on the nonce's top byte: 16 of its 256 values hit.
    expect(r4!.aucs[0]!.auc.ci[0]).toBeGreaterThan(0.8);
    for (const point of [r5!, r64!]) {
      expect(point.ci[0]).toBeLessThanOrEqual(1);
      expect(point.ci[1]).toBeGreaterThanOrEqual(1);
      const hit = point.aucs[0]!.auc;
      expect(hit.ci[0]).toBeLessThanOrEqual(0.5);
      expect(hit.ci[1]).toBeGreaterThanOrEqual(0.5);
    }
    expect(report.smallestInMargin).toBe(5);
    expect(report.hashesDone).toBe(roundControlHashes(SMALL));
  });

  it('awaits a checkpoint after every job of every R and replays from the seed', async () => {
    const calls: [number, number][] = [];
    const settings = { ...SMALL, rounds: [4, 6] };
    const a = await runRoundControl(settings, { checkpoint: (d, t) => void calls.push([d, t]) });
    expect(calls).toHaveLength(16);
    expect(calls.at(-1)).toEqual([16, 16]);
    expect(calls.map(([d]) => d)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const b = await runRoundControl(settings);
    expect(b).toEqual(a);
    const c = await runRoundControl({ ...settings, seed: 2 });
    expect(c.points[0]!.hits).not.toBe(a.points[0]!.hits);
  });

  it('with the chapter budget, R = 5 and R = 64 lie inside [0.9, 1.1] (seed 1)', async () => {
    const report = await runRoundControl({ ...ROUND_CONTROL_DEFAULTS, rounds: [5, 64] });
    for (const point of report.points) {
      // About 2,048 expected hits: the ratio is within 4 standard errors of 1.
      expect(Math.abs(point.ratio - 1)).toBeLessThan(4 / Math.sqrt(point.expectedHits));
      expect(point.inMargin).toBe(true);
    }
    expect(report.smallestInMargin).toBe(5);
  });

  it('rejects impossible settings', async () => {
    await expect(runRoundControl({ ...SMALL, rounds: [0] })).rejects.toThrow(RangeError);
    await expect(runRoundControl({ ...SMALL, rounds: [] })).rejects.toThrow(RangeError);
    await expect(runRoundControl({ ...SMALL, outputBits: [256] })).rejects.toThrow(RangeError);
    await expect(runRoundControl({ ...SMALL, jobs: 1 })).rejects.toThrow(RangeError);
  });
});
