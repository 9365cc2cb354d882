/**
 * A 256-bit hash in display order, split into groups of 8 hex digits, with its leading zeros
 * set apart (weight and colour, plus a text label given by the caller, so colour never carries
 * the meaning alone).
 */
import { hashLeadingZeroBits } from '../core/hash/leading-zero-bits';
import './charts.css';

export interface GroupedHashProps {
  /** 64 hex digits, display order (most significant first). */
  hashHex: string;
  /** Text under the hash, e.g. `(bits, digits) => \`${bits} leading zero bits\``. */
  zerosLabel: (zeroBits: number, zeroHexDigits: number) => string;
}

const GROUP = 8;

export function GroupedHash({ hashHex, zerosLabel }: GroupedHashProps) {
  const hex = hashHex.toLowerCase();
  const zeroDigits = hex.length - hex.replace(/^0+/, '').length;
  const groups: { zeros: string; rest: string }[] = [];
  for (let start = 0; start < hex.length; start += GROUP) {
    const group = hex.slice(start, start + GROUP);
    const zeroCount = Math.max(0, Math.min(GROUP, zeroDigits - start));
    groups.push({ zeros: group.slice(0, zeroCount), rest: group.slice(zeroCount) });
  }
  return (
    <figure className="grouped-hash">
      <code className="hash" data-hash={hex}>
        {groups.map(({ zeros, rest }, index) => (
          <span key={index} className="hash-group">
            {zeros && <span className="hash-zeros">{zeros}</span>}
            {rest}
          </span>
        ))}
      </code>
      <figcaption className="hash-caption">
        {zerosLabel(hashLeadingZeroBits(hex), zeroDigits)}
      </figcaption>
    </figure>
  );
}
