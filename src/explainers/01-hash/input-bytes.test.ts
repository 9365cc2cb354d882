import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../core/hex';
import { parseInput } from './input-bytes';

describe('parseInput(text, mode)', () => {
  it('reads text as UTF-8', () => {
    expect(parseInput('é', 'text')).toEqual({ ok: true, bytes: Uint8Array.of(0xc3, 0xa9) });
  });

  it('reads hex with spaces and line breaks between digits', () => {
    expect(parseInput('00 ff\nA0', 'hex')).toEqual({ ok: true, bytes: Uint8Array.of(0, 255, 160) });
  });

  it('explains a bad digit (1-based position among the digits) and an odd count', () => {
    expect(parseInput('00 fg', 'hex')).toEqual({
      ok: false,
      problem: 'badHexChar',
      position: 4,
      char: 'g',
    });
    expect(parseInput('abc', 'hex')).toEqual({ ok: false, problem: 'oddHex', digits: 3 });
  });

  it('never throws and round-trips any bytes written as hex (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseInput(text, 'hex')).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(parseInput(bytesToHex(bytes), 'hex')).toEqual({ ok: true, bytes });
      }),
    );
  });
});
