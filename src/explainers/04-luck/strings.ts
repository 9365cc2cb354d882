/** Chapter 4's string tables by language, for `useStrings(LUCK_STRINGS)`. */
import { luckStringsEn, type LuckStrings } from './strings.en';
import { luckStringsEs } from './strings.es';

export const LUCK_STRINGS: Readonly<Record<'en' | 'es', LuckStrings>> = {
  en: luckStringsEn,
  es: luckStringsEs,
};
