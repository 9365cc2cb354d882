/** Chapter 16's string tables by language, for `useStrings(ATTACK_STRINGS)`. */
import { attackStringsEn, type AttackStrings } from './strings.en';
import { attackStringsEs } from './strings.es';

export const ATTACK_STRINGS: Readonly<Record<'en' | 'es', AttackStrings>> = {
  en: attackStringsEn,
  es: attackStringsEs,
};
