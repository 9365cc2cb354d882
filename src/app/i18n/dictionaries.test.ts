import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { fill } from './dictionary';
import { langFromTag } from './lang-preference';
import { formatDecimal, formatInteger } from './number-format';

/** Every leaf of a nested dictionary as "a.b.c" -> value. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) {
    out.set(prefix, node);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) {
      out.set(path, leaf);
    }
  }
  return out;
}

const dictionaries = { en: leaves(en), es: leaves(es) };

describe('UI dictionaries', () => {
  it('es has every key of en', () => {
    const missing = [...dictionaries.en.keys()].filter((key) => !dictionaries.es.has(key));
    expect(missing).toEqual([]);
  });

  it('en has every key of es', () => {
    const extra = [...dictionaries.es.keys()].filter((key) => !dictionaries.en.has(key));
    expect(extra).toEqual([]);
  });

  it.each(Object.entries(dictionaries))('%s has no empty or non-string value', (_lang, entries) => {
    const bad = [...entries].filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('both languages use the same {placeholders} in each string', () => {
    const names = (text: unknown) =>
      [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = [...dictionaries.en].filter(
      ([key, value]) => names(value).join() !== names(dictionaries.es.get(key)).join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('leaves() reports a key missing from one side (self-check of the comparison)', () => {
    const a = leaves({ x: { y: 'a', z: 'b' } });
    const b = leaves({ x: { y: 'a' } });
    expect([...a.keys()].filter((key) => !b.has(key))).toEqual(['x.z']);
  });
});

describe('fill(template, values)', () => {
  it('replaces known placeholders and leaves unknown ones', () => {
    expect(fill('{value} s of {missing}', { value: 3 })).toBe('3 s of {missing}');
  });
});

describe('langFromTag(tag)', () => {
  it('maps any Spanish tag to es and everything else to en', () => {
    expect(langFromTag('es')).toBe('es');
    expect(langFromTag('es-AR')).toBe('es');
    expect(langFromTag('ES-es')).toBe('es');
    expect(langFromTag('en-GB')).toBe('en');
    expect(langFromTag('fr')).toBe('en');
    expect(langFromTag(undefined)).toBe('en');
  });
});

describe('number formatting', () => {
  it('groups thousands in Spanish even for four digits: 1.234,5', () => {
    expect(formatDecimal('es', 1234.5, 1)).toBe('1.234,5');
    expect(formatInteger('es', 1234)).toBe('1.234');
  });

  it('uses commas and a point in English: 1,234.5', () => {
    expect(formatDecimal('en', 1234.5, 1)).toBe('1,234.5');
    expect(formatInteger('en', 1234567.4)).toBe('1,234,567');
  });
});
