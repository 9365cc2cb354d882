/**
 * The real block whose fields are mined: a picker over a few bundled heights, and its fields
 * (previous hash, Merkle root, time as kept; bits and nonce as the reader's job changes them).
 */
import { useId } from 'react';
import {
  merkleRootDisplayHex,
  parseHeader,
  prevHashDisplayHex,
} from '../../core/hash/block-header';
import { bitsToHex } from '../../core/hash/target';
import { fill } from '../../ui/i18n/lang';
import { useLang, useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { MINE_STRINGS } from './strings';

export interface RealBlock {
  height: number;
  header: Uint8Array;
}

export function BlockFields(props: {
  blocks: readonly RealBlock[];
  height: number;
  onHeight: (height: number) => void;
  zeroBits: number;
  bits: number;
  disabled: boolean;
}) {
  const t = useStrings(MINE_STRINGS);
  const { lang } = useLang();
  const format = useNumberFormat();
  const id = useId();
  const block = props.blocks.find((b) => b.height === props.height) ?? props.blocks[0];
  if (!block) return null;
  const header = parseHeader(block.header);
  const time = new Date(header.time * 1000);
  return (
    <section className="widget block-fields" aria-labelledby={`${id}-h`} data-testid="block-fields">
      <h2 id={`${id}-h`}>{t.block.heading}</h2>
      <span className="field">
        <label htmlFor={id}>{t.block.pick}</label>
        <select
          id={id}
          value={block.height}
          disabled={props.disabled}
          onChange={(event) => props.onHeight(Number(event.target.value))}
          data-testid="block-pick"
        >
          {props.blocks.map((b) => (
            <option key={b.height} value={b.height}>
              {fill(t.block.height, { height: format.integer(b.height) })}
            </option>
          ))}
        </select>
      </span>
      <dl className="fields">
        <div>
          <dt>{t.block.prevHash}</dt>
          <dd>
            <code className="hex">{prevHashDisplayHex(header)}</code>
          </dd>
        </div>
        <div>
          <dt>{t.block.merkleRoot}</dt>
          <dd>
            <code className="hex">{merkleRootDisplayHex(header)}</code>
          </dd>
        </div>
        <div>
          <dt>{t.block.time}</dt>
          <dd>
            <time dateTime={time.toISOString()}>
              {time.toLocaleString(lang, {
                dateStyle: 'long',
                timeStyle: 'short',
                timeZone: 'UTC',
              })}{' '}
              UTC
            </time>
          </dd>
        </div>
        <div>
          <dt>{t.block.bits}</dt>
          <dd>
            <code>{bitsToHex(props.bits)}</code> (
            {fill(t.block.bitsValue, { bits: props.zeroBits })})
          </dd>
        </div>
        <div>
          <dt>{t.block.nonce}</dt>
          <dd>{t.block.nonceValue}</dd>
        </div>
      </dl>
    </section>
  );
}
