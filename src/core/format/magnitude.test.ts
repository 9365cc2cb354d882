import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitDuration, toPowerOfTen } from './magnitude';

describe('toPowerOfTen(value, digits)', () => {
  it('splits into mantissa and exponent', () => {
    expect(toPowerOfTen(7.9e20)).toEqual({ mantissa: 7.9, exponent: 20 });
    expect(toPowerOfTen(1)).toEqual({ mantissa: 1, exponent: 0 });
    expect(toPowerOfTen(0.00123, 2)).toEqual({ mantissa: 1.23, exponent: -3 });
  });

  it('moves a mantissa that rounds to 10 up to the next power', () => {
    expect(toPowerOfTen(9.96e5)).toEqual({ mantissa: 1, exponent: 6 });
  });

  it('always gives 1 <= mantissa < 10 and a product within rounding of the value', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-200, max: 1e200, noNaN: true }), (value) => {
        const { mantissa, exponent } = toPowerOfTen(value, 3);
        expect(mantissa).toBeGreaterThanOrEqual(1);
        expect(mantissa).toBeLessThan(10);
        expect(Math.abs(mantissa * 10 ** exponent - value) / value).toBeLessThan(6e-4);
      }),
    );
  });

  it('rejects zero, negatives and infinity', () => {
    expect(() => toPowerOfTen(0)).toThrow(RangeError);
    expect(() => toPowerOfTen(-1)).toThrow(RangeError);
    expect(() => toPowerOfTen(Infinity)).toThrow(RangeError);
  });
});

describe('splitDuration(seconds)', () => {
  it('picks the largest unit the duration fills at least once', () => {
    expect(splitDuration(0.25)).toEqual({ value: 250, unit: 'ms' });
    expect(splitDuration(42)).toEqual({ value: 42, unit: 's' });
    expect(splitDuration(90)).toEqual({ value: 1.5, unit: 'min' });
    expect(splitDuration(7200)).toEqual({ value: 2, unit: 'h' });
    expect(splitDuration(3 * 86_400)).toEqual({ value: 3, unit: 'd' });
    expect(splitDuration(2 * 365.25 * 86_400)).toEqual({ value: 2, unit: 'y' });
  });

  it('rejects negative and non-finite durations', () => {
    expect(() => splitDuration(-1)).toThrow(RangeError);
    expect(() => splitDuration(NaN)).toThrow(RangeError);
  });
});
