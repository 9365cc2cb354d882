import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { luckStringsEn } from './strings.en';
import { luckStringsEs } from './strings.es';

describe('chapter 4 strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: luckStringsEn, es: luckStringsEs })).toEqual([]);
  });
});
