import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { insideProseEn } from './prose.en';
import { insideProseEs } from './prose.es';
import { insideStringsEn } from './strings.en';
import { insideStringsEs } from './strings.es';

describe('chapter 7 strings and prose', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: insideStringsEn, es: insideStringsEs })).toEqual([]);
  });

  it('every paragraph of the prose exists in both languages', () => {
    expect(Object.keys(insideProseEs).sort()).toEqual(Object.keys(insideProseEn).sort());
    for (const value of [...Object.values(insideProseEn), ...Object.values(insideProseEs)]) {
      expect(value).toBeTruthy();
    }
  });
});
