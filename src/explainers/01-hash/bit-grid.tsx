/**
 * 256 bits as a 16 x 16 grid, most significant bit first. Either the bits themselves (0 / 1),
 * or, given a `changed` mask, a cross for each changed bit and a dot for each unchanged one
 * (shape, not only colour, carries the meaning).
 */
import { bitAt } from '../../core/stats/hamming';

export interface BitGridProps {
  /** 32 bytes. */
  bytes: Uint8Array;
  /** When given (32 bytes, XOR of two digests), marks changed bits instead of showing values. */
  changed?: Uint8Array;
  label: string;
  testId?: string;
}

export function BitGrid({ bytes, changed, label, testId }: BitGridProps) {
  const cells = [];
  for (let index = 0; index < bytes.length * 8; index++) {
    const isChanged = changed ? bitAt(changed, index) === 1 : false;
    cells.push(
      <span
        key={index}
        className={changed ? (isChanged ? 'bit changed' : 'bit same') : 'bit'}
        data-bit={changed ? undefined : bitAt(bytes, index)}
      >
        {changed ? (isChanged ? '×' : '·') : bitAt(bytes, index)}
      </span>,
    );
  }
  return (
    <div className="bit-grid" role="img" aria-label={label} data-testid={testId}>
      {cells}
    </div>
  );
}
