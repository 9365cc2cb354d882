import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import {
  claimedReduction,
  constraintCoverage,
  exactKeptFraction,
  passesConstraints,
} from './constraints';
import { CLAIMED_ENERGY, energyOutcome } from './energy';
import { solveNonce, unambiguousFloor, weightedDistance, TARGET_VECTOR } from './inverse-solver';
import { prefilterPasses, prefilterVerdicts } from './prefilter';
import { learnByteRanges, quantileSorted, rangesCoverage } from './restrictor';
import { dimensionsAtNonce } from './dimensions';

const GENESIS = Uint8Array.from(
  Buffer.from(
    '01000000' +
      '0'.repeat(64) +
      '3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c',
    'hex',
  ),
);

describe('prefilter', () => {
  it('passes only D1 in [0.10, 0.30] with D6 in [0.7, 1]', () => {
    expect(prefilterPasses(0.2, 0.8)).toBe(true);
    expect(prefilterPasses(0.31, 0.8)).toBe(false);
    expect(prefilterPasses(0.2, 0.69)).toBe(false);
  });
  it('rejects the genesis block with its real winning nonce', () => {
    const v = prefilterVerdicts([GENESIS]);
    expect(v.passed).toBe(0);
    expect(v.rejectedFraction).toBe(1);
  });
});

describe('constraints', () => {
  it('claims 8x, 32x, 256x, 4096x', () => {
    expect([1, 2, 3, 4].map((l) => claimedReduction(l as 1))).toEqual([8, 32, 256, 4096]);
  });
  it('keeps exactly the share a seeded sample of nonces shows (within 4 standard errors)', () => {
    const random = createRandom('constraints');
    const nonces = Uint32Array.from({ length: 40_000 }, () => random.nextUint32());
    for (const row of constraintCoverage(nonces)) {
      const se = Math.sqrt((row.keptFraction * (1 - row.keptFraction)) / nonces.length);
      expect(Math.abs(row.coverage - row.keptFraction)).toBeLessThan(4 * se + 1e-9);
    }
    expect(exactKeptFraction(1)).toBe(1 / 8);
  });
  it('checks the bytes in header order (byte0 = low byte)', () => {
    expect(passesConstraints(0x00000000, 4)).toBe(true);
    expect(passesConstraints(0x00000001, 1)).toBe(false); // odd
    expect(passesConstraints(0x00000080, 1)).toBe(false); // byte0 = 128
    expect(passesConstraints(0x80000000, 1)).toBe(false); // XOR = 128
  });
});

describe('restrictor', () => {
  it('uses linear-interpolation percentiles', () => {
    expect(quantileSorted([0, 10, 20, 30, 40], 0.25)).toBe(10);
    expect(quantileSorted([0, 10], 0.05)).toBeCloseTo(0.5, 12);
  });
  it('learns per-byte ranges and covers about P25-P75 squared per byte on its own data', () => {
    const nonces = Array.from({ length: 101 }, (_, i) => i * 0x01010101);
    const r = learnByteRanges(nonces, 0.25, 0.75);
    expect(r.ranges).toEqual([
      [25, 75],
      [25, 75],
      [25, 75],
      [25, 75],
    ]);
    expect(r.reduction).toBeCloseTo(2 ** 32 / 51 ** 4, 6);
    expect(rangesCoverage(r, nonces)).toBe(51); // the bytes move together here
  });
});

describe('inverse solver', () => {
  it('uses the weighted Euclidean distance to the published target', () => {
    expect(weightedDistance(TARGET_VECTOR)).toBe(0);
    const d = TARGET_VECTOR.map((t, i) => (i === 5 ? t + 0.5 : t));
    expect(weightedDistance(d)).toBeCloseTo(Math.sqrt(0.4 * 0.25), 12);
  });
  it('stalls far from its target on the genesis header', () => {
    const run = solveNonce(GENESIS, 2083236893, { iterations: 300 });
    expect(run.reachedTarget).toBe(false);
    expect(run.bestDistance).toBeGreaterThan(0.3);
    expect(unambiguousFloor(dimensionsAtNonce(GENESIS, run.bestNonce))).toBeGreaterThan(0.3);
  });
});

describe('energy', () => {
  it('turns the claim into a tenth of the blocks per joule', () => {
    const o = energyOutcome(CLAIMED_ENERGY);
    expect(o.blocksRatio).toBeCloseTo(0.01, 12);
    expect(o.powerRatio).toBeCloseTo(0.1, 12);
    expect(o.blocksPerJouleRatio).toBeCloseTo(0.1, 12);
    expect(() => energyOutcome({ ...CLAIMED_ENERGY, systemWatts: 0 })).toThrow(RangeError);
  });
});
