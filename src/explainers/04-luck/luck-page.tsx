/**
 * Chapter 4, "Luck": hook -> bet and run real races -> the reveal with the interval -> charts
 * of the reader's own tries against the geometric law -> why -> memorylessness on the same
 * data -> solo versus pool (simulated from the measured rate) -> go deeper.
 */
import { useDeferredValue, useEffect } from 'react';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { AttemptsCharts } from './attempts-charts';
import { Memoryless } from './memoryless';
import { luckProseEn } from './prose.en';
import { luckProseEs } from './prose.es';
import { RacesWidget } from './races-widget';
import { SoloVsPool } from './solo-vs-pool';
import { LUCK_STRINGS } from './strings';
import { useLuckRaces } from './use-luck-races';
import '../../charts/chapter.css';
import './luck.css';

export function LuckPage() {
  const t = useStrings(LUCK_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? luckProseEs : luckProseEn;
  const races = useLuckRaces();
  const { state } = races;
  const job = state.job;
  // The charts, the memorylessness check and the solo/pool simulation follow the races at low
  // priority: React renders them in slices that yield and skips values it could not draw in
  // time. Measured in a 3x CPU-throttled Chromium: re-rendering them with every finished race
  // (and re-simulating solo/pool with every rate update) made tasks of 100-175 ms while racing.
  const tries = useDeferredValue(state.tries);
  const rate = useDeferredValue(state.measuredHashesPerSec);

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter luck">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}
      <RacesWidget races={races} />
      {job && tries.length > 0 && <AttemptsCharts tries={tries} p={job.p} />}
      {prose.why}
      {prose.memoryIntro}
      <Memoryless tries={tries} p={job && tries.length > 0 ? job.p : null} />
      {prose.memoryWhy}
      {prose.varianceIntro}
      <SoloVsPool hashesPerSec={rate} seed={job?.seed ?? null} />
      {prose.varianceWhy}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
