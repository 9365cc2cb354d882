/** Credits for the bundled data and the app's own licence. */
import { useLang } from '../../ui/i18n/lang-context';
import { useT } from '../i18n/use-t';
import { useDocumentTitle } from '../use-document-title';
import { BITCOIN_SOURCES, SHA256_VECTOR_SOURCES } from './bitcoin-sources';
import { sourcesProseEn } from './prose.en';
import { sourcesProseEs } from './prose.es';
import { SourceList } from './source-list';
import './sources.css';

export function SourcesPage() {
  const t = useT();
  const { lang } = useLang();
  const prose = lang === 'es' ? sourcesProseEs : sourcesProseEn;
  useDocumentTitle(t.titles.sources);
  return (
    <article className="page sources">
      <h1>{t.titles.sources}</h1>
      {prose.intro}
      <section aria-labelledby="bitcoin-sources">
        <h2 id="bitcoin-sources">{prose.bitcoinHeading}</h2>
        {prose.bitcoinIntro}
        <SourceList sources={BITCOIN_SOURCES} testId="bitcoin-sources" />
        {prose.licenceFootnote}
      </section>
      <section aria-labelledby="sha256-sources">
        <h2 id="sha256-sources">{prose.sha256Heading}</h2>
        {prose.sha256Intro}
        <SourceList sources={SHA256_VECTOR_SOURCES} testId="sha256-sources" />
      </section>
      <section aria-labelledby="app-licence">
        <h2 id="app-licence">{prose.appHeading}</h2>
        {prose.appLicence}
      </section>
    </article>
  );
}
