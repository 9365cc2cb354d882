import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { improvementProseEn } from './prose.en';
import { improvementProseEs } from './prose.es';
import { improvementStringsEn } from './strings.en';
import { improvementStringsEs } from './strings.es';

describe('Proof of Improvement chapter strings and prose', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: improvementStringsEn, es: improvementStringsEs })).toEqual([]);
  });

  it('every paragraph of the prose exists in both languages', () => {
    expect(Object.keys(improvementProseEs).sort()).toEqual(Object.keys(improvementProseEn).sort());
    for (const value of [
      ...Object.values(improvementProseEn),
      ...Object.values(improvementProseEs),
    ]) {
      expect(value).toBeTruthy();
    }
  });
});
