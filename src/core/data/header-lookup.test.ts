import { describe, expect, it } from 'vitest';
import { encodeHeaderFile, parseHeaderFile } from './header-file';
import { lookUpHeight, randomRecordIndex } from './header-lookup';

const file = parseHeaderFile(
  encodeHeaderFile(
    [0, 1, 2, 10, 30000, 30001].map((height) => ({ height, header: new Uint8Array(80) })),
  ),
);

describe('header lookup', () => {
  it('lookUpHeight finds a bundled height', () => {
    expect(lookUpHeight(file, 10)).toEqual({ found: true, index: 3 });
    expect(lookUpHeight(file, 0)).toEqual({ found: true, index: 0 });
  });

  it('lookUpHeight names the nearest heights below and above a missing one', () => {
    expect(lookUpHeight(file, 5)).toEqual({ found: false, below: 2, above: 10 });
    expect(lookUpHeight(file, 20000)).toEqual({ found: false, below: 10, above: 30000 });
    expect(lookUpHeight(file, 99999)).toEqual({ found: false, below: 30001, above: null });
  });

  it('lookUpHeight on an empty file has no neighbours', () => {
    expect(lookUpHeight(parseHeaderFile(encodeHeaderFile([])), 3)).toEqual({
      found: false,
      below: null,
      above: null,
    });
  });

  it('randomRecordIndex is replayable from its seed and stays in range', () => {
    expect(randomRecordIndex(42, 1000)).toBe(randomRecordIndex(42, 1000));
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) {
      const index = randomRecordIndex(seed, 6);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(6);
      seen.add(index);
    }
    expect(seen.size).toBe(6);
    expect(() => randomRecordIndex(1, 0)).toThrow(RangeError);
  });
});
