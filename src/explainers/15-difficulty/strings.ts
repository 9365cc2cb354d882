/** Chapter 15's string tables by language, for `useStrings(DIFFICULTY_STRINGS)`. */
import { difficultyStringsEn, type DifficultyStrings } from './strings.en';
import { difficultyStringsEs } from './strings.es';

export const DIFFICULTY_STRINGS: Readonly<Record<'en' | 'es', DifficultyStrings>> = {
  en: difficultyStringsEn,
  es: difficultyStringsEs,
};

/** Replaces each {name} in a template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
