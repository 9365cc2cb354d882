import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { realChainProseEn } from './prose.en';
import { realChainProseEs } from './prose.es';
import { realChainStringsEn } from './strings.en';
import { realChainStringsEs } from './strings.es';
import { fill } from './strings';

describe('chapter 12 strings and prose', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: realChainStringsEn, es: realChainStringsEs })).toEqual([]);
  });

  it('every paragraph of the prose exists in both languages', () => {
    expect(Object.keys(realChainProseEs).sort()).toEqual(Object.keys(realChainProseEn).sort());
    for (const value of [...Object.values(realChainProseEn), ...Object.values(realChainProseEs)]) {
      expect(value).toBeTruthy();
    }
  });

  it('fill replaces known placeholders and keeps unknown ones', () => {
    expect(fill('{a} of {b} {c}', { a: 1, b: 'x' })).toBe('1 of x {c}');
  });
});
