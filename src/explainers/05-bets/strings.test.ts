import { describe, expect, it } from 'vitest';
import { TOURNAMENT_STRATEGY_IDS } from '../../core/experiments/strategies';
import { translationProblems } from '../../ui/i18n/translation-check';
import { betsStringsEn } from './strings.en';
import { betsStringsEs } from './strings.es';

describe('"Place your bets" strings', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: betsStringsEn, es: betsStringsEs })).toEqual([]);
  });

  it('name every arm of the tournament', () => {
    for (const id of [...TOURNAMENT_STRATEGY_IDS, 'learnedModel']) {
      expect(Object.keys(betsStringsEn.names)).toContain(id);
    }
  });
});
