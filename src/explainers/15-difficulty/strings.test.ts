import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { difficultyStringsEn } from './strings.en';
import { difficultyStringsEs } from './strings.es';
import { fill } from './strings';

describe('chapter 15 strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: difficultyStringsEn, es: difficultyStringsEs })).toEqual([]);
  });
  it('fill replaces known placeholders and keeps unknown ones', () => {
    expect(fill('{a} of {b} {c}', { a: 1, b: 2 })).toBe('1 of 2 {c}');
  });
});
