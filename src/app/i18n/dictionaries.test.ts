import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { fill } from '../../ui/i18n/lang';
import { translationProblems } from '../../ui/i18n/translation-check';
import { langFromTag } from '../../ui/i18n/lang-preference';
import { formatDecimal, formatInteger } from '../../ui/i18n/number-format';

describe('site dictionaries', () => {
  it('en and es have the same keys, no empty string and the same {placeholders}', () => {
    expect(translationProblems({ en, es })).toEqual([]);
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
