import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import {
  encodeHeaderFile,
  HeaderFileError,
  indexOfHeight,
  parseHeaderFile,
  type HeaderRecord,
} from './header-file';

function sampleRecords(): HeaderRecord[] {
  const random = createRandom('header-file');
  return [0, 1, 2, 5, 2016].map((height) => ({
    height,
    header: random.fillBytes(new Uint8Array(80)),
  }));
}

describe('parseHeaderFile', () => {
  it('parseHeaderFile reads back the heights and headers that encodeHeaderFile wrote', () => {
    const records = sampleRecords();
    const file = parseHeaderFile(encodeHeaderFile(records));
    expect(file.count).toBe(5);
    expect([...file.heights]).toEqual([0, 1, 2, 5, 2016]);
    records.forEach((record, i) => expect(file.headers[i]).toEqual(record.header));
  });

  it('parseHeaderFile matches the documented byte layout', () => {
    const bytes = encodeHeaderFile(sampleRecords());
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('NSH1');
    expect(bytes.length).toBe(8 + 5 * 84);
    expect([...bytes.subarray(4, 8)]).toEqual([5, 0, 0, 0]);
    // Record 4: height 2016 = 0x07e0, little-endian.
    expect([...bytes.subarray(8 + 4 * 84, 12 + 4 * 84)]).toEqual([0xe0, 0x07, 0, 0]);
  });

  it('parseHeaderFile returns views into the buffer rather than copies', () => {
    const bytes = encodeHeaderFile(sampleRecords());
    const file = parseHeaderFile(bytes);
    expect(file.headers[1]!.buffer).toBe(bytes.buffer);
    expect(file.headers[1]!.byteOffset).toBe(8 + 84 + 4);
  });

  it('parseHeaderFile works on a buffer at a non-zero offset', () => {
    const inner = encodeHeaderFile(sampleRecords());
    const outer = new Uint8Array(inner.length + 3);
    outer.set(inner, 3);
    expect([...parseHeaderFile(outer.subarray(3)).heights]).toEqual([0, 1, 2, 5, 2016]);
  });

  it('an empty file with a zero count is valid', () => {
    expect(parseHeaderFile(encodeHeaderFile([])).count).toBe(0);
  });

  it('a bad magic is rejected with the magic it found', () => {
    const bytes = encodeHeaderFile(sampleRecords());
    bytes[3] = 0x32; // "NSH2"
    expect(() => parseHeaderFile(bytes)).toThrow(
      new HeaderFileError('not a header file: magic is "NSH2", expected "NSH1"'),
    );
  });

  it('a truncated file is rejected with the expected and actual sizes', () => {
    const bytes = encodeHeaderFile(sampleRecords());
    expect(() => parseHeaderFile(bytes.subarray(0, bytes.length - 1))).toThrow(
      'header file truncated: 5 records need 428 bytes, got 427',
    );
    expect(() => parseHeaderFile(bytes.subarray(0, 6))).toThrow(
      'header file truncated: 6 bytes, the prefix alone is 8',
    );
  });

  it('trailing bytes after the last record are rejected', () => {
    const bytes = encodeHeaderFile(sampleRecords());
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => parseHeaderFile(longer)).toThrow('header file has trailing bytes');
  });

  it('heights out of order are rejected', () => {
    const bytes = encodeHeaderFile(sampleRecords());
    new DataView(bytes.buffer).setUint32(8 + 84, 0, true); // record 1 gets height 0 again
    expect(() => parseHeaderFile(bytes)).toThrow(
      'header file out of order: record 1 has height 0 after 0',
    );
  });
});

describe('indexOfHeight and encodeHeaderFile', () => {
  it('indexOfHeight finds every stored height and returns -1 for the gaps', () => {
    const file = parseHeaderFile(encodeHeaderFile(sampleRecords()));
    expect([0, 1, 2, 5, 2016].map((h) => indexOfHeight(file, h))).toEqual([0, 1, 2, 3, 4]);
    expect([3, 4, 6, 2015, 2017].map((h) => indexOfHeight(file, h))).toEqual([-1, -1, -1, -1, -1]);
  });

  it('encodeHeaderFile rejects a short header and unsorted heights', () => {
    expect(() => encodeHeaderFile([{ height: 0, header: new Uint8Array(79) }])).toThrow(
      'record 0: a header is 80 bytes, got 79',
    );
    const header = new Uint8Array(80);
    expect(() =>
      encodeHeaderFile([
        { height: 3, header },
        { height: 3, header },
      ]),
    ).toThrow('record 1: heights must be strictly increasing');
  });
});
