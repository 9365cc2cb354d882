import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { histogramMoments } from '../stats/histogram';
import { hammingDistance } from '../stats/hamming';
import { avalancheOnce, runAvalancheTrials } from './avalanche';

describe('avalancheOnce(message, bit)', () => {
  it('hashes the message and its flipped twin with SHA-256 and counts differing bits', () => {
    const message = new TextEncoder().encode('abc'); // 'a' = 0x61; bit 7 flips it to 0x60 '`'
    const result = avalancheOnce(message, 7);
    expect(result.before).toEqual(sha256(message));
    expect(result.after).toEqual(sha256(new TextEncoder().encode('`bc')));
    expect(result.distance).toBe(hammingDistance(result.before, result.after));
  });
});

describe('runAvalancheTrials(random, trials, counts)', () => {
  const trials = 2000;

  it('gives a mean within 4 standard errors of 128 and an SD near 8 (seed 1)', () => {
    const counts = new Float64Array(257);
    runAvalancheTrials(createRandom(1), trials, counts);
    const moments = histogramMoments(counts);
    expect(moments.total).toBe(trials);
    // Theory: Binomial(256, 1/2), mean 128, SD 8; SE of the mean 8 / sqrt(n).
    expect(Math.abs(moments.mean - 128)).toBeLessThan(4 * (8 / Math.sqrt(trials)));
    // SE of a normal sample's SD is about SD / sqrt(2n).
    expect(Math.abs(moments.sd - 8)).toBeLessThan(4 * (8 / Math.sqrt(2 * trials)));
  });

  it('replays exactly from the same seed and differs for another', () => {
    const a = new Float64Array(257);
    const b = new Float64Array(257);
    const c = new Float64Array(257);
    runAvalancheTrials(createRandom(7), 200, a);
    runAvalancheTrials(createRandom(7), 200, b);
    runAvalancheTrials(createRandom(8), 200, c);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('positive control: SHA-256 cut to 8 rounds changes far fewer than 128 bits', () => {
    const counts = new Float64Array(257);
    runAvalancheTrials(createRandom(1), 300, counts, 32, 8);
    expect(histogramMoments(counts).mean).toBeLessThan(110);
  });
});
