/** The blocks found so far: nonce, tries (and how that compares with the expected count), hash. */
import { GroupedHash } from '../../charts/grouped-hash';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { MINE_STRINGS } from './strings';
import type { FoundBlock } from './use-mine-block';

export function FoundBlocks({ found, onClear }: { found: FoundBlock[]; onClear: () => void }) {
  const t = useStrings(MINE_STRINGS);
  const format = useNumberFormat();
  return (
    <div className="found-blocks" data-testid="found-blocks">
      <h3>{t.found.heading}</h3>
      {found.length === 0 ? (
        <p className="hint">{t.found.none}</p>
      ) : (
        <>
          <ul className="found-list">
            {found.map((block, index) => (
              <li
                key={`${block.headerHex}`}
                className="found-block"
                data-testid="found-block"
                data-header={block.headerHex}
                data-hash={block.hashHex}
                data-bits={block.zeroBits}
                data-tries={block.tries}
              >
                <dl className="found-facts">
                  <div>
                    <dt>{t.found.block}</dt>
                    <dd className="num">#{format.integer(found.length - index)}</dd>
                  </div>
                  <div>
                    <dt>{t.found.bits}</dt>
                    <dd className="num">{fill(t.found.bitsValue, { bits: block.zeroBits })}</dd>
                  </div>
                  <div>
                    <dt>{t.found.nonce}</dt>
                    <dd className="num">{format.integer(block.nonce)}</dd>
                  </div>
                  <div>
                    <dt>{t.found.tries}</dt>
                    <dd className="num">
                      {format.integer(block.tries)} (
                      {fill(t.found.ratio, {
                        ratio: format.decimal(block.tries / block.expectedHashes, 2),
                      })}
                      )
                    </dd>
                  </div>
                </dl>
                <p className="found-label">{t.found.hash}</p>
                <GroupedHash
                  hashHex={block.hashHex}
                  zerosLabel={(bits, digits) =>
                    fill(t.found.leadingZeros, {
                      bits: format.integer(bits),
                      digits: format.integer(digits),
                    })
                  }
                />
                <details className="found-header">
                  <summary>{t.found.header}</summary>
                  <code className="header-hex">{block.headerHex}</code>
                </details>
              </li>
            ))}
          </ul>
          <button type="button" className="toggle" onClick={onClear}>
            {t.controls.clear}
          </button>
        </>
      )}
    </div>
  );
}
