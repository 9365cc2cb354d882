/** The chapter's string tables by language, for `useStrings(GEOMETRIC_STRINGS)`. */
import { geometricStringsEn, type GeometricStrings } from './strings.en';
import { geometricStringsEs } from './strings.es';

export const GEOMETRIC_STRINGS: Readonly<Record<'en' | 'es', GeometricStrings>> = {
  en: geometricStringsEn,
  es: geometricStringsEs,
};
