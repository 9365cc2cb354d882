/**
 * Chapter 1, "The hash": hook, the playground (try it), one flip, then 10,000 flips and the
 * uniformity run, each with a bet before its reveal, the why, and "go deeper".
 */
import { useEffect, useMemo, useState } from 'react';
import { useLang } from '../../ui/i18n/lang-context';
import { AvalancheFlip } from './avalanche-flip';
import { AvalancheRun } from './avalanche-run';
import { HashPlayground } from './hash-playground';
import { parseInput, type InputMode } from './input-bytes';
import { hashProseEn } from './prose.en';
import { hashProseEs } from './prose.es';
import { useHashStrings } from './strings';
import { UniformityRun } from './uniformity-run';
import './hash.css';

export function HashPage() {
  const t = useHashStrings();
  const { lang } = useLang();
  const prose = lang === 'es' ? hashProseEs : hashProseEn;
  const [text, setText] = useState('abc');
  const [mode, setMode] = useState<InputMode>('text');
  const [bitIndex, setBitIndex] = useState(7);
  const parsed = useMemo(() => parseInput(text, mode), [text, mode]);

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter hash-chapter">
      <h1>{t.title}</h1>
      {prose.hook}
      <section aria-labelledby="playground-heading">
        <h2 id="playground-heading">{t.playground.heading}</h2>
        {prose.playgroundIntro}
        <HashPlayground
          text={text}
          mode={mode}
          onChange={(nextText, nextMode) => {
            setText(nextText);
            setMode(nextMode);
          }}
        />
      </section>
      <section aria-labelledby="flip-heading">
        <h2 id="flip-heading">{t.flip.heading}</h2>
        {prose.flipIntro}
        <AvalancheFlip
          input={parsed.ok ? parsed.bytes : null}
          bitIndex={bitIndex}
          onBitIndex={setBitIndex}
        />
      </section>
      <section aria-labelledby="avalanche-heading">
        <h2 id="avalanche-heading">{t.avalanche.heading}</h2>
        {prose.avalancheIntro}
        <AvalancheRun />
        {prose.avalancheWhy}
        <details className="deeper">
          <summary>{t.deeper}</summary>
          {prose.avalancheDeeper}
        </details>
      </section>
      <section aria-labelledby="uniformity-heading">
        <h2 id="uniformity-heading">{t.uniformity.heading}</h2>
        {prose.uniformityIntro}
        <UniformityRun />
        {prose.uniformityWhy}
        <details className="deeper">
          <summary>{t.deeper}</summary>
          {prose.uniformityDeeper}
        </details>
      </section>
    </article>
  );
}
