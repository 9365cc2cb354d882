/** Chapter 12's string tables by language, for `useStrings(REAL_CHAIN_STRINGS)`. */
import { realChainStringsEn, type RealChainStrings } from './strings.en';
import { realChainStringsEs } from './strings.es';

export const REAL_CHAIN_STRINGS: Readonly<Record<'en' | 'es', RealChainStrings>> = {
  en: realChainStringsEn,
  es: realChainStringsEs,
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
