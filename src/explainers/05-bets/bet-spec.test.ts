import { describe, expect, it } from 'vitest';
import {
  commitmentHash,
  commitmentText,
  parseLuckyNumbers,
  regionRange,
  workerBet,
} from './bet-spec';

const settings = { seed: 42, zeroBits: 8, jobs: 64, budgetPerJob: 2048 };

describe('parseLuckyNumbers(text)', () => {
  it('reads numbers separated by commas, spaces and new lines, once each', () => {
    expect(parseLuckyNumbers(' 7, 42\n1234567 7;0 4294967295')).toEqual({
      nonces: [7, 42, 1234567, 0, 4294967295],
    });
  });

  it('explains what is wrong', () => {
    expect(parseLuckyNumbers('  ')).toEqual({ error: { reason: 'empty' } });
    expect(parseLuckyNumbers('7, -3')).toEqual({ error: { reason: 'notNumber', token: '-3' } });
    expect(parseLuckyNumbers('1.5')).toEqual({ error: { reason: 'notNumber', token: '1.5' } });
    expect(parseLuckyNumbers('4294967296')).toEqual({
      error: { reason: 'outOfRange', token: '4294967296' },
    });
    const many = Array.from({ length: 1001 }, (_, i) => i).join(' ');
    expect(parseLuckyNumbers(many)).toEqual({ error: { reason: 'tooMany', count: 1001 } });
  });

  it('survives a huge paste without building a huge message', () => {
    const result = parseLuckyNumbers('x'.repeat(1_000_000));
    expect(result).toEqual({ error: { reason: 'notNumber', token: 'x'.repeat(20) } });
  });
});

describe('commitmentText(bet, settings) and its hash', () => {
  it('is one canonical text: regions sorted, every setting named', () => {
    const text = commitmentText({ kind: 'regions', topBytes: [200, 3] }, settings);
    expect(text).toBe(
      'nonce-sense bet v1\nseed=42\nzeroBits=8\njobs=64\nbudgetPerJob=2048\nbet=regions:3,200',
    );
  });

  it('hashes with SHA-256: "abc" gives the FIPS 180-2 digest', () => {
    expect(commitmentHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('changes when anything in the bet changes', () => {
    const a = commitmentHash(commitmentText({ kind: 'strategy', id: 'primes' }, settings));
    const b = commitmentHash(
      commitmentText({ kind: 'strategy', id: 'primes' }, { ...settings, seed: 43 }),
    );
    const c = commitmentHash(commitmentText({ kind: 'strategy', id: 'even' }, settings));
    expect(new Set([a, b, c]).size).toBe(3);
  });
});

describe('workerBet and regionRange', () => {
  it('turns "copy the counter" into the nonces 0 .. budget - 1', () => {
    expect(workerBet({ kind: 'strategy', id: 'sequentialCopy' }, 4)).toEqual({
      kind: 'nonces',
      nonces: [0, 1, 2, 3],
    });
    expect(workerBet({ kind: 'strategy', id: 'primes' }, 4)).toEqual({
      kind: 'strategy',
      id: 'primes',
    });
  });

  it('maps region b to 2^24 nonces', () => {
    expect(regionRange(0)).toEqual([0, 16777215]);
    expect(regionRange(255)).toEqual([4278190080, 4294967295]);
  });
});
