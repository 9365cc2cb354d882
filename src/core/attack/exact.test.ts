import { describe, expect, it } from 'vitest';
import { compareAt, exactAttackerSuccess, exactConfirmationsNeeded } from './exact';
import negativeBinomialPmf from '@stdlib/stats-base-dists-negative-binomial-pmf';
import poissonPmf from '@stdlib/stats-base-dists-poisson-pmf';
import { negativeBinomialLogPmfSteps } from './exact';
import { paperConfirmationsNeeded, poissonLogPmfSteps, type LogPmfSteps } from './paper';

/** pmf(0..n) from the log-stepped form. */
function stepped(pmf: LogPmfSteps, n: number): number[] {
  const out: number[] = [];
  let log = pmf.logAt0;
  for (let k = 0; k <= n; k++) {
    out.push(Math.exp(log));
    log += pmf.logStep(k);
  }
  return out;
}

describe('the log-stepped pmfs', () => {
  it("match stdlib's Poisson and negative binomial pmfs term by term (relative 1e-11)", () => {
    for (const q of [0.01, 0.1, 0.3, 0.45]) {
      for (const z of [1, 6, 50, 340]) {
        const p = 1 - q;
        const lambda = (z * q) / p;
        stepped(poissonLogPmfSteps(lambda), 2 * z).forEach((v, k) => {
          const ref = poissonPmf(k, lambda);
          if (ref > 1e-300) expect(Math.abs(v - ref) / ref).toBeLessThan(1e-11);
        });
        stepped(negativeBinomialLogPmfSteps(z, p), 2 * z).forEach((v, k) => {
          const ref = negativeBinomialPmf(k, z, p);
          if (ref > 1e-300) expect(Math.abs(v - ref) / ref).toBeLessThan(1e-11);
        });
      }
    }
  });
});

/**
 * The race by dynamic programming over its states, using neither the negative binomial nor the
 * gambler's-ruin formula: phase 1 pushes probability mass over (attacker, honest) block counts
 * until honest = z; phase 2 iterates the random walk of the deficit on 0..cap (0 absorbing as
 * a win, cap absorbing as a loss) until the mass still walking is below 1e-15.
 */
function raceByDynamicProgramming(q: number, z: number, cap = 400): number {
  const p = 1 - q;
  // Phase 1: mass[a] = P(attacker has a blocks, honest has h); stop each path at honest = z.
  const deficitMass = new Float64Array(cap + 1);
  let win = 0;
  let mass = new Map<number, number>([[0, 1]]);
  for (let h = 0; h < z; h++) {
    // Within honest count h the attacker may add any number of blocks before the next honest one.
    const next = new Map<number, number>();
    for (const [a, m] of mass) {
      let stay = m;
      for (let extra = 0; stay > 1e-300; extra++) {
        const a2 = a + extra;
        next.set(a2, (next.get(a2) ?? 0) + stay * p);
        stay *= q;
        if (a2 > z + 2000) break;
      }
    }
    mass = next;
  }
  for (const [a, m] of mass) {
    const d = z - a;
    if (d <= 0) win += m;
    else deficitMass[Math.min(d, cap)]! += m;
  }
  // Phase 2: the deficit walks, -1 with q, +1 with p.
  let walking = deficitMass;
  for (let step = 0; step < 1_000_000; step++) {
    const next = new Float64Array(cap + 1);
    let alive = 0;
    for (let d = 1; d < cap; d++) {
      const m = walking[d]!;
      if (m === 0) continue;
      if (d - 1 === 0) win += m * q;
      else next[d - 1]! += m * q;
      next[d + 1]! += m * p;
      alive += m;
    }
    next[cap] = 0;
    walking = next;
    if (alive < 1e-15) break;
  }
  return win;
}

describe('exactAttackerSuccess', () => {
  it('equals a dynamic-programming computation of the race for small z (to 1e-9)', () => {
    for (const q of [0.05, 0.1, 0.2, 0.3]) {
      for (let z = 0; z <= 6; z++) {
        expect(exactAttackerSuccess(q, z)).toBeCloseTo(raceByDynamicProgramming(q, z), 9);
      }
    }
  });

  it('is 2q for one confirmation, as a two-step argument shows', () => {
    // k ~ NB(z = 1): P(k) = p q^k. k >= 1 has caught up (probability q); k = 0 leaves a deficit
    // of 1, closed with probability q/p, so p * q/p = q. Together 2q.
    for (const q of [0.01, 0.1, 0.3, 0.45])
      expect(exactAttackerSuccess(q, 1)).toBeCloseTo(2 * q, 12);
  });

  it('gives 1 for q >= 1/2 and for z = 0, and 0 for q = 0 with z >= 1', () => {
    expect(exactAttackerSuccess(0.5, 20)).toBe(1);
    expect(exactAttackerSuccess(0.8, 3)).toBe(1);
    expect(exactAttackerSuccess(0.2, 0)).toBe(1);
    expect(exactAttackerSuccess(0, 4)).toBe(0);
  });

  it('falls as z grows; for q = 0.1 and 0.3 the paper overstates z = 1 and understates z >= 3', () => {
    for (const q of [0.1, 0.3]) {
      expect(compareAt(q, 1).ratio!).toBeGreaterThan(1);
      for (let z = 1; z <= 30; z++) {
        expect(exactAttackerSuccess(q, z)).toBeLessThan(exactAttackerSuccess(q, z - 1));
        if (z >= 3) expect(compareAt(q, z).ratio!).toBeLessThan(1);
      }
    }
    // q = 0.1, z = 6: the paper's 0.0002428 against the exact 0.000591 (ratio about 0.41).
    const six = compareAt(0.1, 6);
    expect(six.paper).toBeCloseTo(0.0002428, 7);
    expect(six.exact).toBeCloseTo(0.00059141216, 11);
  });
});

describe('exactConfirmationsNeeded', () => {
  it('is the first z below the threshold, and asks for more than the paper for q = 0.10..0.45', () => {
    for (const q of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]) {
      const z = exactConfirmationsNeeded(q)!;
      expect(exactAttackerSuccess(q, z)).toBeLessThan(0.001);
      expect(exactAttackerSuccess(q, z - 1)).toBeGreaterThanOrEqual(0.001);
      expect(z).toBeGreaterThan(paperConfirmationsNeeded(q)!);
    }
    expect(exactConfirmationsNeeded(0.5)).toBeNull();
  });
});
