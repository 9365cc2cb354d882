/**
 * The current language as React context: `useLang()` gives the language and its setter,
 * `useStrings()` picks a per-language string table, `useNumberFormat()` gives number formatters
 * bound to the language. The provider remembers the choice and keeps `<html lang>` in step.
 * Each page or chapter keeps its own typed string tables (one per language) next to it.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from './lang';
import { initialLang, storeLang } from './lang-preference';
import { formatDecimal, formatInteger } from './number-format';

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<LangState>(
    () => ({
      lang,
      setLang: (next) => {
        storeLang(next);
        setLangState(next);
      },
    }),
    [lang],
  );
  return <LangContext value={value}>{children}</LangContext>;
}

/** The current language and a setter that also remembers the choice. */
export function useLang(): LangState {
  const state = useContext(LangContext);
  if (!state) throw new Error('useLang() needs a <LangProvider> above it');
  return state;
}

/** The table of the current language out of one table per language. */
export function useStrings<T>(tables: Readonly<Record<Lang, T>>): T {
  return tables[useLang().lang];
}

/** Number formatters for the current language. */
export function useNumberFormat() {
  const { lang } = useLang();
  return useMemo(
    () => ({
      integer: (value: number) => formatInteger(lang, value),
      decimal: (value: number, fractionDigits: number) =>
        formatDecimal(lang, value, fractionDigits),
    }),
    [lang],
  );
}
