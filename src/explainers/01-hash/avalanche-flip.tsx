/**
 * Flip one input bit: pick a bit of the playground's input, see the two digests and the grid of
 * the 256 output bits with every changed bit marked, and the Hamming distance.
 */
import { useId, useMemo } from 'react';
import { GroupedHash } from '../../charts/grouped-hash';
import { avalancheOnce } from '../../core/experiments/avalanche';
import { bytesToHex } from '../../core/hex';
import { xorBytes } from '../../core/stats/hamming';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { BitGrid } from './bit-grid';
import { useHashStrings } from './strings';

export interface AvalancheFlipProps {
  /** The playground's input bytes, or null when it has none (or is not valid). */
  input: Uint8Array | null;
  bitIndex: number;
  onBitIndex: (index: number) => void;
}

const binary = (byte: number) => byte.toString(2).padStart(8, '0');

export function AvalancheFlip({ input, bitIndex, onBitIndex }: AvalancheFlipProps) {
  const t = useHashStrings();
  const format = useNumberFormat();
  const id = useId();
  const maxBit = input ? input.length * 8 - 1 : 0;
  const bit = Math.min(bitIndex, maxBit);
  const result = useMemo(
    () => (input && input.length > 0 ? avalancheOnce(input, bit) : null),
    [input, bit],
  );
  if (!input || input.length === 0 || !result) {
    return (
      <div className="widget" role="status">
        <p className="problem">{t.flip.needInput}</p>
      </div>
    );
  }
  const byteIndex = bit >>> 3;
  const before = input[byteIndex]!;
  const after = before ^ (0x80 >>> (bit & 7));
  const zeros = () => '';
  const setBit = (value: string) => {
    const parsed = Number(value);
    if (Number.isInteger(parsed)) onBitIndex(Math.max(0, Math.min(maxBit, parsed)));
  };
  return (
    <div className="widget avalanche-flip">
      <div className="control-row">
        <label htmlFor={id}>{t.flip.bitIndex}</label>
        <input
          id={id}
          type="number"
          min={0}
          max={maxBit}
          value={bit}
          className="num"
          data-testid="flip-bit"
          onChange={(event) => setBit(event.target.value)}
        />
        <input
          type="range"
          min={0}
          max={maxBit}
          value={bit}
          aria-label={t.flip.bitIndex}
          onChange={(event) => setBit(event.target.value)}
        />
        <span className="hint">{fill(t.flip.bitRange, { max: format.integer(maxBit) })}</span>
      </div>
      <p>
        {fill(t.flip.changedByte, {
          byte: format.integer(byteIndex),
          before: binary(before),
          after: binary(after),
        })}
      </p>
      <div className="hash-pair">
        <h4>{t.flip.before}</h4>
        <GroupedHash hashHex={bytesToHex(result.before)} zerosLabel={zeros} />
        <h4>{t.flip.after}</h4>
        <GroupedHash hashHex={bytesToHex(result.after)} zerosLabel={zeros} />
      </div>
      <dl className="stats">
        <div>
          <dt>{t.flip.distance}</dt>
          <dd className="num" data-testid="flip-distance" data-value={result.distance}>
            {fill(t.flip.distanceOf, { changed: format.integer(result.distance) })}
          </dd>
        </div>
      </dl>
      <BitGrid
        bytes={result.after}
        changed={xorBytes(result.before, result.after)}
        label={`${t.flip.gridLabel}: ${result.distance}`}
        testId="flip-grid"
      />
      <p className="hint legend">
        <span>{t.flip.legendChanged}</span> <span>{t.flip.legendSame}</span>
      </p>
    </div>
  );
}
