import { describe, expect, it } from 'vitest';
import { AB_STRATEGY_IDS } from '../../core/experiments/swarm/strategy-ab';
import { translationProblems } from '../../ui/i18n/translation-check';
import { swarmProseEn } from './prose.en';
import { swarmProseEs } from './prose.es';
import { swarmStringsEn } from './strings.en';
import { swarmStringsEs } from './strings.es';

describe('swarm chapter strings and prose', () => {
  it('English and Spanish have the same keys, no empty string and the same placeholders', () => {
    expect(translationProblems({ en: swarmStringsEn, es: swarmStringsEs })).toEqual([]);
  });

  it('every paragraph of the prose exists in both languages', () => {
    expect(Object.keys(swarmProseEs).sort()).toEqual(Object.keys(swarmProseEn).sort());
    for (const value of [...Object.values(swarmProseEn), ...Object.values(swarmProseEs)]) {
      expect(value).toBeTruthy();
    }
  });

  it('names every strategy the A/B offers', () => {
    for (const id of AB_STRATEGY_IDS)
      expect(Object.keys(swarmStringsEn.strategies.names)).toContain(id);
  });
});
