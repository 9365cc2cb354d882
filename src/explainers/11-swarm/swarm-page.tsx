/**
 * Case study 4, "The self-tuning swarm": hook -> the design's claim -> the honest A/B tuner on
 * this page's own miner (it raises hashes per second) -> why it works -> the neuro-log -> the
 * same A/B on nonce strategies (no difference in hits per hash) -> key-search odds as
 * arithmetic with a toy key space -> the lesson -> go deeper.
 */
import { useEffect, useState } from 'react';
import { parseSeedText } from '../../charts/seed-input';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { KeyOddsWidget } from './key-odds-widget';
import { NeuroLogPanel } from './neuro-log-panel';
import { swarmProseEn } from './prose.en';
import { swarmProseEs } from './prose.es';
import { StrategyAbWidget } from './strategy-ab-widget';
import { SWARM_STRINGS } from './strings';
import { TunerWidget } from './tuner-widget';
import { useSwarmTuner } from './use-swarm-tuner';
import '../../charts/chapter.css';
import './swarm.css';

export function SwarmPage() {
  const t = useStrings(SWARM_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? swarmProseEs : swarmProseEn;
  const tuner = useSwarmTuner();
  const [seedText, setSeedText] = useUrlParam('seed', '1');
  const [seed, setSeed] = useState(1);
  const parsed = parseSeedText(seedText);
  if (parsed !== null && parsed !== seed) setSeed(parsed);

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter swarm">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.claim}
      {prose.tryIt}
      <TunerWidget tuner={tuner} seedText={seedText} onSeedText={setSeedText} />
      {prose.why}
      <NeuroLogPanel events={tuner.state.events} seed={tuner.state.seed} />
      {prose.strategiesIntro}
      <StrategyAbWidget seed={seed} />
      {prose.keysIntro}
      <KeyOddsWidget seed={seed} />
      {prose.lesson}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
