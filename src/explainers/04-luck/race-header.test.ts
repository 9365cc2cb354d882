import { describe, expect, it } from 'vitest';
import { parseRaces, parseSeed, raceJob } from './race-header';

describe('raceJob(seed, zeroBits, races)', () => {
  it('is a pure function of the seed: same seed, same header and start nonce', () => {
    expect(raceJob(42, 14, 100)).toEqual(raceJob(42, 14, 100));
    expect(raceJob(42, 14, 100).headerHex).not.toBe(raceJob(43, 14, 100).headerHex);
  });

  it('makes an 80-byte header with nonce 0 and p = 2^-zeroBits exactly', () => {
    const job = raceJob(7, 16, 10);
    expect(job.headerHex).toMatch(/^[0-9a-f]{160}$/);
    expect(job.headerHex.slice(152)).toBe('00000000');
    expect(job.p).toBe(2 ** -16);
    expect(Number.isInteger(job.startNonce)).toBe(true);
  });
});

describe('parseRaces and parseSeed', () => {
  it('accept only whole numbers in range', () => {
    expect(parseRaces('200')).toBe(200);
    expect(parseRaces('0')).toBeNull();
    expect(parseRaces('2001')).toBeNull();
    expect(parseRaces('1.5')).toBeNull();
    expect(parseSeed('4294967295')).toBe(4294967295);
    expect(parseSeed('4294967296')).toBeNull();
    expect(parseSeed('-1')).toBeNull();
    expect(parseSeed('x')).toBeNull();
  });
});
