/** The Proof of Improvement chapter's string tables by language. */
import { improvementStringsEn, type ImprovementStrings } from './strings.en';
import { improvementStringsEs } from './strings.es';

export const IMPROVEMENT_STRINGS: Readonly<Record<'en' | 'es', ImprovementStrings>> = {
  en: improvementStringsEn,
  es: improvementStringsEs,
};
