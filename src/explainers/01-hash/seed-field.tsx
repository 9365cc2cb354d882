/**
 * The visible, settable seed of an experiment: a labelled whole-number field (0..2^32-1) and a
 * "New seed" button. A bad entry is explained inline and the last good seed stays in use.
 */
import { useId, useState } from 'react';
import { useUrlParam } from '../../ui/url-state';
import { useHashStrings } from './strings';

export interface SeedFieldProps {
  seed: number;
  onSeed: (seed: number) => void;
  disabled?: boolean;
  testId: string;
}

function parseSeed(text: string): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= 0xffffffff ? value : null;
}

/** A seed kept in the page's link under `key`; a malformed value in the link falls back to 1. */
export function useUrlSeed(key: string): [number, (seed: number) => void] {
  const [text, setText] = useUrlParam(key, '1');
  return [parseSeed(text) ?? 1, (seed: number) => setText(String(seed))];
}

export function SeedField({ seed, onSeed, disabled, testId }: SeedFieldProps) {
  const t = useHashStrings();
  const id = useId();
  const [text, setText] = useState(String(seed));
  const [shownSeed, setShownSeed] = useState(seed);
  if (shownSeed !== seed) {
    // The seed changed from outside (New seed): show it.
    setShownSeed(seed);
    setText(String(seed));
  }
  const bad = parseSeed(text) === null;
  return (
    <div className="seed-field">
      <label htmlFor={id}>{t.seed}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="num"
        size={11}
        value={text}
        disabled={disabled}
        aria-invalid={bad}
        aria-describedby={`${id}-hint`}
        data-testid={testId}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseSeed(event.target.value);
          if (parsed !== null) {
            setShownSeed(parsed);
            onSeed(parsed);
          }
        }}
      />
      <button
        type="button"
        className="toggle"
        disabled={disabled}
        onClick={() => onSeed(crypto.getRandomValues(new Uint32Array(1))[0]!)}
      >
        {t.newSeed}
      </button>
      <span id={`${id}-hint`} className="hint" role={bad ? 'alert' : undefined}>
        {bad ? t.badSeed : t.seedHint}
      </span>
    </div>
  );
}
