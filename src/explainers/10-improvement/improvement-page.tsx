/**
 * Case study 3, "Proof of Improvement": hook -> the design's claims, quoted -> what its
 * evaluator computes -> noise alone, timed live in a worker (mints per window, units, length,
 * labelled synthetic terms) -> their chain mined live, a forged record validated -> issuance
 * against the schedule -> what verification would need -> the lesson -> go deeper.
 */
import { useEffect, useState } from 'react';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { ChainWidget } from './chain-widget';
import { IssuanceWidget } from './issuance-widget';
import { NoiseWidget, type NoiseResult } from './noise-widget';
import { improvementProseEn } from './prose.en';
import { improvementProseEs } from './prose.es';
import { IMPROVEMENT_STRINGS } from './strings';
import '../../charts/chapter.css';
import './improvement.css';

export function ImprovementPage() {
  const t = useStrings(IMPROVEMENT_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? improvementProseEs : improvementProseEn;
  const [seedText, setSeedText] = useUrlParam('seed', '1');
  const [noise, setNoise] = useState<NoiseResult | null>(null);

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  // The design's first round jumps from the 0.5 start; the mean is over the noise mints after it.
  const later = noise ? noise.seconds.mintSums.slice(1) : [];
  const meanSum = noise
    ? later.length
      ? later.reduce((a, b) => a + b, 0) / later.length
      : 0
    : null;

  return (
    <article className="page chapter improvement">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.claims}
      {prose.evaluator}
      <NoiseWidget seedText={seedText} onSeedText={setSeedText} onResult={setNoise} />
      {prose.chainIntro}
      <ChainWidget records={noise ? noise.seconds.mintRecords : null} />
      {prose.issuanceIntro}
      <IssuanceWidget meanSum={meanSum} />
      {prose.verification}
      {prose.lesson}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
