import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../ui/i18n/translation-check';
import { HEADER_STRINGS } from './strings';

describe('chapter 2 strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems(HEADER_STRINGS)).toEqual([]);
  });
});
