/**
 * The six fields of the 80-byte header as a person edits them: where each sits in the bytes,
 * how it is written for reading (decimal numbers, display-order hashes, bits as 8 hex digits),
 * and parsing typed text back into header bytes. Parsing never throws: it returns what is wrong
 * (a problem code with its details) so that a page can explain it inline.
 *
 * Layout and byte orders: see block-header.ts and hash-order.ts.
 */
import { HexError } from '../hex';
import {
  HEADER_BYTES,
  HEADER_OFFSET,
  parseHeader,
  serializeHeader,
  type BlockHeader,
} from './block-header';
import { displayHexToInternal, internalToDisplayHex } from './hash-order';
import { parseBitsHex } from './target';

/** The fields, in header order. */
export type HeaderFieldKey = 'version' | 'prevHash' | 'merkleRoot' | 'time' | 'bits' | 'nonce';

/** Where a field sits: bytes offset .. offset + length - 1. */
export interface HeaderFieldSpan {
  key: HeaderFieldKey;
  offset: number;
  length: number;
}

/** The fields in header order, with their byte spans (they tile bytes 0..79). */
export const HEADER_FIELDS: readonly HeaderFieldSpan[] = [
  { key: 'version', offset: HEADER_OFFSET.version, length: 4 },
  { key: 'prevHash', offset: HEADER_OFFSET.prevHash, length: 32 },
  { key: 'merkleRoot', offset: HEADER_OFFSET.merkleRoot, length: 32 },
  { key: 'time', offset: HEADER_OFFSET.time, length: 4 },
  { key: 'bits', offset: HEADER_OFFSET.bits, length: 4 },
  { key: 'nonce', offset: HEADER_OFFSET.nonce, length: 4 },
];

/** The field that byte `index` (0..79) belongs to. @throws RangeError outside 0..79 */
export function fieldAtByte(index: number): HeaderFieldKey {
  const span = HEADER_FIELDS.find(
    (field) => index >= field.offset && index < field.offset + field.length,
  );
  if (!Number.isInteger(index) || !span) {
    throw new RangeError(`a header byte index is 0..79, got ${index}`);
  }
  return span.key;
}

/** Why typed text is not a value for its field (or not a header). */
export type FieldProblem =
  | { kind: 'empty' }
  | { kind: 'notWhole' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'badHexChar'; position: number; char: string }
  | { kind: 'hexLength'; digits: number; expected: string };

export type HeaderParse = { ok: true; bytes: Uint8Array } | { ok: false; problem: FieldProblem };

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const UINT32 = { min: 0, max: 2 ** 32 - 1 };

/** A field written for reading: decimal numbers, display-order hex, bits as 8 hex digits. */
export function fieldText(header: BlockHeader, key: HeaderFieldKey): string {
  switch (key) {
    case 'version':
    case 'time':
    case 'nonce':
      return String(header[key]);
    case 'prevHash':
    case 'merkleRoot':
      return internalToDisplayHex(header[key]);
    case 'bits':
      return (header.bits >>> 0).toString(16).padStart(8, '0');
  }
}

function parseWhole(text: string, range: { min: number; max: number }): number | FieldProblem {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!/^[-+]?\d+$/.test(trimmed)) return { kind: 'notWhole' };
  const value = Number(trimmed);
  if (value < range.min || value > range.max) return { kind: 'range', ...range };
  return value;
}

function firstBadHexChar(text: string): FieldProblem | null {
  const position = text.search(/[^0-9a-fA-F]/);
  if (position < 0) return null;
  return { kind: 'badHexChar', position: position + 1, char: text[position]! };
}

function parseDisplayHash(text: string): Uint8Array | FieldProblem {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const bad = firstBadHexChar(trimmed);
  if (bad) return bad;
  if (trimmed.length !== 64) return { kind: 'hexLength', digits: trimmed.length, expected: '64' };
  return displayHexToInternal(trimmed);
}

function parseBits(text: string): number | FieldProblem {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  try {
    return parseBitsHex(trimmed);
  } catch (error) {
    if (!(error instanceof HexError)) throw error;
    if (error.position !== undefined) {
      return { kind: 'badHexChar', position: error.position + 1, char: trimmed[error.position]! };
    }
    const digits = trimmed.replace(/^0[xX]/, '').length;
    return { kind: 'hexLength', digits, expected: '1-8' };
  }
}

/**
 * The header bytes with field `key` set from typed `text`, or the problem with the text.
 * Positions in problems are 1-based and count from the first non-space character.
 * @throws RangeError when `headerBytes` is not 80 bytes (a caller bug, not a typing mistake)
 */
export function withFieldText(
  headerBytes: Uint8Array,
  key: HeaderFieldKey,
  text: string,
): HeaderParse {
  const header = parseHeader(headerBytes);
  let parsed: number | Uint8Array | FieldProblem;
  switch (key) {
    case 'version':
      parsed = parseWhole(text, INT32);
      break;
    case 'time':
    case 'nonce':
      parsed = parseWhole(text, UINT32);
      break;
    case 'bits':
      parsed = parseBits(text);
      break;
    case 'prevHash':
    case 'merkleRoot':
      parsed = parseDisplayHash(text);
      break;
  }
  if (typeof parsed === 'object' && !(parsed instanceof Uint8Array)) {
    return { ok: false, problem: parsed };
  }
  return { ok: true, bytes: serializeHeader({ ...header, [key]: parsed }) };
}

/**
 * 80 header bytes from 160 typed hex digits (spaces and line breaks at the ends are ignored),
 * or the problem: empty, a non-hex character (1-based position), or the wrong number of digits.
 */
export function parseRawHeaderText(text: string): HeaderParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { kind: 'empty' } };
  const bad = firstBadHexChar(trimmed);
  if (bad) return { ok: false, problem: bad };
  if (trimmed.length !== 2 * HEADER_BYTES) {
    return { ok: false, problem: { kind: 'hexLength', digits: trimmed.length, expected: '160' } };
  }
  const bytes = new Uint8Array(HEADER_BYTES);
  for (let i = 0; i < HEADER_BYTES; i++) {
    bytes[i] = parseInt(trimmed.slice(2 * i, 2 * i + 2), 16);
  }
  return { ok: true, bytes };
}
