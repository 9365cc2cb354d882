/**
 * Loading real headers from the bundled file: the genesis block, a "random real block" picked
 * by a visible, settable seed, or a block by height (a missing height names the nearest
 * bundled ones). Problems are explained inline; nothing throws.
 */
import { useId, useState } from 'react';
import { lookUpHeight, randomRecordIndex } from '../../core/data/header-lookup';
import { hexToBytes } from '../../core/hex';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { useRealHeaders } from '../../ui/use-real-headers';
import { useUrlParam } from '../../ui/url-state';
import { GENESIS_HEADER_HEX } from './genesis';
import { useHeaderStrings } from './strings';

/** Where the header on the page came from. */
export type HeaderOrigin =
  | { kind: 'height'; height: number }
  | { kind: 'random'; height: number; seed: number }
  | { kind: 'edited' };

export interface BlockLoaderProps {
  origin: HeaderOrigin;
  onLoad: (bytes: Uint8Array, origin: HeaderOrigin) => void;
}

function parseWhole(text: string, max: number): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= max ? value : null;
}

export function BlockLoader({ origin, onLoad }: BlockLoaderProps) {
  const t = useHeaderStrings();
  const format = useNumberFormat();
  const id = useId();
  const headers = useRealHeaders();
  const [seedText, setSeedText] = useUrlParam('blockSeed', '1');
  const [heightText, setHeightText] = useUrlParam('height', '30000');
  const [heightProblem, setHeightProblem] = useState<string | null>(null);
  const seed = parseWhole(seedText, 0xffffffff);
  const file = headers.status === 'ready' ? headers.file : null;

  const loadIndex = (index: number, next: HeaderOrigin) => {
    if (!file) return;
    // Copy: the file's headers are views into one shared buffer.
    onLoad(file.headers[index]!.slice(), next);
  };

  const loadHeight = () => {
    setHeightProblem(null);
    const height = parseWhole(heightText, 0xffffffff);
    if (height === null) {
      setHeightProblem(t.loader.badHeight);
      return;
    }
    if (!file) return;
    const found = lookUpHeight(file, height);
    if (found.found) {
      loadIndex(found.index, { kind: 'height', height });
      return;
    }
    const nearest = [
      found.below === null
        ? null
        : fill(t.loader.nearestBelow, { height: format.integer(found.below) }),
      found.above === null
        ? null
        : fill(t.loader.nearestAbove, { height: format.integer(found.above) }),
    ].filter((text) => text !== null);
    setHeightProblem(
      fill(t.loader.notBundled, {
        height: format.integer(height),
        count: format.integer(file.count),
        nearest: nearest.join(', '),
      }),
    );
  };

  return (
    <div className="block-loader">
      <h3>{t.loader.heading}</h3>
      <div className="control-row">
        <button
          type="button"
          className="button"
          data-testid="load-genesis"
          onClick={() => {
            setHeightProblem(null);
            onLoad(hexToBytes(GENESIS_HEADER_HEX), { kind: 'height', height: 0 });
          }}
        >
          {t.loader.genesis}
        </button>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-seed`}>{t.loader.seed}</label>
        <input
          id={`${id}-seed`}
          type="text"
          inputMode="numeric"
          className="num"
          size={11}
          value={seedText}
          aria-invalid={seed === null}
          aria-describedby={`${id}-seed-hint`}
          data-testid="random-seed"
          onChange={(event) => setSeedText(event.target.value)}
        />
        <button
          type="button"
          className="toggle"
          onClick={() => setSeedText(String(crypto.getRandomValues(new Uint32Array(1))[0]!))}
        >
          {t.loader.newSeed}
        </button>
        <button
          type="button"
          className="button"
          data-testid="load-random"
          disabled={!file || seed === null}
          onClick={() => {
            if (!file || seed === null) return;
            setHeightProblem(null);
            const index = randomRecordIndex(seed, file.count);
            loadIndex(index, { kind: 'random', height: file.heights[index]!, seed });
          }}
        >
          {t.loader.random}
        </button>
        <span
          id={`${id}-seed-hint`}
          className="hint seed-hint"
          role={seed === null ? 'alert' : undefined}
        >
          {seed === null ? t.loader.badSeed : t.loader.seedHint}
        </span>
      </div>
      <form
        className="control-row"
        onSubmit={(event) => {
          event.preventDefault();
          loadHeight();
        }}
      >
        <label htmlFor={`${id}-height`}>{t.loader.height}</label>
        <input
          id={`${id}-height`}
          type="text"
          inputMode="numeric"
          className="num"
          size={9}
          value={heightText}
          aria-describedby={`${id}-height-problem`}
          data-testid="load-height-input"
          onChange={(event) => setHeightText(event.target.value)}
        />
        <button type="submit" className="button" disabled={!file} data-testid="load-height">
          {t.loader.loadHeight}
        </button>
      </form>
      <p id={`${id}-height-problem`} className="loader-status">
        {heightProblem ? (
          <span role="alert" className="problem" data-testid="height-problem">
            {heightProblem}
          </span>
        ) : headers.status === 'loading' ? (
          <span className="note">{t.loader.loading}</span>
        ) : headers.status === 'error' ? (
          <span role="alert" className="problem">
            {fill(t.loader.loadFailed, { message: headers.message })}
          </span>
        ) : (
          <span className="note">
            {fill(t.loader.available, { count: format.integer(headers.file.count) })}
          </span>
        )}
      </p>
      <p className="loaded" data-testid="loaded-origin" aria-live="polite">
        {origin.kind === 'edited'
          ? t.loader.edited
          : origin.kind === 'random'
            ? fill(t.loader.loadedRandom, {
                height: format.integer(origin.height),
                seed: origin.seed,
              })
            : fill(t.loader.loaded, { height: format.integer(origin.height) })}
      </p>
    </div>
  );
}
