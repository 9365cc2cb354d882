import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { ProposalContext } from './harness';
import { builtInStrategy, topByteHistogram, TOURNAMENT_STRATEGY_IDS } from './strategies';

function context(budget: number, lastWinner: number | null = null): ProposalContext {
  return {
    header: new Uint8Array(80),
    jobIndex: 0,
    budget,
    random: createRandom('strategies'),
    lastWinner,
    rounds: 64,
    zeroBits: 8,
    labelNonces: () => [],
  };
}

describe('built-in strategies', () => {
  it.each(TOURNAMENT_STRATEGY_IDS)(
    '%s proposes exactly the budget of distinct uint32 nonces',
    (id) => {
      const nonces = Array.from(builtInStrategy(id, [0x12345678]).propose(context(500, 777)));
      expect(nonces).toHaveLength(500);
      expect(new Set(nonces).size).toBe(500);
      for (const n of nonces) expect(Number.isInteger(n) && n >= 0 && n <= 0xffffffff).toBe(true);
    },
  );

  it('propose what their names say', () => {
    const take = (
      id: (typeof TOURNAMENT_STRATEGY_IDS)[number],
      budget = 6,
      last: number | null = null,
    ) => Array.from(builtInStrategy(id).propose(context(budget, last)));
    expect(take('even')).toEqual([0, 2, 4, 6, 8, 10]);
    expect(take('odd')).toEqual([1, 3, 5, 7, 9, 11]);
    expect(take('primes')).toEqual([2, 3, 5, 7, 11, 13]);
    expect(take('squares')).toEqual([0, 1, 4, 9, 16, 25]);
    expect(take('multiplesOf7')).toEqual([0, 7, 14, 21, 28, 35]);
    expect(take('descending', 3)).toEqual([0xffffffff, 0xfffffffe, 0xfffffffd]);
    expect(take('middle', 2)).toEqual([2 ** 31, 2 ** 31 + 1]);
    expect(take('nearLastWinner', 5, 100)).toEqual([100, 101, 99, 102, 98]);
    expect(take('bitReversed', 3)).toEqual([0, 2 ** 31, 2 ** 30]);
    expect(take('small', 50).every((n) => n <= 0xffff)).toBe(true);
    expect(take('large', 50).every((n) => n >= 0xffff0000)).toBe(true);
    expect(take('decimalSevens', 20).every((n) => String(n).includes('77'))).toBe(true);
  });

  it('realRanges draws top bytes only where real winners fell', () => {
    const real = [0x01000000, 0x01ffffff, 0xa0000001];
    const nonces = Array.from(builtInStrategy('realRanges', real).propose(context(300)));
    expect(new Set(nonces.map((n) => n >>> 24))).toEqual(new Set([0x01, 0xa0]));
    expect(topByteHistogram(real)[0x01]).toBe(2);
  });

  it('the same seed gives the same proposals', () => {
    const a = builtInStrategy('random').propose(context(10));
    const b = builtInStrategy('random').propose(context(10));
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
