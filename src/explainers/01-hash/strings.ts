/** Chapter 1's string tables, one per language, and the hook that picks the current one. */
import { useStrings } from '../../ui/i18n/lang-context';
import { hashStringsEn } from './strings.en';
import { hashStringsEs } from './strings.es';

/** A string table's shape with its literal strings widened to `string`. */
export type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

export type HashStrings = Widen<typeof hashStringsEn>;

export const HASH_STRINGS = { en: hashStringsEn, es: hashStringsEs } satisfies Record<
  string,
  HashStrings
>;

/** Chapter 1's labels in the current language. */
export function useHashStrings(): HashStrings {
  return useStrings<HashStrings>(HASH_STRINGS);
}
