/**
 * Strict hexadecimal <-> byte conversion, byte reversal and display grouping.
 *
 * Strict means: an even number of digits, only 0-9 a-f A-F, no "0x" prefix, no whitespace.
 * Anything else is rejected with a `HexError` that says what is wrong and where (the 0-based
 * position of the first bad character), because the inputs come from people pasting headers
 * and hashes into a page or a terminal. Encoding follows RFC 4648 section 8 (base 16), with
 * lower-case output.
 */

/** A hex string that is not valid strict hex; `position` is the offending index, if any. */
export class HexError extends Error {
  override readonly name = 'HexError';
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(message);
  }
}

const DIGITS = '0123456789abcdef';

/** Value of one hex digit from its char code, or -1. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

/** Describes a character for an error message, making invisible ones visible. */
function describeChar(char: string): string {
  if (char === ' ') return 'a space';
  if (char === '\t') return 'a tab';
  if (char === '\n' || char === '\r') return 'a line break';
  return `'${char}'`;
}

/**
 * Parses strict hex into bytes.
 * @param hex - an even number of hex digits, either case, nothing else
 * @param what - names the value in error messages (e.g. "header")
 * @throws HexError on odd length or a non-hex character (its position is in the message)
 */
export function hexToBytes(hex: string, what = 'hex'): Uint8Array {
  for (let i = 0; i < hex.length; i++) {
    if (digitValue(hex.charCodeAt(i)) < 0) {
      const char = String.fromCodePoint(hex.codePointAt(i)!);
      const hint = i === 1 && /^0[xX]/.test(hex) ? ' (leave out the 0x prefix)' : '';
      throw new HexError(
        `${what}: ${describeChar(char)} at position ${i} is not a hex digit${hint}`,
        i,
      );
    }
  }
  if (hex.length % 2 !== 0) {
    throw new HexError(
      `${what}: odd number of hex digits (${hex.length}); every byte takes two digits`,
    );
  }
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = digitValue(hex.charCodeAt(2 * i)) * 16 + digitValue(hex.charCodeAt(2 * i + 1));
  }
  return bytes;
}

/**
 * Parses strict hex that must encode exactly `byteLength` bytes.
 * @throws HexError naming the expected and actual number of digits
 */
export function hexToBytesOfLength(hex: string, byteLength: number, what = 'hex'): Uint8Array {
  const bytes = hexToBytes(hex, what);
  if (bytes.length !== byteLength) {
    throw new HexError(
      `${what}: expected ${2 * byteLength} hex digits (${byteLength} bytes), got ${hex.length}`,
    );
  }
  return bytes;
}

/** Lower-case hex of `bytes`, two digits per byte, in array order. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    hex += DIGITS[byte >>> 4]! + DIGITS[byte & 15]!;
  }
  return hex;
}

/** A reversed copy of `bytes` (the input is not modified). */
export function reverseBytes(bytes: Uint8Array): Uint8Array {
  return bytes.slice().reverse();
}

/**
 * Splits hex into groups of `groupSize` digits separated by spaces, for display
 * ("00000000 0019d668 ..."); the last group may be shorter.
 */
export function groupHex(hex: string, groupSize = 8): string {
  if (!Number.isInteger(groupSize) || groupSize < 1) {
    throw new RangeError(`groupSize must be a positive whole number, got ${groupSize}`);
  }
  const groups: string[] = [];
  for (let i = 0; i < hex.length; i += groupSize) groups.push(hex.slice(i, i + groupSize));
  return groups.join(' ');
}
