/**
 * How the chapter writes its numbers: probabilities to 7 decimals like the paper's table while
 * that keeps 2 significant digits, else as a power of ten; the reader's settings parsed strictly.
 */

/** A probability as text: 0.0002428 (7 decimals) or 5.91 × 10^-9 (below 1e-5). */
export function formatProbability(
  value: number,
  decimal: (v: number, digits: number) => string,
): string {
  if (value === 0) return decimal(0, 0);
  if (value >= 1e-5) return decimal(value, 7);
  const exponent = Math.floor(Math.log10(value));
  return `${decimal(value / 10 ** exponent, 2)} × 10^${exponent}`;
}

/** q from the reader: a decimal from 0 to 1 ("0.3", ".3", "0,3"), else null. */
export function parseShareText(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 0 && value <= 1 ? value : null;
}

/** z from the reader: a whole number from 0 to `max`, else null. */
export function parseConfirmationsText(text: string, max = 1000): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= max ? value : null;
}

/** The z values of the chart for a chosen z: 0 to max(10, 2z), at most 60 points. */
export function chartConfirmations(z: number): number[] {
  const last = Math.min(Math.max(10, 2 * z), 600);
  const step = Math.max(1, Math.ceil(last / 60));
  const values: number[] = [];
  for (let v = 0; v <= last; v += step) values.push(v);
  if (!values.includes(z)) values.push(z);
  return values.sort((a, b) => a - b);
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** The tick label of 10^exponent on a log axis: "1", "10⁻³". */
export function powerOfTenLabel(exponent: number): string {
  if (exponent === 0) return '1';
  return `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}
