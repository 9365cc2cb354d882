import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsToTarget, MAINNET_POW_LIMIT, targetToBits } from '../hash/target';
import { clampTimespan, isRetargetHeight, nextBits, TARGET_TIMESPAN } from './retarget';

describe('nextBits', () => {
  it('recomputes the real retarget at height 32256 (0x1d00ffff -> 0x1d00d86a)', () => {
    // Inputs from the bundled headers: time(30240) = 1261130161, time(32255) = 1262152739.
    const r = nextBits(0x1d00ffff, 1261130161, 1262152739);
    expect(r.actualTimespan).toBe(1_022_578);
    expect(r.clamp).toBe('none');
    expect(r.cappedAtPowLimit).toBe(false);
    expect(r.bits).toBe(0x1d00d86a);
  });

  it('a period slower than two weeks at the pow limit is capped at 0x1d00ffff', () => {
    const r = nextBits(0x1d00ffff, 0, TARGET_TIMESPAN * 2);
    expect(r.cappedAtPowLimit).toBe(true);
    expect(r.rawTarget).toBe((bitsToTarget(0x1d00ffff) * 2n) / 1n);
    expect(r.bits).toBe(0x1d00ffff);
  });

  it('clamps the timespan to a quarter and four times two weeks', () => {
    expect(clampTimespan(1)).toEqual({ timespan: TARGET_TIMESPAN / 4, clamp: 'low' });
    expect(clampTimespan(-500)).toEqual({ timespan: TARGET_TIMESPAN / 4, clamp: 'low' });
    expect(clampTimespan(TARGET_TIMESPAN * 10)).toEqual({
      timespan: TARGET_TIMESPAN * 4,
      clamp: 'high',
    });
    expect(clampTimespan(TARGET_TIMESPAN)).toEqual({ timespan: TARGET_TIMESPAN, clamp: 'none' });
    // A clamped period moves the target by exactly 4x (here, below the cap).
    const low = nextBits(0x1b0404cb, 0, 10);
    expect(low.clamp).toBe('low');
    expect(low.rawTarget).toBe(bitsToTarget(0x1b0404cb) / 4n);
    const high = nextBits(0x1b0404cb, 0, TARGET_TIMESPAN * 9);
    expect(high.clamp).toBe('high');
    expect(high.rawTarget).toBe(bitsToTarget(0x1b0404cb) * 4n);
  });

  it('exactly two weeks leaves the bits unchanged', () => {
    expect(nextBits(0x1b0404cb, 1000, 1000 + TARGET_TIMESPAN).bits).toBe(0x1b0404cb);
  });

  it('never exceeds the pow limit and its bits round-trip through the compact form', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0x17000001, max: 0x1d00ffff })
          .filter((b) => (b & 0x00800000) === 0 && (b & 0x7fffff) !== 0),
        fc.integer({ min: -1e6, max: 1e7 }),
        (bits, span) => {
          const r = nextBits(bits, 0, span);
          const target = bitsToTarget(r.bits);
          expect(target <= MAINNET_POW_LIMIT).toBe(true);
          expect(targetToBits(target)).toBe(r.bits);
          // GetCompact truncates: the encoded target never exceeds the computed one.
          expect(target <= (r.cappedAtPowLimit ? MAINNET_POW_LIMIT : r.rawTarget)).toBe(true);
        },
      ),
      { seed: 2016, numRuns: 2000 },
    );
  });

  it('the compact form of the pow limit is 0x1d00ffff', () => {
    expect(targetToBits(MAINNET_POW_LIMIT)).toBe(0x1d00ffff);
  });

  it('knows retarget heights', () => {
    expect([0, 2015, 2016, 32256, 32257].map(isRetargetHeight)).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});
