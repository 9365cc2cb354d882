/** The chapter's string tables by language, for `useStrings(BETS_STRINGS)`. */
import { betsStringsEn, type BetsStrings } from './strings.en';
import { betsStringsEs } from './strings.es';

export const BETS_STRINGS: Readonly<Record<'en' | 'es', BetsStrings>> = {
  en: betsStringsEn,
  es: betsStringsEs,
};
