/**
 * Chapter 7, "Inside SHA-256: the positive control": hook -> the bet and the sweep over rounds
 * (run in a worker) -> the reveal with the smallest R inside the margin -> the ratio and AUC
 * charts -> why (where the nonce enters, why R = 4 leaks, why intervals count jobs) -> one
 * flipped bit round by round -> the lesson -> go deeper.
 */
import { useEffect, useState } from 'react';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { DiffusionWidget } from './diffusion-widget';
import { parseSeed } from './number-list';
import { insideProseEn } from './prose.en';
import { insideProseEs } from './prose.es';
import { INSIDE_STRINGS } from './strings';
import { SweepCharts } from './sweep-charts';
import { SweepWidget, type RoundsBet } from './sweep-widget';
import { useRoundControl } from './use-round-control';
import '../../charts/chapter.css';
import './inside.css';

export function InsidePage() {
  const t = useStrings(INSIDE_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? insideProseEs : insideProseEn;
  const sweep = useRoundControl();
  const [seedText, setSeedText] = useUrlParam('seed', '1');
  const [bet, setBet] = useState<RoundsBet | null>(null);
  const [lastSeed, setLastSeed] = useState(1);
  const parsed = parseSeed(seedText);
  if (parsed !== null && parsed !== lastSeed) setLastSeed(parsed);
  const report = sweep.state.report;

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter inside">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}
      <SweepWidget
        sweep={sweep}
        seedText={seedText}
        onSeedText={setSeedText}
        bet={bet}
        onBet={setBet}
      />
      {report && sweep.state.status === 'done' && <SweepCharts report={report} />}
      {prose.why}
      {prose.intervals}
      {prose.diffusionIntro}
      <DiffusionWidget seed={lastSeed} />
      {prose.diffusionWhy}
      {prose.lesson}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
