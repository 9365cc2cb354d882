/** The 64 bytes of the chosen block, each marked as message, 0x80, zero padding or length. */
import { fill } from '../../ui/i18n/lang';
import { useStrings } from '../../ui/i18n/lang-context';
import { SHA256_STRINGS } from './strings';

type ByteKind = 'message' | 'marker' | 'zero' | 'length';

/** What byte `offset` of the padded message is, for a message of `messageBytes` bytes. */
function byteKind(offset: number, messageBytes: number, paddedBytes: number): ByteKind {
  if (offset < messageBytes) return 'message';
  if (offset === messageBytes) return 'marker';
  if (offset >= paddedBytes - 8) return 'length';
  return 'zero';
}

function range(list: number[], none: string): string {
  if (list.length === 0) return none;
  return list.length === 1 ? `${list[0]}` : `${list[0]}–${list[list.length - 1]}`;
}

export function PaddingView({
  bytes,
  blockIndex,
  messageBytes,
  paddedBytes,
}: {
  bytes: Uint8Array;
  blockIndex: number;
  messageBytes: number;
  paddedBytes: number;
}) {
  const t = useStrings(SHA256_STRINGS);
  const kinds = Array.from(bytes, (_, i) =>
    byteKind(blockIndex * 64 + i, messageBytes, paddedBytes),
  );
  const where = (kind: ByteKind) =>
    range(
      kinds.flatMap((k, i) => (k === kind ? [i] : [])),
      t.padding.none,
    );
  return (
    <>
      <p className="sha-bytes mono" data-testid="sha-block-bytes">
        {Array.from(bytes, (byte, i) => (
          <span key={i} className={`pad-byte ${kinds[i]}`}>
            {byte.toString(16).padStart(2, '0')}
          </span>
        ))}
      </p>
      <p data-testid="sha-padding-parts">
        {fill(t.padding.parts, {
          message: where('message'),
          marker: where('marker'),
          zeros: kinds.filter((k) => k === 'zero').length,
          length: where('length'),
          bits: messageBytes * 8,
        })}{' '}
        {t.padding.legend}
      </p>
    </>
  );
}
