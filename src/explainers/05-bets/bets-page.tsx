/**
 * Part II, "Place your bets": hook -> make and lock a bet -> the reveal on real hashes with its
 * interval -> why -> the tournament of 20 strategies (chance winners, the re-test, Holm, the
 * positive control) -> why -> go deeper. The real winning nonces (for one strategy) load with
 * the page's data file.
 */
import { useEffect, useMemo } from 'react';
import { realWinningNonces } from '../../core/data/real-nonces';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { useRealHeaders } from '../../ui/use-real-headers';
import { BetWidget, type RealNoncesState } from './bet-widget';
import { betsProseEn } from './prose.en';
import { betsProseEs } from './prose.es';
import { BETS_STRINGS } from './strings';
import { TournamentWidget } from './tournament-widget';
import { useStrategyExperiment } from './use-strategy-experiment';
import '../../charts/chapter.css';
import './bets.css';

export function BetsPage() {
  const t = useStrings(BETS_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? betsProseEs : betsProseEn;
  const headers = useRealHeaders();
  const betExperiment = useStrategyExperiment();
  const tournamentExperiment = useStrategyExperiment();
  const real = useMemo<RealNoncesState>(
    () =>
      headers.status === 'ready'
        ? { status: 'ready', nonces: Array.from(realWinningNonces(headers.file)) }
        : headers.status === 'error'
          ? { status: 'error', nonces: null, message: headers.message }
          : { status: 'loading', nonces: null },
    [headers],
  );

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter bets-chapter">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}
      <BetWidget experiment={betExperiment} real={real} />
      {prose.why}
      {prose.tournamentIntro}
      <TournamentWidget experiment={tournamentExperiment} real={real} />
      {prose.tournamentWhy}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
