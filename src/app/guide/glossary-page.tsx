/**
 * The glossary: short plain definitions, alphabetical in the reader's language, each with a
 * link to the chapter that shows it. Routing is by hash, so a term is addressed as
 * `#/glossary?term=nonce`; the page scrolls to it and focuses it.
 */
import { useEffect, useMemo } from 'react';
import { useLang } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { useT } from '../i18n/use-t';
import { useDocumentTitle } from '../use-document-title';
import { ChapterLink } from './chapter-link';
import type { GlossaryEntry } from './guide-prose';
import { guideProseEn } from './prose.en';
import { guideProseEs } from './prose.es';
import './guide.css';

/** The entries sorted by term, as the language sorts them. */
export function sortedGlossary(entries: readonly GlossaryEntry[], lang: string): GlossaryEntry[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...entries].sort((a, b) => collator.compare(a.term, b.term));
}

export const glossaryAnchor = (id: string) => `term-${id}`;

export function GlossaryPage() {
  const t = useT();
  const { lang } = useLang();
  const prose = lang === 'es' ? guideProseEs : guideProseEn;
  const entries = useMemo(() => sortedGlossary(prose.glossary, lang), [prose, lang]);
  const [term, setTerm] = useUrlParam('term', '');
  useDocumentTitle(t.titles.glossary);
  useEffect(() => {
    if (!term) return;
    const target = document.getElementById(glossaryAnchor(term));
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [term, lang]);
  return (
    <article className="page guide glossary">
      <h1>{t.titles.glossary}</h1>
      {prose.glossaryIntro}
      <nav aria-label={prose.labels.glossaryIndex} className="glossary-index">
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a
                href={`#/glossary?term=${entry.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  setTerm(entry.id);
                }}
              >
                {entry.term}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="glossary-list">
        {entries.map((entry) => (
          <div key={entry.id} className="glossary-entry" data-testid={`glossary-${entry.id}`}>
            <dt id={glossaryAnchor(entry.id)} tabIndex={-1}>
              {entry.term}
            </dt>
            <dd>
              {entry.definition}{' '}
              <span className="glossary-see">
                {prose.labels.seeChapter} <ChapterLink route={entry.route} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
