import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaderFile } from '../data/header-file';
import { realWinningNonces } from '../data/real-nonces';
import { judgeCoverage, predictRanges, splitAtHeight } from './coverage';
import { eraOfHeight, selectHeights, splitByEra } from './eras';
import { hashToTargetRatio, ratioHistogram } from './hash-ratios';
import { byteCounts, nonceHistogram, uniformityTest } from './histograms';
import { runPredictorTest, spreadSample } from './predictor-test';

describe('eras', () => {
  it('eraOfHeight(h) cuts at 70,000, 215,000 and 391,000', () => {
    expect([0, 69_999, 70_000, 214_999, 215_000, 390_999, 391_000].map(eraOfHeight)).toEqual([
      'cpu',
      'cpu',
      'gpu',
      'gpu',
      'earlyAsic',
      'earlyAsic',
      'modernAsic',
    ]);
    expect(() => eraOfHeight(-1)).toThrow(RangeError);
  });

  it('selectHeights keeps the records in range with their extents', () => {
    const group = selectHeights([1, 5, 9, 12], [40, 10, 30, 20], 5, 10);
    expect(Array.from(group.nonces)).toEqual([10, 30]);
    expect([group.minHeight, group.maxHeight, group.minNonce, group.maxNonce]).toEqual([
      5, 9, 10, 30,
    ]);
    expect(selectHeights([1], [2], 5, 6).minNonce).toBeNaN();
  });
});

describe('histograms', () => {
  it('nonceHistogram puts 0 in the first bin and 2^32 - 1 in the last', () => {
    expect(nonceHistogram([0, 2 ** 27 - 1, 2 ** 27, 2 ** 32 - 1], 32).slice(0, 2)).toEqual([2, 1]);
    expect(nonceHistogram([2 ** 32 - 1], 32)[31]).toBe(1);
    expect(() => nonceHistogram([1], 30)).toThrow(RangeError);
  });

  it('byteCounts reads byte 0 as the least significant', () => {
    const counts = byteCounts([0x01020304]);
    expect([counts[0]![4], counts[1]![3], counts[2]![2], counts[3]![1]]).toEqual([1, 1, 1, 1]);
  });

  it('uniformityTest finds a spike and accepts flat counts', () => {
    expect(uniformityTest([10, 10, 10, 10])!.pValue).toBe(1);
    expect(uniformityTest([40, 0, 0, 0])!.pValue).toBeLessThan(1e-6);
    expect(uniformityTest([0, 0])).toBeNull();
  });
});

describe('coverage', () => {
  it('predictRanges takes the fewest top bytes holding the mass', () => {
    const train = [0x00000001, 0x00ffffff, 0x00123456, 0x05000000, 0xff000000];
    const p = predictRanges(train, 0.6);
    expect(p.topBytes).toEqual([0]);
    expect(p.areaShare).toBe(1 / 256);
    expect(p.trainingCoverage).toBe(0.6);
  });

  it('judgeCoverage counts held-out winners inside the ranges', () => {
    const c = judgeCoverage(predictRanges([1, 2], 1), [5, 0x01000000, 7, 0xf0000000]);
    expect([c.inside, c.heldOut, c.coverage]).toEqual([2, 4, 0.5]);
    expect(c.ci95[0]).toBeLessThan(0.5);
    expect(c.ci95[1]).toBeGreaterThan(0.5);
    expect(c.lift).toBe(128);
  });

  it('splitAtHeight trains below the split and holds out the rest', () => {
    const s = splitAtHeight([1, 2, 3], [7, 8, 9], 2);
    expect([Array.from(s.trainNonces), Array.from(s.heldOutNonces), s.heldOutIndices]).toEqual([
      [7],
      [8, 9],
      [1, 2],
    ]);
  });

  it('spreadSample keeps the first item and spreads evenly', () => {
    expect(spreadSample([0, 1, 2, 3, 4, 5], 3)).toEqual([0, 2, 4]);
    expect(spreadSample([1], 3)).toEqual([1]);
  });
});

describe('the real file', () => {
  const file = parseHeaderFile(new Uint8Array(readFileSync('public/data/btc-headers.bin')));
  const nonces = realWinningNonces(file);

  it('splits all 29,650 headers into the four eras', () => {
    const eras = splitByEra(file.heights, nonces);
    const counts = Object.values(eras).map((g) => g.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(29_650);
    expect(eras.cpu.count).toBe(20_051);
    // The famous skews: CPU-era and modern-ASIC nonces are far from uniform in some bytes.
    expect(uniformityTest(byteCounts(eras.cpu.nonces)[3]!)!.pValue).toBeLessThan(1e-6);
    expect(uniformityTest(byteCounts(eras.modernAsic.nonces)[0]!)!.pValue).toBeLessThan(1e-6);
  });

  it('genesis hash / (target + 1) is in [0, 1) and real ratios are not piled near 1', () => {
    const genesis = hashToTargetRatio(file.headers[0]!);
    expect(genesis).toBeGreaterThanOrEqual(0);
    expect(genesis).toBeLessThan(1);
    const ratios = file.headers.slice(0, 400).map(hashToTargetRatio);
    expect(ratios.every((r) => r >= 0 && r < 1)).toBe(true);
    const counts = ratioHistogram(ratios, 4);
    expect(uniformityTest(counts)!.pValue).toBeGreaterThan(1e-4);
  });

  it('a predictor trained before 2016 covers more later winners than its area share', () => {
    const s = splitAtHeight(file.heights, nonces, 391_000);
    const c = judgeCoverage(predictRanges(s.trainNonces, 0.5), s.heldOutNonces);
    expect(c.ci95[0]).toBeGreaterThan(c.prediction.areaShare);
  });

  it('runPredictorTest hashes real held-out headers for both arms with the same budget', async () => {
    const s = splitAtHeight(file.heights, nonces, 391_000);
    const jobs = spreadSample(s.heldOutIndices, 4).map((i) => file.headers[i]!);
    const r = await runPredictorTest({
      seed: 1,
      trainNonces: s.trainNonces,
      jobHeaders: jobs,
      budgetPerJob: 1024,
      zeroBits: 6,
    });
    expect(r.sequential.hashes).toBe(4096);
    expect(r.realRanges.hashes).toBe(4096);
    expect(r.realRanges.vsSequential.ci[0]).toBeLessThan(1);
    expect(r.realRanges.vsSequential.ci[1]).toBeGreaterThan(1);
  });
});
