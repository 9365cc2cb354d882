/**
 * The shape every language must match: the English dictionary with its literal strings widened
 * to `string`. Assigning an object literal to `Dictionary` makes a missing key and an extra key
 * (at any depth) a type error.
 */
import type { en } from './en';

export type Lang = 'en' | 'es';

export const LANGS: readonly Lang[] = ['en', 'es'];

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;

/** Fills `{name}` placeholders: fill('{n} s', { n: '3' }) === '3 s'. Unknown names stay as-is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
