import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { oracleProseEn } from './prose.en';
import { oracleProseEs } from './prose.es';
import { oracleStringsEn } from './strings.en';
import { oracleStringsEs } from './strings.es';

describe('the nonce oracle chapter strings and prose', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: oracleStringsEn, es: oracleStringsEs })).toEqual([]);
  });

  it('every paragraph of the prose exists in both languages', () => {
    expect(Object.keys(oracleProseEs).sort()).toEqual(Object.keys(oracleProseEn).sort());
    for (const value of [...Object.values(oracleProseEn), ...Object.values(oracleProseEs)]) {
      expect(value).toBeTruthy();
    }
  });
});
