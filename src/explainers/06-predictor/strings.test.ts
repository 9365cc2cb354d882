import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { predictorStringsEn } from './strings.en';
import { predictorStringsEs } from './strings.es';

describe('chapter 6 strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: predictorStringsEn, es: predictorStringsEs })).toEqual([]);
  });
});
