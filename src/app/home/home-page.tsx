/** Home: the hook, who the site is for, the live speed demo, the lesson and the chapter plan. */
import { useLang } from '../../ui/i18n/lang-context';
import { useT } from '../i18n/use-t';
import { useDocumentTitle } from '../use-document-title';
import { ChapterList } from './chapter-list';
import { homeProseEn } from './prose.en';
import { homeProseEs } from './prose.es';
import { SpeedDemo } from './speed-demo';
import './home.css';

export function HomePage() {
  const t = useT();
  const { lang } = useLang();
  const prose = lang === 'es' ? homeProseEs : homeProseEn;
  useDocumentTitle(t.titles.home);
  return (
    <article className="page home">
      <h1>{t.home.hook}</h1>
      {prose.intro}
      {prose.audience}
      <SpeedDemo intro={prose.demoIntro} note={prose.demoNote} />
      <aside className="lesson" aria-labelledby="lesson-heading">
        <h2 id="lesson-heading" className="lesson-label">
          {t.home.lessonLabel}
        </h2>
        <p className="lesson-line">{t.home.lesson}</p>
        {prose.lessonWhy}
      </aside>
      <section aria-labelledby="chapters-heading">
        <h2 id="chapters-heading">{t.home.chaptersHeading}</h2>
        <p>{t.home.chaptersIntro}</p>
        <ChapterList />
      </section>
    </article>
  );
}
