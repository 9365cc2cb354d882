/** The nonce oracle chapter's string tables by language, for `useStrings(ORACLE_STRINGS)`. */
import { oracleStringsEn, type OracleStrings } from './strings.en';
import { oracleStringsEs } from './strings.es';

export const ORACLE_STRINGS: Readonly<Record<'en' | 'es', OracleStrings>> = {
  en: oracleStringsEn,
  es: oracleStringsEs,
};
