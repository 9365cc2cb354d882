/** The site dictionary (navigation, home, sources, about) in the current language. */
import { useStrings } from '../../ui/i18n/lang-context';
import type { Dictionary } from './dictionary';
import { en } from './en';
import { es } from './es';

const DICTIONARIES = { en, es } satisfies Record<string, Dictionary>;

/** The dictionary of the current language. */
export function useT(): Dictionary {
  return useStrings<Dictionary>(DICTIONARIES);
}
