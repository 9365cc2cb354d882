/** The plan of the site: chapters that exist are links, the others are marked "coming soon". */
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { CHAPTER_PARTS, CHAPTER_ROUTES } from './chapters';

export function ChapterList() {
  const t = useT();
  const soon = <span className="badge">{t.home.comingSoon}</span>;
  return (
    <div className="chapter-parts">
      {CHAPTER_PARTS.map(({ part, items }) => (
        <section key={part} aria-labelledby={`part-${part}`} className="chapter-part">
          <h3 id={`part-${part}`}>{t.parts[part]}</h3>
          <ul className="chapter-list">
            {items.map((item) =>
              typeof item === 'string' ? (
                <li key={item}>
                  {CHAPTER_ROUTES[item] ? (
                    <Link href={CHAPTER_ROUTES[item]}>{t.chapters[item]}</Link>
                  ) : (
                    <>
                      {t.chapters[item]} {soon}
                    </>
                  )}
                </li>
              ) : (
                <li key={item.join()}>
                  {t.home.caseStudiesLabel}
                  <ul>
                    {item.map((key) => (
                      <li key={key}>
                        {CHAPTER_ROUTES[key] ? (
                          <q>
                            <Link href={CHAPTER_ROUTES[key]}>{t.chapters[key]}</Link>
                          </q>
                        ) : (
                          <>
                            <q>{t.chapters[key]}</q> {soon}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}
