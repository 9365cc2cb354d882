import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../hex';
import { headerHashDisplayHex, parseHeader, serializeHeader } from './block-header';
import {
  fieldAtByte,
  fieldText,
  HEADER_FIELDS,
  parseRawHeaderText,
  withFieldText,
} from './header-fields';

const GENESIS_HEX =
  '01000000' +
  '0'.repeat(64) +
  '3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a' +
  '29ab5f49' +
  'ffff001d' +
  '1dac2b7c';
const genesis = hexToBytes(GENESIS_HEX);

describe('header fields', () => {
  it('HEADER_FIELDS tile bytes 0..79 in order', () => {
    let next = 0;
    for (const field of HEADER_FIELDS) {
      expect(field.offset).toBe(next);
      next += field.length;
    }
    expect(next).toBe(80);
  });

  it('fieldAtByte(index) names the field of each byte and rejects 80 and -1', () => {
    expect(fieldAtByte(0)).toBe('version');
    expect(fieldAtByte(4)).toBe('prevHash');
    expect(fieldAtByte(35)).toBe('prevHash');
    expect(fieldAtByte(36)).toBe('merkleRoot');
    expect(fieldAtByte(68)).toBe('time');
    expect(fieldAtByte(72)).toBe('bits');
    expect(fieldAtByte(79)).toBe('nonce');
    expect(() => fieldAtByte(80)).toThrow(RangeError);
    expect(() => fieldAtByte(-1)).toThrow(RangeError);
    expect(() => fieldAtByte(1.5)).toThrow(RangeError);
  });

  it('fieldText writes genesis fields for reading (decimal, display order, bits hex)', () => {
    const header = parseHeader(genesis);
    expect(fieldText(header, 'version')).toBe('1');
    expect(fieldText(header, 'time')).toBe('1231006505');
    expect(fieldText(header, 'nonce')).toBe('2083236893');
    expect(fieldText(header, 'bits')).toBe('1d00ffff');
    expect(fieldText(header, 'merkleRoot')).toBe(
      '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b',
    );
    expect(fieldText(header, 'prevHash')).toBe('0'.repeat(64));
  });

  it('withFieldText(nonce) writes the nonce little-endian and changes the hash', () => {
    const result = withFieldText(genesis, 'nonce', '2083236894');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.bytes.subarray(76)]).toEqual([0x1e, 0xac, 0x2b, 0x7c]);
    expect(headerHashDisplayHex(result.bytes)).not.toBe(headerHashDisplayHex(genesis));
  });

  it('withFieldText reports problems instead of throwing', () => {
    expect(withFieldText(genesis, 'nonce', '')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(withFieldText(genesis, 'nonce', '12a')).toEqual({
      ok: false,
      problem: { kind: 'notWhole' },
    });
    expect(withFieldText(genesis, 'nonce', '4294967296')).toEqual({
      ok: false,
      problem: { kind: 'range', min: 0, max: 4294967295 },
    });
    expect(withFieldText(genesis, 'version', '-2147483649')).toMatchObject({
      ok: false,
      problem: { kind: 'range' },
    });
    expect(withFieldText(genesis, 'bits', '1d00fgff')).toEqual({
      ok: false,
      problem: { kind: 'badHexChar', position: 6, char: 'g' },
    });
    expect(withFieldText(genesis, 'bits', '1d00ffff00')).toEqual({
      ok: false,
      problem: { kind: 'hexLength', digits: 10, expected: '1-8' },
    });
    expect(withFieldText(genesis, 'merkleRoot', 'abc')).toEqual({
      ok: false,
      problem: { kind: 'hexLength', digits: 3, expected: '64' },
    });
    expect(withFieldText(genesis, 'prevHash', 'x'.repeat(64))).toMatchObject({
      ok: false,
      problem: { kind: 'badHexChar', position: 1, char: 'x' },
    });
  });

  it('withFieldText accepts impossible bits: they are a uint32, the target check is separate', () => {
    const result = withFieldText(genesis, 'bits', '04923456');
    expect(result.ok && parseHeader(result.bytes).bits).toBe(0x04923456);
  });

  it('withFieldText(hash fields) takes display order and stores internal order', () => {
    const display = '00'.repeat(31) + 'ff';
    const result = withFieldText(genesis, 'prevHash', display);
    expect(result.ok && result.bytes[4]).toBe(0xff);
  });

  it('writing each field as text and parsing it back gives the same header (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 80, maxLength: 80 }), (bytes) => {
        const header = parseHeader(bytes);
        let rebuilt: Uint8Array = new Uint8Array(80);
        for (const { key } of HEADER_FIELDS) {
          const result = withFieldText(rebuilt, key, fieldText(header, key));
          expect(result.ok).toBe(true);
          if (result.ok) rebuilt = result.bytes;
        }
        expect(rebuilt).toEqual(serializeHeader(header));
      }),
    );
  });

  it('parseRawHeaderText reads 160 hex digits and explains short or non-hex input', () => {
    const ok = parseRawHeaderText(` ${GENESIS_HEX}\n`);
    expect(ok.ok && [...ok.bytes]).toEqual([...genesis]);
    expect(parseRawHeaderText(GENESIS_HEX.slice(0, 158))).toEqual({
      ok: false,
      problem: { kind: 'hexLength', digits: 158, expected: '160' },
    });
    expect(parseRawHeaderText(`zz${GENESIS_HEX.slice(2)}`)).toEqual({
      ok: false,
      problem: { kind: 'badHexChar', position: 1, char: 'z' },
    });
    expect(parseRawHeaderText('')).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('parseRawHeaderText never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => parseRawHeaderText(text)).not.toThrow();
        for (const { key } of HEADER_FIELDS) {
          expect(() => withFieldText(genesis, key, text)).not.toThrow();
        }
      }),
    );
  });
});
