/**
 * The header as six editable fields and as 160 raw hex digits, kept in sync over the hex grid.
 * The 80 bytes live in the page; each input shows the text being typed while it is invalid
 * (explained inline, role="alert") and the last valid bytes stay in use. Typing a valid value
 * updates the bytes at once and every other input follows.
 */
import { useId, useState } from 'react';
import { parseHeader } from '../../core/hash/block-header';
import {
  fieldText,
  HEADER_FIELDS,
  parseRawHeaderText,
  withFieldText,
  type HeaderFieldKey,
  type HeaderParse,
} from '../../core/hash/header-fields';
import { bytesToHex } from '../../core/hex';
import { fill } from '../../ui/i18n/lang';
import { useLang, useNumberFormat } from '../../ui/i18n/lang-context';
import { problemText, spacedHex } from './format';
import { HexGrid } from './hex-grid';
import { useHeaderStrings } from './strings';

type InputKey = HeaderFieldKey | 'raw';

export interface HeaderEditorProps {
  bytes: Uint8Array;
  onBytes: (bytes: Uint8Array) => void;
}

function parseInput(bytes: Uint8Array, key: InputKey, text: string): HeaderParse {
  return key === 'raw' ? parseRawHeaderText(text) : withFieldText(bytes, key, text);
}

export function HeaderEditor({ bytes, onBytes }: HeaderEditorProps) {
  const t = useHeaderStrings();
  const format = useNumberFormat();
  const { lang } = useLang();
  const id = useId();
  const [highlight, setHighlight] = useState<HeaderFieldKey | null>(null);
  // Text typed into inputs that differs from the bytes' own writing, and the bytes it belongs to.
  const [drafts, setDrafts] = useState<Partial<Record<InputKey, string>>>({});
  const [draftBytes, setDraftBytes] = useState(bytes);
  if (draftBytes !== bytes) {
    // New bytes from outside (a loaded block): show them everywhere.
    setDraftBytes(bytes);
    setDrafts({});
  }
  const header = parseHeader(bytes);
  const problems = new Map<InputKey, string>();
  for (const [key, text] of Object.entries(drafts) as [InputKey, string][]) {
    const parsed = parseInput(bytes, key, text);
    if (!parsed.ok) problems.set(key, problemText(t, parsed.problem, format));
  }

  const edit = (key: InputKey, text: string) => {
    const parsed = parseInput(bytes, key, text);
    if (parsed.ok) {
      setDraftBytes(parsed.bytes);
      setDrafts({ [key]: text });
      onBytes(parsed.bytes);
    } else {
      setDrafts((current) => ({ ...current, [key]: text }));
    }
  };

  const dateFormat = new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    dateStyle: 'long',
    timeStyle: 'medium',
  });

  return (
    <div className="header-editor">
      <div className="header-fields">
        {HEADER_FIELDS.map(({ key, offset, length }) => {
          const inputId = `${id}-${key}`;
          const value = drafts[key] ?? fieldText(header, key);
          const problem = problems.get(key);
          const stored = spacedHex(bytes.subarray(offset, offset + length));
          const hint =
            key === 'bits' ? fill(t.fieldHints.bits, { bytes: stored }) : t.fieldHints[key];
          const wide = length === 32;
          return (
            <div
              key={key}
              className={`header-field field-${key}${wide ? ' wide' : ''}${highlight === key ? ' active' : ''}`}
              onMouseEnter={() => setHighlight(key)}
              onMouseLeave={() => setHighlight(null)}
            >
              <label htmlFor={inputId}>{t.fields[key]}</label>
              <input
                id={inputId}
                type="text"
                className="num"
                spellCheck={false}
                autoComplete="off"
                inputMode={
                  key === 'version' || key === 'time' || key === 'nonce' ? 'numeric' : 'text'
                }
                value={value}
                aria-invalid={problem !== undefined}
                aria-describedby={`${inputId}-hint ${inputId}-problem`}
                data-testid={`field-${key}`}
                onFocus={() => setHighlight(key)}
                onBlur={() => setHighlight(null)}
                onChange={(event) => edit(key, event.target.value)}
              />
              <span id={`${inputId}-hint`} className="hint">
                {hint}{' '}
                {key !== 'bits' && (
                  <span className="stored">
                    {fill(t.inHeader, { from: offset, to: offset + length - 1, bytes: stored })}
                  </span>
                )}
                {key === 'time' && (
                  <span className="utc" data-testid="field-time-utc">
                    {' '}
                    {fill(t.utcDate, { date: dateFormat.format(new Date(header.time * 1000)) })}
                  </span>
                )}
              </span>
              <span id={`${inputId}-problem`}>
                {problem && (
                  <span role="alert" className="problem" data-testid={`field-${key}-problem`}>
                    {problem}
                  </span>
                )}
              </span>
            </div>
          );
        })}
      </div>
      <label htmlFor={`${id}-raw`} className="block-label">
        {t.editor.raw}
      </label>
      <textarea
        id={`${id}-raw`}
        rows={3}
        spellCheck={false}
        className="raw-header"
        value={drafts.raw ?? bytesToHex(bytes)}
        aria-invalid={problems.has('raw')}
        aria-describedby={`${id}-raw-problem`}
        data-testid="raw-header"
        onChange={(event) => edit('raw', event.target.value)}
      />
      <span id={`${id}-raw-problem`}>
        {problems.has('raw') && (
          <span role="alert" className="problem" data-testid="raw-problem">
            {problems.get('raw')}
          </span>
        )}
      </span>
      <HexGrid bytes={bytes} highlight={highlight} onHighlight={setHighlight} />
      {problems.size > 0 && (
        <p className="note" role="status" data-testid="editor-stale">
          {t.editor.stale}
        </p>
      )}
    </div>
  );
}
