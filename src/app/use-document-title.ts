import { useEffect } from 'react';
import { useT } from './i18n/use-t';

/** Sets the tab title to "<page> · Nonce Sense" while the page is shown. */
export function useDocumentTitle(pageTitle: string): void {
  const siteName = useT().site.name;
  useEffect(() => {
    document.title = `${pageTitle} · ${siteName}`;
  }, [pageTitle, siteName]);
}
