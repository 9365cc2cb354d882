/**
 * Chapter 13, "SHA-256 step by step": hook -> the reader's text (or the genesis header) ->
 * padding of the chosen block -> the 64 rounds with a stepper, every word on screen -> the
 * digest checked against @noble/hashes -> why -> go deeper. The trace of at most 1,000 bytes
 * takes well under a millisecond, so it runs on the main thread; nothing plays without a click.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { useCallback, useEffect, useMemo } from 'react';
import { bytesToHex, groupHex } from '../../core/hex';
import {
  SHA256_TRACE_MAX_BYTES,
  traceSha256,
  wordHex,
  type Sha256Trace,
} from '../../core/hash/sha256-trace';
import {
  NONCE_WORD_IN_SECOND_BLOCK,
  genesisHeaderBytes,
} from '../../core/hash/sha256-trace-genesis';
import { fill } from '../../ui/i18n/lang';
import { useLang, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { PaddingView } from './padding-view';
import { sha256ProseEn } from './prose.en';
import { sha256ProseEs } from './prose.es';
import { RoundDetail } from './round-detail';
import { LAST_STEP, RoundStepper, stepStatus } from './round-stepper';
import { ScheduleView } from './schedule-view';
import { StateView } from './state-view';
import { SHA256_STRINGS } from './strings';
import '../../charts/chapter.css';
import './sha256.css';

type Source = 'text' | 'genesis';

function clampInt(raw: string, low: number, high: number): number {
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(high, Math.max(low, n)) : low;
}

export function Sha256Page() {
  const t = useStrings(SHA256_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? sha256ProseEs : sha256ProseEn;
  const [sourceParam, setSource] = useUrlParam('input', 'text');
  const source: Source = sourceParam === 'genesis' ? 'genesis' : 'text';
  const [text, setText] = useUrlParam('text', 'abc');
  const [blockParam, setBlock] = useUrlParam('block', '0');
  const [stepParam, setStepParam] = useUrlParam('step', '0');

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  const message = useMemo(
    () => (source === 'genesis' ? genesisHeaderBytes() : new TextEncoder().encode(text)),
    [source, text],
  );
  const tooLong = message.length > SHA256_TRACE_MAX_BYTES;
  const trace: Sha256Trace | null = useMemo(
    () => (tooLong ? null : traceSha256(message)),
    [message, tooLong],
  );
  const nobleHex = useMemo(() => (tooLong ? '' : bytesToHex(sha256(message))), [message, tooLong]);

  const blockCount = trace?.blocks.length ?? 0;
  const blockIndex = clampInt(blockParam, 0, Math.max(0, blockCount - 1));
  const step = clampInt(stepParam, 0, LAST_STEP);
  const onStep = useCallback((next: number) => setStepParam(String(next)), [setStepParam]);
  const block = trace?.blocks[blockIndex];
  const status = stepStatus(t, step, blockIndex);
  const digestHex = trace ? bytesToHex(trace.digest) : '';
  const markedWord = source === 'genesis' && blockIndex === 1 ? NONCE_WORD_IN_SECOND_BLOCK : null;

  return (
    <article className="page chapter sha256">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}

      <section className="widget" aria-labelledby="sha-input-heading">
        <h2 id="sha-input-heading">{t.input.heading}</h2>
        <fieldset className="sha-source">
          <legend>{t.input.source}</legend>
          {(['text', 'genesis'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="sha-source"
                value={value}
                checked={source === value}
                data-testid={`sha-source-${value}`}
                onChange={() => {
                  setSource(value);
                  setBlock(value === 'genesis' ? '1' : '0');
                  setStepParam('0');
                }}
              />{' '}
              {value === 'text' ? t.input.text : t.input.genesis}
            </label>
          ))}
        </fieldset>
        {source === 'text' ? (
          <div className="sha-text-field">
            <label htmlFor="sha-text">{t.input.textLabel}</label>
            <textarea
              id="sha-text"
              data-testid="sha-text"
              rows={3}
              value={text}
              aria-invalid={tooLong}
              aria-describedby="sha-size"
              onChange={(event) => setText(event.target.value)}
            />
          </div>
        ) : (
          <p>{t.input.genesisNote}</p>
        )}
        <p
          id="sha-size"
          data-testid={tooLong ? 'sha-error' : 'sha-size'}
          role={tooLong ? 'alert' : undefined}
        >
          {tooLong
            ? fill(t.input.tooLong, { bytes: message.length, max: SHA256_TRACE_MAX_BYTES })
            : fill(t.input.size, { bytes: message.length, blocks: blockCount })}
        </p>
      </section>

      {trace && block && (
        <>
          <section className="widget" aria-labelledby="sha-padding-heading">
            <h2 id="sha-padding-heading">{t.padding.heading}</h2>
            <div className="field">
              <label htmlFor="sha-block">{t.padding.block}</label>
              <select
                id="sha-block"
                data-testid="sha-block"
                value={blockIndex}
                onChange={(event) => {
                  setBlock(event.target.value);
                  setStepParam('0');
                }}
              >
                {trace.blocks.map((_, i) => (
                  <option key={i} value={i}>
                    {fill(t.padding.blockOption, { n: i + 1, total: blockCount })}
                  </option>
                ))}
              </select>
            </div>
            <PaddingView
              bytes={block.bytes}
              blockIndex={blockIndex}
              messageBytes={trace.messageBytes}
              paddedBytes={trace.padded.length}
            />
          </section>

          <section className="widget sha-rounds" aria-labelledby="sha-rounds-heading">
            <h2 id="sha-rounds-heading">{t.stepper.heading}</h2>
            <RoundStepper step={step} onStep={onStep} status={status} />
            <div className="sha-rounds-grid">
              <div>
                <RoundDetail block={block} round={step > 0 ? step - 1 : null} />
                <StateView
                  state={block.states[step]!}
                  previous={step > 0 ? block.states[step - 1]! : null}
                />
              </div>
              <ScheduleView
                schedule={block.schedule}
                currentRound={step > 0 ? step - 1 : null}
                markedWord={markedWord}
              />
            </div>
          </section>

          <section className="widget" aria-labelledby="sha-digest-heading">
            <h2 id="sha-digest-heading">{t.digest.heading}</h2>
            <dl className="sha-digest">
              <dt>{fill(t.digest.blockOut, { n: blockIndex + 1 })}</dt>
              <dd>
                <code data-testid="sha-block-out">{block.hashOut.map(wordHex).join(' ')}</code>
              </dd>
              <dt>{t.digest.digest}</dt>
              <dd>
                <code data-testid="sha-digest">{groupHex(digestHex)}</code>
              </dd>
              <dt>{t.digest.noble}</dt>
              <dd>
                <code data-testid="sha-digest-noble">{groupHex(nobleHex)}</code>
              </dd>
            </dl>
            <p className="reveal" data-testid="sha-digest-match">
              {digestHex === nobleHex ? `✓ ${t.digest.match}` : `✗ ${t.digest.mismatch}`}
            </p>
          </section>
        </>
      )}

      {prose.why}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}
