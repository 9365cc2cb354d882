/** Chapter 14's string tables by language, for `useStrings(TAMPERING_STRINGS)`. */
import { tamperingStringsEn, type TamperingStrings } from './strings.en';
import { tamperingStringsEs } from './strings.es';

export const TAMPERING_STRINGS: Readonly<Record<'en' | 'es', TamperingStrings>> = {
  en: tamperingStringsEn,
  es: tamperingStringsEs,
};
