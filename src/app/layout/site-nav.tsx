/** The main navigation; the current page's link carries aria-current="page". */
import { Link, useLocation } from 'wouter';
import { useT } from '../i18n/use-t';

const ITEMS = [
  { href: '/', key: 'home' },
  { href: '/teach', key: 'teach' },
  { href: '/glossary', key: 'glossary' },
  { href: '/sources', key: 'sources' },
  { href: '/about', key: 'about' },
] as const;

export function SiteNav() {
  const t = useT();
  const [location] = useLocation();
  return (
    <nav aria-label={t.layout.navLabel} className="site-nav">
      <ul>
        {ITEMS.map(({ href, key }) => (
          <li key={key}>
            <Link href={href} aria-current={location === href ? 'page' : undefined}>
              {t.layout.nav[key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
