/**
 * Chapter 14, "Chain and tampering": hook -> build a real-format chain with the worker pool ->
 * edit a transaction and see that block and every later one fail, with the cost to repair in
 * hashes and in time at the measured rate, and Re-mine -> why -> two branches compared by
 * chainwork -> go deeper.
 */
import { useEffect } from 'react';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { fill } from '../../ui/i18n/lang';
import { useUrlParam } from '../../ui/url-state';
import { blockProof, workToHex } from '../../core/chain/chainwork';
import { bitsToHex, DIFFICULTY_1_BITS } from '../../core/hash/target';
import { Branches } from './branches';
import { ChainWidget } from './chain-widget';
import { chainBits, parseChainBits } from './chain-bits';
import { tamperingProseEn } from './prose.en';
import { tamperingProseEs } from './prose.es';
import { TAMPERING_STRINGS } from './strings';
import { useChainMiner } from './use-chain-miner';
import '../../charts/chapter.css';
import './tampering.css';

export function TamperingPage() {
  const t = useStrings(TAMPERING_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? tamperingProseEs : tamperingProseEn;
  const [bitsText, setBitsText] = useUrlParam('bits', '20');
  const zeroBits = parseChainBits(bitsText);
  const miner = useChainMiner(chainBits(zeroBits));

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  const genesisLine = fill(t.deeper.genesis, {
    bits: bitsToHex(DIFFICULTY_1_BITS),
    work: workToHex(blockProof(DIFFICULTY_1_BITS)),
  });

  return (
    <article className="page chapter tampering">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}
      <ChainWidget
        miner={miner}
        zeroBits={zeroBits}
        onZeroBits={(bits) => {
          setBitsText(String(bits));
          miner.setBits(chainBits(bits));
        }}
      />
      {prose.why}
      {prose.branchesIntro}
      <Branches />
      {prose.branchesWhy}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        <div data-testid="deeper-genesis">{prose.deeper(genesisLine)}</div>
      </details>
    </article>
  );
}
