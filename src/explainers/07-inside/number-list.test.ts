import { describe, expect, it } from 'vitest';
import { formatNumberList, parseNumberList, parseSeed } from './number-list';

describe('parseNumberList(text, min, max)', () => {
  it('reads values and ranges, sorted and without repeats', () => {
    expect(parseNumberList('1-8, 10, 12, 16, 24, 32, 48, 64', 1, 64)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 24, 32, 48, 64,
    ]);
    expect(parseNumberList(' 5 3;3 1–2 ', 1, 64)).toEqual([1, 2, 3, 5]);
    expect(parseNumberList('0, 255', 0, 255)).toEqual([0, 255]);
  });

  it('rejects empty text, values out of range, reversed ranges, words and too many values', () => {
    expect(parseNumberList('', 1, 64)).toBeNull();
    expect(parseNumberList('0, 4', 1, 64)).toBeNull();
    expect(parseNumberList('65', 1, 64)).toBeNull();
    expect(parseNumberList('8-4', 1, 64)).toBeNull();
    expect(parseNumberList('four', 1, 64)).toBeNull();
    expect(parseNumberList('1.5', 1, 64)).toBeNull();
    expect(parseNumberList('0-9', 0, 255, 8)).toBeNull();
  });
});

describe('formatNumberList(values)', () => {
  it('writes runs of three or more as ranges and round-trips through the parser', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 24, 32, 48, 64];
    expect(formatNumberList(values)).toBe('1-8, 10, 12, 16, 24, 32, 48, 64');
    expect(formatNumberList([1, 2, 4])).toBe('1, 2, 4');
    expect(parseNumberList(formatNumberList(values), 1, 64)).toEqual(values);
  });
});

describe('parseSeed(text)', () => {
  it('accepts whole numbers 0..2^32-1 only', () => {
    expect(parseSeed(' 42 ')).toBe(42);
    expect(parseSeed('4294967295')).toBe(4294967295);
    expect(parseSeed('4294967296')).toBeNull();
    expect(parseSeed('-1')).toBeNull();
    expect(parseSeed('x')).toBeNull();
  });
});
