import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { attackStringsEn } from './strings.en';
import { attackStringsEs } from './strings.es';

describe('chapter 16 strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: attackStringsEn, es: attackStringsEs })).toEqual([]);
  });
});
