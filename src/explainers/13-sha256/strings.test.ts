import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { sha256ProseEn } from './prose.en';
import { sha256ProseEs } from './prose.es';
import { sha256StringsEn } from './strings.en';
import { sha256StringsEs } from './strings.es';

describe('chapter 13 strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: sha256StringsEn, es: sha256StringsEs })).toEqual([]);
  });

  it('the prose has the same sections in both languages', () => {
    expect(Object.keys(sha256ProseEs).sort()).toEqual(Object.keys(sha256ProseEn).sort());
  });
});
