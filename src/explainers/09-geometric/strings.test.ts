import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { geometricStringsEn } from './strings.en';
import { geometricStringsEs } from './strings.es';

describe('"The geometric miner" strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: geometricStringsEn, es: geometricStringsEs })).toEqual([]);
  });
  it('name all seven dimensions and quote four claims in both languages', () => {
    expect(geometricStringsEn.dims).toHaveLength(7);
    expect(geometricStringsEs.dims).toHaveLength(7);
    expect(geometricStringsEs.claims).toHaveLength(geometricStringsEn.claims.length);
  });
});
