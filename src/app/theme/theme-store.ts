/**
 * Light or dark: the reader's remembered choice, else the system's prefers-color-scheme (and
 * following it live while no choice is made). The theme is applied as `<html data-theme>`;
 * styles.css reads it through `color-scheme` and `light-dark()`.
 */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'nonce-sense.theme';
const listeners = new Set<() => void>();

function readStored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function systemQuery(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
}

let chosen: Theme | null = typeof localStorage !== 'undefined' ? readStored() : null;

/** The theme in effect now. */
export function currentTheme(): Theme {
  return chosen ?? (systemQuery()?.matches ? 'dark' : 'light');
}

/** Sets `<html data-theme>` to the theme in effect (call before the first render). */
export function applyTheme(): void {
  document.documentElement.dataset.theme = currentTheme();
}

/** Chooses a theme, remembers it and applies it. */
export function chooseTheme(theme: Theme): void {
  chosen = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage blocked: the choice lasts for this visit only.
  }
  applyTheme();
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: notified on a choice and on a system change. */
export function subscribeTheme(listener: () => void): () => void {
  const query = systemQuery();
  const onSystemChange = () => {
    if (chosen === null) applyTheme();
    listener();
  };
  listeners.add(listener);
  query?.addEventListener('change', onSystemChange);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', onSystemChange);
  };
}
