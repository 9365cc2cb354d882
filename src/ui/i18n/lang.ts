/**
 * The languages the site ships in (English and Spanish ship together), and the one helper every
 * string table needs.
 */

export type Lang = 'en' | 'es';

export const LANGS: readonly Lang[] = ['en', 'es'];

/** Fills `{name}` placeholders: fill('{n} s', { n: '3' }) === '3 s'. Unknown names stay as-is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
