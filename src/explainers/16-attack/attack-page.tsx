/**
 * Chapter 16, "The majority attack" (issue 10 §4): hook -> choose q and z -> the reveal, the
 * paper's probability beside the exact one, and the chart over z -> race it yourself (seeded
 * simulation in a worker, with its interval) -> why the paper is off, what z = 6 means -> go
 * deeper (formulas, sources, the 0.1% table recomputed).
 */
import { useEffect, useMemo } from 'react';
import { compareAt } from '../../core/attack/exact';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { AttackChart } from './attack-chart';
import { parseConfirmationsText, parseShareText } from './attack-format';
import { attackProseEn } from './prose.en';
import { attackProseEs } from './prose.es';
import { RaceWidget } from './race-widget';
import { SettingsWidget } from './settings-widget';
import { ATTACK_STRINGS } from './strings';
import { ThresholdTable } from './threshold-table';
import '../../charts/chapter.css';

export function AttackPage() {
  const t = useStrings(ATTACK_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? attackProseEs : attackProseEn;
  const [qText, setQText] = useUrlParam('q', '0.1');
  const [zText, setZText] = useUrlParam('z', '6');
  const q = parseShareText(qText);
  const z = parseConfirmationsText(zText);
  const comparison = useMemo(() => (q === null || z === null ? null : compareAt(q, z)), [q, z]);

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter attack">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}
      <SettingsWidget
        qText={qText}
        zText={zText}
        onQText={setQText}
        onZText={setZText}
        q={q}
        z={z}
        comparison={comparison}
      />
      {q !== null && z !== null && <AttackChart q={q} z={z} />}
      {prose.simIntro}
      {q !== null && z !== null && <RaceWidget q={q} z={z} />}
      {prose.why}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
        <ThresholdTable />
      </details>
    </article>
  );
}
