/**
 * Page frame: skip link, header (name, navigation, language and theme), the main landmark and a
 * footer. After a route change the main region takes focus and the page scrolls to the top, so
 * keyboard and screen-reader users start at the new content.
 */
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../i18n/use-t';
import { ThemeToggle } from '../theme/theme-toggle';
import { LanguageSwitch } from './language-switch';
import { SiteNav } from './site-nav';
import './layout.css';

export function SiteLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const [location] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstLocation = useRef(location);

  useEffect(() => {
    if (location === firstLocation.current) return;
    firstLocation.current = '';
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location]);

  // A plain "#main" link would change the hash route, so the skip link moves focus itself.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.layout.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href="/" className="site-name">
            {t.site.name}
          </Link>
          <SiteNav />
          <div className="site-controls">
            <LanguageSwitch />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t.site.name}: {t.site.tagline}
        </p>
        <p>
          {t.layout.footerLicence} {t.layout.footerPrivacy}
        </p>
      </footer>
    </>
  );
}
