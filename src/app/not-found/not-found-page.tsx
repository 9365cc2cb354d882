/** Shown for any unknown route, with a way home. */
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { useDocumentTitle } from '../use-document-title';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t.titles.notFound);
  return (
    <article className="page not-found" data-testid="not-found">
      <h1>{t.notFound.heading}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <Link href="/">{t.notFound.backHome}</Link>
      </p>
    </article>
  );
}
