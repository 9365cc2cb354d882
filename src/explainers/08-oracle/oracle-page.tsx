/**
 * Case study 1, "The nonce oracle": the claims first, quoted as claims -> how a Monero miner
 * really works (hashing blob, RandomX, little-endian target) -> one run of the seven tests in a
 * worker (seed shown and settable, Stop, pause while hidden) -> each claim against its
 * measurement -> what genuinely helps a miner -> the lesson -> go deeper.
 */
import { useEffect } from 'react';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { MONERO_EXAMPLE, splitBlob } from './monero-example';
import { OracleResults } from './oracle-results';
import { OracleWidget } from './oracle-widget';
import { oracleProseEn } from './prose.en';
import { oracleProseEs } from './prose.es';
import { ORACLE_STRINGS } from './strings';
import { useOracleExperiment } from './use-oracle-experiment';
import '../../charts/chapter.css';
import './oracle.css';

function MoneroBlob() {
  const [before, nonce, after] = splitBlob(MONERO_EXAMPLE.hashingBlobHex);
  return (
    <p className="monero-blob num" data-testid="oracle-blob">
      <span>{before}</span>
      <mark className="nonce-bytes">{nonce}</mark>
      <span>{after}</span>
    </p>
  );
}

export function OraclePage() {
  const t = useStrings(ORACLE_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? oracleProseEs : oracleProseEn;
  const run = useOracleExperiment();
  const [seedText, setSeedText] = useUrlParam('seed', '1');
  const report = run.state.status === 'done' ? run.state.report : null;

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter oracle">
      <h1>{t.title}</h1>
      {prose.hook}
      <section className="claims" aria-labelledby="oracle-claims-h" data-testid="oracle-claims">
        <h2 id="oracle-claims-h">{t.claims.heading}</h2>
        <p>{t.claims.intro}</p>
        <ul>
          {t.claims.items.map((claim) => (
            // Paraphrases with the design's own words in quotation marks: no outer quotes.
            <li key={claim}>{claim}</li>
          ))}
        </ul>
        <p className="hint">{t.claims.note}</p>
      </section>
      {prose.monero}
      <MoneroBlob />
      {prose.tryIt}
      <OracleWidget run={run} seedText={seedText} onSeedText={setSeedText} />
      {report && <OracleResults report={report} prose={prose} />}
      {prose.helps}
      {prose.lesson}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
