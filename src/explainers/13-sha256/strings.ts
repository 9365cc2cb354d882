/** Chapter 13's string tables by language, for `useStrings(SHA256_STRINGS)`. */
import { sha256StringsEn, type Sha256Strings } from './strings.en';
import { sha256StringsEs } from './strings.es';

export const SHA256_STRINGS: Readonly<Record<'en' | 'es', Sha256Strings>> = {
  en: sha256StringsEn,
  es: sha256StringsEs,
};
