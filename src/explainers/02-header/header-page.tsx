/**
 * Chapter 2, "The block header and the target": hook, the 80 bytes as fields over a hex grid
 * (load real blocks, edit anything), then a bet and the live verification (hash <= target,
 * drawn), then a bet and the difficulty slider in bits; each with its why and "go deeper".
 */
import { useEffect, useState } from 'react';
import { hexToBytes } from '../../core/hex';
import { useLang } from '../../ui/i18n/lang-context';
import { BlockLoader, type HeaderOrigin } from './block-loader';
import { DifficultySlider } from './difficulty-slider';
import { GENESIS_HEADER_HEX } from './genesis';
import { HeaderEditor } from './header-editor';
import { NonceBetWidget } from './nonce-bet';
import { headerProseEn } from './prose.en';
import { headerProseEs } from './prose.es';
import { useHeaderStrings } from './strings';
import { VerifyPanel } from './verify-panel';
import './header.css';

export function HeaderPage() {
  const t = useHeaderStrings();
  const { lang } = useLang();
  const prose = lang === 'es' ? headerProseEs : headerProseEn;
  const [bytes, setBytes] = useState(() => hexToBytes(GENESIS_HEADER_HEX));
  const [origin, setOrigin] = useState<HeaderOrigin>({ kind: 'height', height: 0 });
  const edit = (next: Uint8Array) => {
    setBytes(next);
    setOrigin({ kind: 'edited' });
  };

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  return (
    <article className="page chapter header-chapter">
      <h1>{t.title}</h1>
      {prose.hook}
      <section aria-labelledby="editor-heading">
        <h2 id="editor-heading">{t.editor.heading}</h2>
        {prose.editorIntro}
        <div className="widget">
          <BlockLoader
            origin={origin}
            onLoad={(next, nextOrigin) => {
              setBytes(next);
              setOrigin(nextOrigin);
            }}
          />
          <HeaderEditor bytes={bytes} onBytes={edit} />
        </div>
        {prose.littleEndian}
      </section>
      <section aria-labelledby="verify-heading">
        <h2 id="verify-heading">{t.verify.heading}</h2>
        {prose.verifyIntro}
        <div className="widget">
          <VerifyPanel bytes={bytes} />
          <NonceBetWidget bytes={bytes} onBytes={edit} />
        </div>
        {prose.verifyWhy}
        <details className="deeper">
          <summary>{t.deeper}</summary>
          {prose.verifyDeeper}
        </details>
      </section>
      <section aria-labelledby="slider-heading">
        <h2 id="slider-heading">{t.slider.heading}</h2>
        {prose.sliderIntro}
        <DifficultySlider />
        {prose.sliderWhy}
        <details className="deeper">
          <summary>{t.deeper}</summary>
          {prose.sliderDeeper}
        </details>
      </section>
    </article>
  );
}
