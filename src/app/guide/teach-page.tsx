/** For teachers: three lesson plans of about 45 minutes, printable with their answers. */
import { useEffect } from 'react';
import { useLang } from '../../ui/i18n/lang-context';
import { useT } from '../i18n/use-t';
import { useDocumentTitle } from '../use-document-title';
import { ChapterLink } from './chapter-link';
import type { GuideLabels, LessonPlan } from './guide-prose';
import { guideProseEn } from './prose.en';
import { guideProseEs } from './prose.es';
import './guide.css';

/** Opens every collapsed answer on the page, so that print shows them. */
function openAllDetails(): void {
  document.querySelectorAll<HTMLDetailsElement>('.guide details').forEach((d) => {
    d.open = true;
  });
}

function Lesson({ plan, labels, n }: { plan: LessonPlan; labels: GuideLabels; n: number }) {
  const total = plan.steps.reduce((sum, step) => sum + step.minutes, 0);
  return (
    <section className="lesson-plan" aria-labelledby={plan.id} data-testid={`lesson-${plan.id}`}>
      <h2 id={plan.id}>
        {n}. {plan.title}
      </h2>
      <h3>{labels.goal}</h3>
      {plan.goal}
      <h3>{labels.prerequisites}</h3>
      {plan.prerequisites}
      <h3>{labels.timing}</h3>
      <div className="table-scroll">
        <table className="lesson-timing">
          <thead>
            <tr>
              <th scope="col">{labels.minutes}</th>
              <th scope="col">{labels.chapter}</th>
              <th scope="col">{labels.step}</th>
            </tr>
          </thead>
          <tbody>
            {plan.steps.map((step, i) => (
              <tr key={i}>
                <td className="num">{step.minutes}</td>
                <td>{step.route ? <ChapterLink route={step.route} /> : labels.noChapter}</td>
                <td>{step.what}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td className="num">{total}</td>
              <td colSpan={2}>{labels.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h3>{labels.activities}</h3>
      <ul>
        {plan.activities.map((a, i) => (
          <li key={i}>{a}</li>
        ))}
      </ul>
      <h3>{labels.questions}</h3>
      <ol className="lesson-questions">
        {plan.questions.map((qa, i) => (
          <li key={i}>
            {qa.q}
            <details>
              <summary>{labels.showAnswer}</summary>
              {qa.a}
            </details>
          </li>
        ))}
      </ol>
      <h3>{labels.misconceptions}</h3>
      <ul>
        {plan.misconceptions.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </section>
  );
}

export function TeachPage() {
  const t = useT();
  const { lang } = useLang();
  const prose = lang === 'es' ? guideProseEs : guideProseEn;
  const { labels } = prose;
  useDocumentTitle(t.titles.teach);
  useEffect(() => {
    addEventListener('beforeprint', openAllDetails);
    return () => removeEventListener('beforeprint', openAllDetails);
  }, []);
  return (
    <article className="page guide teach">
      <h1>{t.titles.teach}</h1>
      {prose.teachIntro}
      <p className="guide-print">
        <button
          type="button"
          className="button"
          data-testid="guide-print"
          onClick={() => {
            openAllDetails();
            print();
          }}
        >
          {labels.printButton}
        </button>{' '}
        <span className="note">{labels.printHint}</span>
      </p>
      <nav aria-label={labels.contents} className="guide-contents">
        <ol>
          {prose.lessons.map((plan) => (
            <li key={plan.id}>
              <a
                href={`#/teach`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(plan.id)?.scrollIntoView();
                }}
              >
                {plan.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {prose.lessons.map((plan, i) => (
        <Lesson key={plan.id} plan={plan} labels={labels} n={i + 1} />
      ))}
      <p>
        <a href="#/glossary">{labels.glossaryLink}</a>
      </p>
    </article>
  );
}
