import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import {
  feeRateKnapsack,
  feeUpperBound,
  makeMempool,
  merkleRoot,
  sharedHits,
  templateFor,
  totalFees,
} from './composition';
import { confound } from './geometric-sections';

const d = (b: Uint8Array) => sha256(sha256(b));
const cat = (a: Uint8Array, b: Uint8Array) => Uint8Array.from([...a, ...b]);

describe('merkleRoot', () => {
  it('is the id itself for one transaction, and pairs the odd one with itself', () => {
    const r = createRandom('merkle');
    const [a, b, c] = [0, 1, 2].map(() => r.fillBytes(new Uint8Array(32))) as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    expect(merkleRoot([a])).toEqual(a);
    expect(merkleRoot([a, b])).toEqual(d(cat(a, b)));
    expect(merkleRoot([a, b, c])).toEqual(d(cat(d(cat(a, b)), d(cat(c, c)))));
  });
});

describe('composition', () => {
  it('the fee-rate knapsack fits and comes within 1% of the fractional bound', () => {
    const pool = makeMempool(createRandom('pool'), 300);
    const chosen = feeRateKnapsack(pool, 80_000);
    expect(chosen.reduce((s, t) => s + t.vsize, 0)).toBeLessThanOrEqual(80_000);
    expect(totalFees(chosen)).toBeGreaterThan(0.99 * feeUpperBound(pool, 80_000));
  });
  it('a different set re-rolls the hits (shared hits near chance)', () => {
    const pool = makeMempool(createRandom('pool'), 50);
    const base = new Uint8Array(80);
    const cb = new Uint8Array(32).fill(7);
    const s = sharedHits(
      templateFor(base, cb, pool),
      templateFor(base, cb, pool.slice(1)),
      6,
      4096,
    );
    expect(s.hitsA.length).toBeGreaterThan(30);
    expect(s.shared).toBeLessThan(s.hitsA.length / 3);
  });
});

describe('confound', () => {
  it('unmatched sets separate (AUC > 0.9); matched sets give chance', () => {
    const r = createRandom('headers');
    const headers = Array.from({ length: 200 }, () => {
      const h = r.fillBytes(new Uint8Array(80));
      h.fill(0, 4, 20); // real headers: the previous hash starts with zeros
      return h;
    });
    const c = confound(headers, createRandom('confound'), 200);
    expect(c.unmatched.auc).toBeGreaterThan(0.9);
    expect(c.matched.aucCi95[0]).toBeLessThan(0.5);
    expect(c.matched.aucCi95[1]).toBeGreaterThan(0.5);
  });
});
