import { describe, expect, it } from 'vitest';
import { checkAttackInput, paperAttackerSuccess, paperConfirmationsNeeded } from './paper';

/** The paper's C function AttackerSuccessProbability, ported line by line (section 11). */
function attackerSuccessProbabilityAsPrinted(q: number, z: number): number {
  const p = 1.0 - q;
  const lambda = z * (q / p);
  let sum = 1.0;
  for (let k = 0; k <= z; k++) {
    let poisson = Math.exp(-lambda);
    for (let i = 1; i <= k; i++) poisson *= lambda / i;
    sum -= poisson * (1 - (q / p) ** (z - k));
  }
  return sum;
}

// Section 11 of S. Nakamoto, "Bitcoin: A Peer-to-Peer Electronic Cash System" (2008).
const PUBLISHED_Q01 = [
  1.0, 0.2045873, 0.0509779, 0.0131722, 0.0034552, 0.0009137, 0.0002428, 0.0000647, 0.0000173,
  0.0000046, 0.0000012,
];
const PUBLISHED_Q03 = [
  1.0, 0.1773523, 0.0416605, 0.0101008, 0.0024804, 0.0006132, 0.0001522, 0.0000379, 0.0000095,
  0.0000024, 0.0000006,
];
const PUBLISHED_BELOW_0001: [number, number][] = [
  [0.1, 5],
  [0.15, 8],
  [0.2, 11],
  [0.25, 15],
  [0.3, 24],
  [0.35, 41],
  [0.4, 89],
  [0.45, 340],
];

describe('paperAttackerSuccess', () => {
  it('reproduces the published table for q = 0.1, z = 0..10, to 7 decimals', () => {
    PUBLISHED_Q01.forEach((published, z) => {
      expect(paperAttackerSuccess(0.1, z).toFixed(7)).toBe(published.toFixed(7));
    });
  });

  it('reproduces the published table for q = 0.3, z = 0, 5, ..., 50, to 7 decimals', () => {
    PUBLISHED_Q03.forEach((published, i) => {
      expect(paperAttackerSuccess(0.3, 5 * i).toFixed(7)).toBe(published.toFixed(7));
    });
  });

  it('equals the C function as printed in the paper, to 1e-13', () => {
    for (const q of [0.01, 0.1, 0.25, 0.3, 0.45, 0.49]) {
      for (let z = 0; z <= 60; z += 3) {
        expect(paperAttackerSuccess(q, z)).toBeCloseTo(
          attackerSuccessProbabilityAsPrinted(q, z),
          13,
        );
      }
    }
  });

  it('is 1 for q >= 1/2 and 0 for q = 0 with z >= 1', () => {
    expect(paperAttackerSuccess(0.5, 10)).toBe(1);
    expect(paperAttackerSuccess(1, 3)).toBe(1);
    expect(paperAttackerSuccess(0, 3)).toBe(0);
  });
});

describe('paperConfirmationsNeeded', () => {
  it('reproduces the published "P < 0.001" table for q = 0.10 .. 0.45', () => {
    for (const [q, z] of PUBLISHED_BELOW_0001) expect(paperConfirmationsNeeded(q)).toBe(z);
  });
});

describe('checkAttackInput', () => {
  it('rejects q outside [0, 1], negative or fractional z', () => {
    expect(() => checkAttackInput(-0.1, 1)).toThrow(RangeError);
    expect(() => checkAttackInput(1.5, 1)).toThrow(RangeError);
    expect(() => checkAttackInput(Number.NaN, 1)).toThrow(RangeError);
    expect(() => checkAttackInput(0.1, -1)).toThrow(RangeError);
    expect(() => checkAttackInput(0.1, 2.5)).toThrow(RangeError);
    expect(() => checkAttackInput(0.1, 0)).not.toThrow();
  });
});
