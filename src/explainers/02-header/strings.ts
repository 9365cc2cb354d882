/** Chapter 2's string tables, one per language, and the hook that picks the current one. */
import { useStrings } from '../../ui/i18n/lang-context';
import { headerStringsEn } from './strings.en';
import { headerStringsEs } from './strings.es';

/** A string table's shape with its literal strings widened to `string`. */
export type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

export type HeaderStrings = Widen<typeof headerStringsEn>;

export const HEADER_STRINGS = { en: headerStringsEn, es: headerStringsEs } satisfies Record<
  string,
  HeaderStrings
>;

/** Chapter 2's labels in the current language. */
export function useHeaderStrings(): HeaderStrings {
  return useStrings<HeaderStrings>(HEADER_STRINGS);
}
