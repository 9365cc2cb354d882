/**
 * The playground's input turned into bytes: UTF-8 text, or strict hex (spaces and line breaks
 * allowed between digits, as people paste them). Bad hex is a value, never an exception.
 */
import { hexToBytes, HexError } from '../../core/hex';

export type InputMode = 'text' | 'hex';

export type ParsedInput =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'badHexChar'; position: number; char: string }
  | { ok: false; problem: 'oddHex'; digits: number };

const encoder = new TextEncoder();

/** Bytes of `text` read in `mode`; for hex, whitespace is ignored and positions count digits. */
export function parseInput(text: string, mode: InputMode): ParsedInput {
  if (mode === 'text') return { ok: true, bytes: encoder.encode(text) };
  const digits = text.replace(/\s+/g, '');
  try {
    return { ok: true, bytes: hexToBytes(digits, 'input') };
  } catch (error) {
    if (error instanceof HexError && error.position !== undefined) {
      return {
        ok: false,
        problem: 'badHexChar',
        position: error.position + 1,
        char: String.fromCodePoint(digits.codePointAt(error.position)!),
      };
    }
    return { ok: false, problem: 'oddHex', digits: digits.length };
  }
}
