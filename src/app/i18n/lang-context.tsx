/**
 * The current language as React context: `useLang()` gives the language and its setter,
 * `useT()` the dictionary, `useNumberFormat()` number formatters bound to the language.
 * The provider remembers the choice and keeps `<html lang>` in step.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Dictionary, Lang } from './dictionary';
import { en } from './en';
import { es } from './es';
import { initialLang, storeLang } from './lang-preference';
import { formatDecimal, formatInteger } from './number-format';

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

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

/** The dictionary of the current language. */
export function useT(): Dictionary {
  return DICTIONARIES[useLang().lang];
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
