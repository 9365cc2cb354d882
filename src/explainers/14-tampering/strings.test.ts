import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { tamperingStringsEn } from './strings.en';
import { tamperingStringsEs } from './strings.es';

describe('chapter 14 strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: tamperingStringsEn, es: tamperingStringsEs })).toEqual([]);
  });
});
