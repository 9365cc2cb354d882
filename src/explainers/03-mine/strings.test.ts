import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { mineStringsEn } from './strings.en';
import { mineStringsEs } from './strings.es';

describe('chapter 3 strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: mineStringsEn, es: mineStringsEs })).toEqual([]);
  });
});
