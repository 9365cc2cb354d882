/**
 * Which language to show: the reader's remembered choice, else the browser's language
 * (any "es..." tag gives Spanish), else English.
 */
import type { Lang } from './lang';

const STORAGE_KEY = 'nonce-sense.lang';

/** The language for a BCP 47 tag such as navigator.language: "es-AR" -> es, anything else -> en. */
export function langFromTag(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The remembered choice, or null (also when storage is blocked). */
export function readStoredLang(): Lang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'es' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the choice; storage may be blocked, in which case it only lasts this visit. */
export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice simply is not remembered.
  }
}

/** The language to start with in this browser. */
export function initialLang(): Lang {
  return (
    readStoredLang() ?? langFromTag(typeof navigator !== 'undefined' ? navigator.language : null)
  );
}
