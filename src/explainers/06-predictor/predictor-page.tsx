/**
 * Chapter 6, "Bring your own predictor": hook -> write or pick a predictor and run it (the
 * sandbox, then real hashing against the counter) -> the reveal with the ratio and its interval
 * -> why no function beats the counter -> how the sandbox works -> go deeper.
 */
import { useEffect } from 'react';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { PredictorWidget } from './predictor-widget';
import { predictorProseEn } from './prose.en';
import { predictorProseEs } from './prose.es';
import { PREDICTOR_STRINGS } from './strings';
import '../../charts/chapter.css';
import './predictor.css';

export function PredictorPage() {
  const t = useStrings(PREDICTOR_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? predictorProseEs : predictorProseEn;

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter predictor-chapter">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}
      <PredictorWidget />
      {prose.why}
      {prose.sandbox}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
