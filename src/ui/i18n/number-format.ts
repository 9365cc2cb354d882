/**
 * Numbers formatted for the reader's language with Intl. Grouping is always on, so Spanish shows
 * 1.234,5 (Intl's default for "es" leaves four-digit numbers ungrouped).
 */
import type { Lang } from './lang';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      useGrouping: 'always',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    cache.set(key, format);
  }
  return format;
}

/** A whole number, rounded: formatInteger('es', 1234567) === '1.234.567'. */
export function formatInteger(lang: Lang, value: number): string {
  return formatter(lang, 0).format(Math.round(value));
}

/** A number with a fixed count of decimals: formatDecimal('es', 1234.5, 1) === '1.234,5'. */
export function formatDecimal(lang: Lang, value: number, fractionDigits: number): string {
  return formatter(lang, fractionDigits).format(value);
}
