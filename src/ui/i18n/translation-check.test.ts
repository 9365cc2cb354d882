import { describe, expect, it } from 'vitest';
import { translationProblems } from './translation-check';

describe('translationProblems(tables)', () => {
  it('finds nothing when both languages have the same keys and placeholders', () => {
    expect(translationProblems({ en: { a: 'x {n}' }, es: { a: 'y {n}' } })).toEqual([]);
  });

  it('reports a key missing at any depth, an empty string and differing placeholders', () => {
    expect(
      translationProblems({
        en: { a: { b: 'x', c: 'y' }, d: '{n}' },
        es: { a: { b: ' ' }, d: '' },
      }),
    ).toEqual([
      'es: missing a.c',
      'en/es: {placeholders} differ in d',
      'es: a.b is empty or not text',
      'es: d is empty or not text',
      'es/en: {placeholders} differ in d',
    ]);
  });
});
