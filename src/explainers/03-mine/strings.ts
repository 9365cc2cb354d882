/** Chapter 3's string tables by language, for `useStrings(MINE_STRINGS)`. */
import { mineStringsEn, type MineStrings } from './strings.en';
import { mineStringsEs } from './strings.es';

export const MINE_STRINGS: Readonly<Record<'en' | 'es', MineStrings>> = {
  en: mineStringsEn,
  es: mineStringsEs,
};
