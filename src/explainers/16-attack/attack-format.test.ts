import { describe, expect, it } from 'vitest';
import {
  chartConfirmations,
  formatProbability,
  parseConfirmationsText,
  parseShareText,
  powerOfTenLabel,
} from './attack-format';

const decimal = (v: number, d: number) => v.toFixed(d);

describe('attack-format', () => {
  it('formatProbability writes 7 decimals like the paper, then powers of ten', () => {
    expect(formatProbability(0.00024280274, decimal)).toBe('0.0002428');
    expect(formatProbability(1, decimal)).toBe('1.0000000');
    expect(formatProbability(5.9e-9, decimal)).toBe('5.90 × 10^-9');
    expect(formatProbability(0, decimal)).toBe('0');
  });

  it('parseShareText takes decimals from 0 to 1 and nothing else', () => {
    expect(parseShareText('0.3')).toBe(0.3);
    expect(parseShareText('.3')).toBe(0.3);
    expect(parseShareText('0,3')).toBe(0.3);
    expect(parseShareText('1')).toBe(1);
    for (const bad of ['', '-0.1', '1.5', 'abc', '0.1.2', '1e-3'])
      expect(parseShareText(bad)).toBeNull();
  });

  it('parseConfirmationsText takes whole numbers from 0 to the maximum', () => {
    expect(parseConfirmationsText('6')).toBe(6);
    expect(parseConfirmationsText('0')).toBe(0);
    for (const bad of ['', '-1', '2.5', '1001', 'x'])
      expect(parseConfirmationsText(bad)).toBeNull();
  });

  it('chartConfirmations spans 0 to max(10, 2z) with z included and at most ~60 points', () => {
    expect(chartConfirmations(6)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const wide = chartConfirmations(340);
    expect(wide[0]).toBe(0);
    expect(wide).toContain(340);
    expect(wide.length).toBeLessThanOrEqual(62);
  });
});

describe('powerOfTenLabel', () => {
  it('labels log ticks as powers of ten with superscripts', () => {
    expect(powerOfTenLabel(0)).toBe('1');
    expect(powerOfTenLabel(-3)).toBe('10⁻³');
    expect(powerOfTenLabel(-12)).toBe('10⁻¹²');
  });
});
