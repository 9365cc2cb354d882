/**
 * Chapter 3, "Mine a block": hook -> the real block -> place your bets and mine -> the reveal
 * with its interval -> why -> the scale ladder -> go deeper.
 */
import { useEffect, useMemo } from 'react';
import { fill } from '../../ui/i18n/lang';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { useGpu } from '../../ui/use-gpu';
import { useUrlParam } from '../../ui/url-state';
import { BlockFields } from './block-fields';
import { GpuStatusLine } from './gpu-status';
import { miningHeader, parseZeroBits } from './mining-header';
import { MineWidget } from './mine-widget';
import { mineProseEn } from './prose.en';
import { mineProseEs } from './prose.es';
import { ScaleLadder } from './scale-ladder';
import { MINE_STRINGS } from './strings';
import { useChapterBlocks } from './use-chapter-blocks';
import { useMineBlock } from './use-mine-block';
import '../../charts/chapter.css';
import './mine.css';

const DEFAULT_ZERO_BITS = 20;

export function MinePage() {
  const t = useStrings(MINE_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? mineProseEs : mineProseEn;
  const source = useChapterBlocks();
  const miner = useMineBlock();
  const gpu = useGpu();
  // The block and the difficulty ride in the link (`#/mine?height=170&zeroBits=24`) so a class
  // mines the same block at the same difficulty; a malformed value falls back to the default.
  const [zeroBitsText, setZeroBitsText] = useUrlParam('zeroBits', String(DEFAULT_ZERO_BITS));
  const zeroBits = parseZeroBits(zeroBitsText) ?? DEFAULT_ZERO_BITS;
  const setZeroBits = (bits: number) => setZeroBitsText(String(bits));
  const [heightText, setHeightText] = useUrlParam('height', '');
  const height = /^\d{1,7}$/.test(heightText) ? Number(heightText) : null;
  const setHeight = (next: number) => setHeightText(String(next));

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  const blocks = source.status === 'ready' ? source.blocks : [];
  const block = blocks.find((b) => b.height === height) ?? blocks[blocks.length - 1];
  const job = useMemo(
    () => (block ? miningHeader(block.header, zeroBits) : null),
    [block, zeroBits],
  );

  return (
    <article className="page chapter mine">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.blockIntro}
      {source.status === 'loading' && (
        <p className="loading" role="status">
          {t.block.loading}
        </p>
      )}
      {source.status === 'error' && (
        <p role="alert">{fill(t.block.loadError, { message: source.message })}</p>
      )}
      {source.status === 'ready' && block && job && (
        <>
          <BlockFields
            blocks={blocks}
            height={block.height}
            onHeight={setHeight}
            zeroBits={zeroBits}
            bits={job.bits}
            disabled={miner.active}
          />
          {prose.tryIt}
          <MineWidget miner={miner} job={job} zeroBits={zeroBits} onZeroBits={setZeroBits} />
          {prose.why}
          {prose.ladderIntro}
          <ScaleLadder
            measuredHashesPerSec={
              miner.state.measuredHashesPerSec > 0
                ? Math.max(miner.state.measuredHashesPerSec, gpu.trustedHashesPerSec)
                : 0
            }
            zeroBits={zeroBits}
            shareExpectedHashes={job.expectedHashes}
            newest={source.newest}
          />
          <GpuStatusLine
            gpu={gpu}
            block={block}
            cpuHashesPerSec={miner.state.measuredHashesPerSec}
          />
          {prose.ladderWhy}
        </>
      )}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
