/**
 * SHA-256 and SHA-256d of a large input, fed in pieces (@noble/hashes' incremental
 * `sha256.create().update(chunk)`), so a worker can hash 10 MB and report progress between
 * pieces. Inputs: UTF-8 text, hex text, or bytes. Text is cut into pieces on whole UTF-16
 * code points (a surrogate pair is never split), so the bytes equal those of the whole text.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, HexError, hexToBytes } from '../hex';

/** Characters or bytes per piece: 1 MiB keeps each step to a few milliseconds. */
export const PIECE_SIZE = 1 << 20;

const encoder = new TextEncoder();

/** The UTF-8 bytes of `text`, piece by piece. */
export function* utf8Pieces(text: string, pieceChars = PIECE_SIZE): Generator<Uint8Array> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + pieceChars);
    const last = text.charCodeAt(end - 1);
    // A high surrogate at the end belongs with the low surrogate after it.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield encoder.encode(text.slice(start, end));
    start = end;
  }
}

/**
 * The bytes of strict hex `text`, piece by piece.
 * @throws HexError on a non-hex character (its position in the whole text) or odd length
 */
export function* hexPieces(text: string, pieceChars = PIECE_SIZE): Generator<Uint8Array> {
  const step = pieceChars - (pieceChars % 2) || 2;
  if (text.length % 2 !== 0) {
    throw new HexError(`input: odd number of hex digits (${text.length}); a byte takes two`);
  }
  for (let start = 0; start < text.length; start += step) {
    const piece = text.slice(start, start + step);
    try {
      yield hexToBytes(piece, 'input');
    } catch (error) {
      const position = (error as { position?: number }).position;
      if (position === undefined) throw error;
      // The same error, with the position counted in the whole text.
      throw new HexError(
        `input: the character at position ${start + position} is not a hex digit`,
        start + position,
      );
    }
  }
}

/** The bytes of `bytes`, piece by piece (views, not copies). */
export function* bytePieces(bytes: Uint8Array, pieceBytes = PIECE_SIZE): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += pieceBytes) {
    yield bytes.subarray(start, start + pieceBytes);
  }
}

export interface StreamDigest {
  bytes: number;
  sha256Hex: string;
  sha256dHex: string;
}

/**
 * Hashes the pieces in order; `onPiece(bytesSoFar)` runs after each one.
 * SHA-256d is SHA-256 of the 32-byte SHA-256 digest.
 */
export function digestPieces(
  pieces: Iterable<Uint8Array>,
  onPiece: (bytesSoFar: number) => void = () => {},
): StreamDigest {
  const state = sha256.create();
  let bytes = 0;
  for (const piece of pieces) {
    state.update(piece);
    bytes += piece.length;
    onPiece(bytes);
  }
  const first = state.digest();
  return { bytes, sha256Hex: bytesToHex(first), sha256dHex: bytesToHex(sha256(first)) };
}
