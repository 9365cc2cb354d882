/**
 * One block of the chain: its editable toy transactions, its header fields as they are now, and
 * its validity in words (never by colour alone).
 */
import { useId, useState } from 'react';
import { useStrings } from '../../ui/i18n/lang-context';
import { fill } from '../../ui/i18n/lang';
import { internalToDisplayHex } from '../../core/hash/hash-order';
import { bitsToHex, targetToHex } from '../../core/hash/target';
import { MAX_TX_CHARS } from '../../core/chain/merkle';
import type { BlockCheck, ToyBlock } from '../../core/chain/toy-chain';
import { TAMPERING_STRINGS } from './strings';

export function BlockCard(props: {
  index: number;
  block: ToyBlock;
  check: BlockCheck;
  mined: boolean;
  disabled: boolean;
  onEditTx: (txIndex: number, text: string) => void;
}) {
  const t = useStrings(TAMPERING_STRINGS);
  const id = useId();
  const [tooLong, setTooLong] = useState(false);
  const { index, block, check } = props;
  const verdict = !props.mined
    ? t.chain.unmined
    : check.valid
      ? index === 0
        ? t.chain.validFirst
        : t.chain.valid
      : check.problems
          .map((problem) => fill(t.chain.problems[problem], { parent: index - 1 }))
          .join('; ');
  const fields: [string, string, string][] = [
    [t.chain.fields.prev, internalToDisplayHex(block.prevHash), 'prev'],
    [t.chain.fields.merkle, check.merkleRootDisplayHex, 'merkle'],
    [t.chain.fields.time, String(block.time), 'time'],
    [t.chain.fields.bits, bitsToHex(block.bits), 'bits'],
    [t.chain.fields.nonce, String(block.nonce), 'nonce'],
    [t.chain.fields.hash, check.hashDisplayHex, 'hash'],
    [t.chain.fields.target, targetToHex(check.target), 'target'],
  ];
  return (
    <li
      className="toy-block"
      data-valid={props.mined && check.valid ? 'true' : 'false'}
      data-testid={`block-${index}`}
    >
      <h3>
        {fill(t.chain.block, { index })}{' '}
        <span className="block-verdict" data-testid={`block-${index}-verdict`}>
          {props.mined && check.valid ? '✓ ' : '✗ '}
          {verdict}
        </span>
      </h3>
      <ul className="toy-txs">
        {block.txs.map((tx, txIndex) => (
          <li key={txIndex}>
            <label htmlFor={`${id}-tx-${txIndex}`}>
              {fill(t.chain.tx, { tx: txIndex + 1, index })}
            </label>
            <input
              id={`${id}-tx-${txIndex}`}
              type="text"
              value={tx}
              disabled={props.disabled}
              spellCheck={false}
              onChange={(event) => {
                setTooLong(event.target.value.length > MAX_TX_CHARS);
                props.onEditTx(txIndex, event.target.value);
              }}
              data-testid={`block-${index}-tx-${txIndex}`}
            />
          </li>
        ))}
      </ul>
      {tooLong && (
        <p role="alert" className="hint">
          {fill(t.chain.txTooLong, { max: MAX_TX_CHARS })}
        </p>
      )}
      <dl className="toy-fields">
        {fields.map(([label, value, key]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd className="hex" data-testid={`block-${index}-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
