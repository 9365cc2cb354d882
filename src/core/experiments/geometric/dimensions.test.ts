import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../../hex';
import { createRandom } from '../../random';
import {
  DEFAULT_READING,
  dimensionsAtNonce,
  headerDimensions,
  transformedNibbles,
} from './dimensions';
import { dftExact, fftInPlace } from './fft';

const GENESIS = hexToBytes(
  '01000000' +
    '0'.repeat(64) +
    '3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a' +
    '29ab5f49ffff001d1dac2b7c',
);

describe('fftInPlace', () => {
  it('matches the exact DFT on 256 seeded values', () => {
    const random = createRandom('fft');
    const x = Array.from({ length: 256 }, () => random.next() * 16 - 8);
    const re = Float64Array.from(x);
    const im = new Float64Array(256);
    fftInPlace(re, im);
    const exact = dftExact(x);
    for (let k = 0; k < 256; k++) {
      expect(re[k]).toBeCloseTo(exact.re[k]!, 9);
      expect(im[k]).toBeCloseTo(exact.im[k]!, 9);
    }
  });
  it('rejects a length that is not a power of two', () => {
    expect(() => fftInPlace(new Float64Array(6), new Float64Array(6))).toThrow(RangeError);
  });
});

describe('headerDimensions', () => {
  // All-zero header: m_p = p^2 mod 16, the cycle 0,1,4,9,0,9,4,1 repeated 32 times.
  it('pins all seven on the all-zero header (hand-computed)', () => {
    const zero = new Uint8Array(80);
    expect(Array.from(transformedNibbles(zero).subarray(0, 8))).toEqual([0, 1, 4, 9, 0, 9, 4, 1]);
    const d = headerDimensions(zero);
    expect(d[0]).toBeCloseTo(0.5, 12); // 4 equally common values: 2 bits / 4
    expect(d[1]).toBeCloseTo(0.25 / 3, 12); // levels: {0,4} 1 bit, {0} 0, {0} 0
    expect(d[2]).toBeCloseTo(38 / 60, 12); // (15 + 13 + 7 + 3) / 4 / 15
    expect(d[3]).toBeCloseTo(0.646496732507019, 9); // numpy.fft, magnitude spectrum
    expect(d[4]).toBe(1); // every neighbour differs
    expect(d[5]).toBeCloseTo(7 / 16, 12); // angle -pi/8, plus pi, over 2 pi
    expect(d[6]).toBeCloseTo(896 / 3840, 12);
  });
  it('follows the other readings where the description is open', () => {
    const zero = new Uint8Array(80);
    const other = headerDimensions(zero, { ...DEFAULT_READING, d4: 'power', d6: 'mod-one' });
    expect(other[3]).toBeCloseTo(0.7277091839160007, 9); // numpy, power spectrum
    expect(other[5]).toBeCloseTo(15 / 16, 12); // -1/16 mod 1
    const levels0 = headerDimensions(zero, { ...DEFAULT_READING, d2: 'levels-0-2' });
    expect(levels0[1]).toBeCloseTo((0.5 + 0.25 + 0) / 3, 12);
  });
  it('gives the genesis header D1 = 0.807, D5 = 0.969, D7 = 0.320 (numpy cross-check)', () => {
    const d = headerDimensions(GENESIS);
    expect(d[0]).toBeCloseTo(0.8068256607476315, 12);
    expect(d[3]).toBeCloseTo(0.056761481950638015, 9);
    expect(d[4]).toBeCloseTo(0.9686274509803922, 12);
    expect(d[6]).toBeCloseTo(0.32005208333333335, 12);
  });
  it('barely moves as the nonce sweeps: D1 stays within 0.807 +- 0.03 on genesis', () => {
    const random = createRandom('sweep');
    for (let i = 0; i < 300; i++) {
      const d = dimensionsAtNonce(GENESIS, random.nextUint32());
      expect(Math.abs(d[0] - 0.807)).toBeLessThan(0.03);
      for (const v of d) expect(v >= 0 && v <= 1).toBe(true);
    }
  });
  it('rejects a header that is not 80 bytes', () => {
    expect(() => headerDimensions(new Uint8Array(79))).toThrow(RangeError);
  });
});
