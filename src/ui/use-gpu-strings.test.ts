import { describe, expect, it } from 'vitest';
import { translationProblems } from './i18n/translation-check';
import { gpuStringsEn, gpuStringsEs } from './use-gpu-strings';

describe('GPU status strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: gpuStringsEn, es: gpuStringsEs })).toEqual([]);
  });
});
