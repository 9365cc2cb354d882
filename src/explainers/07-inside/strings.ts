/** Chapter 7's string tables by language, for `useStrings(INSIDE_STRINGS)`. */
import { insideStringsEn, type InsideStrings } from './strings.en';
import { insideStringsEs } from './strings.es';

export const INSIDE_STRINGS: Readonly<Record<'en' | 'es', InsideStrings>> = {
  en: insideStringsEn,
  es: insideStringsEs,
};
