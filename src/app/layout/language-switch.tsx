/** EN / ES buttons; the pressed one is the language in use. */
import { useLang } from '../../ui/i18n/lang-context';
import { useT } from '../i18n/use-t';
import { LANGS } from '../../ui/i18n/lang';

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  return (
    <div role="group" aria-label={t.layout.languageLabel} className="segmented">
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === lang}
          title={t.layout.languageNames[option]}
          onClick={() => setLang(option)}
          data-testid={`lang-${option}`}
        >
          {/* The visible code stays part of the name ("EN English"), as WCAG 2.5.3 asks. */}
          {option.toUpperCase()}
          <span className="visually-hidden"> {t.layout.languageNames[option]}</span>
        </button>
      ))}
    </div>
  );
}
