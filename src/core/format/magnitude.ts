/**
 * Language-free pieces for writing huge numbers and long durations: a number as
 * mantissa x 10^exponent, and a duration in seconds as a value in its most readable unit.
 * The words and number formats are added by the page, per language.
 */

/** A positive number written as mantissa x 10^exponent, 1 <= mantissa < 10. */
export interface PowerOfTen {
  mantissa: number;
  exponent: number;
}

/**
 * `value` as mantissa x 10^exponent with the mantissa rounded to `digits` decimals (a mantissa
 * that rounds to 10 moves to the next power). @throws RangeError for a value that is not > 0
 */
export function toPowerOfTen(value: number, digits = 1): PowerOfTen {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`value must be a finite number > 0, got ${value}`);
  }
  let exponent = Math.floor(Math.log10(value));
  let mantissa = Number((value / 10 ** exponent).toFixed(digits));
  if (mantissa >= 10) {
    exponent += 1;
    mantissa = Number((value / 10 ** exponent).toFixed(digits));
  } else if (mantissa < 1) {
    exponent -= 1;
    mantissa = Number((value / 10 ** exponent).toFixed(digits));
  }
  return { mantissa, exponent };
}

export type DurationUnit = 'ms' | 's' | 'min' | 'h' | 'd' | 'y';

/** Seconds per unit (a year is 365.25 days). */
export const SECONDS_PER: Readonly<Record<DurationUnit, number>> = {
  ms: 0.001,
  s: 1,
  min: 60,
  h: 3600,
  d: 86_400,
  y: 365.25 * 86_400,
};

/** A duration as a value in the largest unit in which it is at least 1 (milliseconds below 1 s). */
export function splitDuration(seconds: number): { value: number; unit: DurationUnit } {
  if (!(seconds >= 0) || !Number.isFinite(seconds)) {
    throw new RangeError(`seconds must be finite and >= 0, got ${seconds}`);
  }
  const units: DurationUnit[] = ['y', 'd', 'h', 'min', 's'];
  for (const unit of units) {
    if (seconds >= SECONDS_PER[unit]) return { value: seconds / SECONDS_PER[unit], unit };
  }
  return { value: seconds * 1000, unit: 'ms' };
}
