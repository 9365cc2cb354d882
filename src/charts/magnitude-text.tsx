/**
 * Huge numbers and long durations in words for the reader's language: numbers up to a million
 * written out (1.234.567 in Spanish), larger ones as a power of ten (7.9 × 10²⁰) with the exact
 * value in a tooltip; durations in their most readable unit ("3.2 min", "4.1 × 10¹² years").
 */
import { useMemo } from 'react';
import { splitDuration, toPowerOfTen, type DurationUnit } from '../core/format/magnitude';
import { fill, type Lang } from '../ui/i18n/lang';
import { useLang, useNumberFormat } from '../ui/i18n/lang-context';

const UNIT_WORDS: Readonly<Record<Lang, Readonly<Record<DurationUnit, string>>>> = {
  en: {
    ms: '{value} ms',
    s: '{value} s',
    min: '{value} min',
    h: '{value} h',
    d: '{value} days',
    y: '{value} years',
  },
  es: {
    ms: '{value} ms',
    s: '{value} s',
    min: '{value} min',
    h: '{value} h',
    d: '{value} días',
    y: '{value} años',
  },
};

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** Numbers below this are written out in full. */
const WRITE_OUT_BELOW = 1e6;

/** Formatters for huge numbers and durations in the current language (plain strings). */
export function useMagnitudeFormat() {
  const { lang } = useLang();
  const format = useNumberFormat();
  return useMemo(() => {
    const power = (value: number, digits = 1) => {
      const { mantissa, exponent } = toPowerOfTen(value, digits);
      const sup = String(exponent).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] ?? c);
      return `${format.decimal(mantissa, digits)} × 10${sup}`;
    };
    /** A count: written out below a million, else a power of ten. */
    const huge = (value: number) =>
      value < WRITE_OUT_BELOW ? format.integer(value) : power(value);
    /** The exact whole value with grouping, for a tooltip. */
    const exact = (value: number) =>
      Number.isFinite(value) ? format.integer(value) : String(value);
    const duration = (seconds: number) => {
      const { value, unit } = splitDuration(seconds);
      const text =
        value >= WRITE_OUT_BELOW ? power(value) : format.decimal(value, value < 10 ? 1 : 0);
      return fill(UNIT_WORDS[lang][unit], { value: text });
    };
    return { huge, exact, power, duration };
  }, [lang, format]);
}

/** A count as text, with its exact value in a tooltip when written as a power of ten. */
export function HugeNumber({ value, testId }: { value: number; testId?: string }) {
  const magnitude = useMagnitudeFormat();
  const text = magnitude.huge(value);
  return (
    <span
      className="num"
      title={value >= WRITE_OUT_BELOW ? magnitude.exact(value) : undefined}
      data-testid={testId}
      data-value={value}
    >
      {text}
    </span>
  );
}
