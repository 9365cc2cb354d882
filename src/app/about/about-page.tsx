/** What the site is and what it promises. */
import { useLang } from '../../ui/i18n/lang-context';
import { useT } from '../i18n/use-t';
import { useDocumentTitle } from '../use-document-title';
import { aboutProseEn } from './prose.en';
import { aboutProseEs } from './prose.es';

export function AboutPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t.titles.about);
  return (
    <article className="page about">
      <h1>{t.titles.about}</h1>
      {lang === 'es' ? aboutProseEs : aboutProseEn}
    </article>
  );
}
