/**
 * The 80 header bytes as hex, grouped by field. Every group is labelled with its field name and
 * byte range and has its own background and border style, so colour is never the only carrier;
 * the highlighted field (hovered or focused, here or in the inputs) gets a thick outline and
 * bold digits. Groups are focusable, so the keyboard can highlight them too.
 */
import { HEADER_FIELDS, type HeaderFieldKey } from '../../core/hash/header-fields';
import { bytesToHex } from '../../core/hex';
import { fill } from '../../ui/i18n/lang';
import { useHeaderStrings } from './strings';

export interface HexGridProps {
  bytes: Uint8Array;
  highlight: HeaderFieldKey | null;
  onHighlight: (key: HeaderFieldKey | null) => void;
}

export function HexGrid({ bytes, highlight, onHighlight }: HexGridProps) {
  const t = useHeaderStrings();
  return (
    <div className="hex-grid" role="group" aria-label={t.editor.gridLabel} data-testid="hex-grid">
      {HEADER_FIELDS.map(({ key, offset, length }) => {
        const range = fill(t.editor.bytesRange, { from: offset, to: offset + length - 1 });
        const hex = bytesToHex(bytes.subarray(offset, offset + length));
        return (
          <div
            key={key}
            className={`hex-field field-${key}${highlight === key ? ' active' : ''}`}
            data-field={key}
            data-active={highlight === key}
            tabIndex={0}
            role="group"
            aria-label={`${t.fields[key]}, ${range}: ${hex}`}
            onMouseEnter={() => onHighlight(key)}
            onMouseLeave={() => onHighlight(null)}
            onFocus={() => onHighlight(key)}
            onBlur={() => onHighlight(null)}
          >
            <span className="hex-field-label" aria-hidden="true">
              {t.fieldShort[key]} <span className="hex-field-range">{range}</span>
            </span>
            <span className="hex-bytes" aria-hidden="true">
              {Array.from({ length }, (_, i) => (
                <span key={i} className="hex-byte">
                  {hex.slice(2 * i, 2 * i + 2)}
                </span>
              ))}
            </span>
          </div>
        );
      })}
    </div>
  );
}
