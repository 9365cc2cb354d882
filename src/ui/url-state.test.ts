import { describe, expect, it } from 'vitest';
import { hashQuery, hashRoute, withHashParam } from './url-state';

describe('url-state', () => {
  it('hashRoute(hash) is the route without the settings query', () => {
    expect(hashRoute('#/bets?tournamentSeed=7')).toBe('/bets');
    expect(hashRoute('#/bets')).toBe('/bets');
    expect(hashRoute('')).toBe('/');
    expect(hashRoute('#/')).toBe('/');
    expect(hashRoute('#?seed=1')).toBe('/');
  });

  it('hashQuery(hash) is the settings query, or empty', () => {
    expect(hashQuery('#/bets?tournamentSeed=7&budget=9')).toBe('tournamentSeed=7&budget=9');
    expect(hashQuery('#/bets')).toBe('');
  });

  it('withHashParam sets, replaces and removes one setting and keeps the others', () => {
    const one = withHashParam('#/inside', 'seed', '7');
    expect(one).toBe('#/inside?seed=7');
    const two = withHashParam(one, 'jobs', '64');
    expect(two).toBe('#/inside?seed=7&jobs=64');
    expect(withHashParam(two, 'seed', '8')).toBe('#/inside?seed=8&jobs=64');
    expect(withHashParam(two, 'seed', null)).toBe('#/inside?jobs=64');
    expect(withHashParam('#/inside?seed=7', 'seed', null)).toBe('#/inside');
  });

  it('withHashParam encodes values so any text round-trips', () => {
    const hash = withHashParam('#/hash', 'text', 'a&b=c ?#ñ');
    expect(new URLSearchParams(hashQuery(hash)).get('text')).toBe('a&b=c ?#ñ');
    expect(hashRoute(hash)).toBe('/hash');
  });
});
