/**
 * The playground: type text or hex and see SHA-256 and SHA-256d change as you type, with the
 * input's size in bytes and bits and the digest as 256 bits. Small inputs hash on the main
 * thread (microseconds); a large paste or a file goes to the worker (large-input.tsx).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { useId, useMemo, useState } from 'react';
import { GroupedHash } from '../../charts/grouped-hash';
import { bytesToHex } from '../../core/hex';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import type { DigestSource } from '../../workers/hash-lab-protocol';
import { BitGrid } from './bit-grid';
import { parseInput, type InputMode } from './input-bytes';
import { LARGE_INPUT_CHARS, LargeInput } from './large-input';
import { useHashStrings } from './strings';

export interface HashPlaygroundProps {
  text: string;
  mode: InputMode;
  onChange: (text: string, mode: InputMode) => void;
}

export function HashPlayground({ text, mode, onChange }: HashPlaygroundProps) {
  const t = useHashStrings();
  const format = useNumberFormat();
  const id = useId();
  const [large, setLarge] = useState<DigestSource | null>(null);
  const parsed = useMemo(() => parseInput(text, mode), [text, mode]);
  const digests = useMemo(() => {
    if (!parsed.ok) return null;
    const first = sha256(parsed.bytes);
    return { first, sha256Hex: bytesToHex(first), sha256dHex: bytesToHex(sha256(first)) };
  }, [parsed]);
  const zeros = (bits: number) => fill(t.playground.zeros, { bits: format.integer(bits) });

  return (
    <div className="widget playground">
      <fieldset className="mode">
        <legend>{t.playground.modeLabel}</legend>
        {(['text', 'hex'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === value}
              onChange={() => onChange(text, value)}
              data-testid={`mode-${value}`}
            />{' '}
            {value === 'text' ? t.playground.modeText : t.playground.modeHex}
          </label>
        ))}
      </fieldset>
      {large ? (
        <LargeInput source={large} onClear={() => setLarge(null)} />
      ) : (
        <>
          <label htmlFor={id} className="block-label">
            {t.playground.input}
          </label>
          <textarea
            id={id}
            rows={3}
            spellCheck={false}
            value={text}
            data-testid="hash-input"
            aria-describedby={`${id}-size`}
            onChange={(event) => onChange(event.target.value, mode)}
            onPaste={(event) => {
              const pasted = event.clipboardData.getData('text/plain');
              if (pasted.length > LARGE_INPUT_CHARS) {
                event.preventDefault();
                setLarge({ kind: mode, text: pasted });
              }
            }}
            onDrop={(event) => {
              const file = event.dataTransfer.files[0];
              if (file) {
                event.preventDefault();
                setLarge({ kind: 'blob', blob: file });
              }
            }}
          />
          <div className="file-field">
            <label htmlFor={`${id}-file`}>{t.playground.fileLabel}</label>{' '}
            <input
              id={`${id}-file`}
              type="file"
              data-testid="hash-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) setLarge({ kind: 'blob', blob: file });
                event.target.value = '';
              }}
            />
          </div>
          {parsed.ok ? (
            <p
              id={`${id}-size`}
              className="num"
              data-testid="input-size"
              data-value={parsed.bytes.length}
            >
              {fill(t.playground.bytes, {
                bytes: format.integer(parsed.bytes.length),
                bits: format.integer(parsed.bytes.length * 8),
              })}
            </p>
          ) : (
            <p id={`${id}-size`} role="alert" className="problem" data-testid="input-problem">
              {parsed.problem === 'badHexChar'
                ? fill(t.playground.badHexChar, {
                    position: format.integer(parsed.position),
                    char: parsed.char,
                  })
                : fill(t.playground.oddHex, { digits: format.integer(parsed.digits) })}
            </p>
          )}
          {digests && (
            <div aria-live="polite">
              <h4>{t.playground.sha256}</h4>
              <div data-testid="sha256">
                <GroupedHash hashHex={digests.sha256Hex} zerosLabel={zeros} />
              </div>
              <h4>{t.playground.sha256d}</h4>
              <div data-testid="sha256d">
                <GroupedHash hashHex={digests.sha256dHex} zerosLabel={zeros} />
              </div>
              <details className="bits-details">
                <summary>{t.playground.digestBits}</summary>
                <BitGrid bytes={digests.first} label={t.playground.digestBits} />
              </details>
            </div>
          )}
        </>
      )}
    </div>
  );
}
