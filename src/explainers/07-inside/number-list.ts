/**
 * The chapter's typed lists of whole numbers ("1-8, 10, 12, 16"): which round counts to test,
 * which output bits to predict. Ranges with a hyphen or en dash, commas or spaces between.
 */

/** Sorted distinct values in [min, max], or null when the text is not such a list. */
export function parseNumberList(
  text: string,
  min: number,
  max: number,
  maxCount = Infinity,
): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.length === 0) return null;
  const values = new Set<number>();
  for (const part of parts) {
    const match = /^(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?$/.exec(part);
    if (!match) return null;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < min || to > max || to < from) return null;
    for (let v = from; v <= to; v++) values.add(v);
  }
  if (values.size > maxCount) return null;
  return [...values].sort((a, b) => a - b);
}

/** Writes a sorted list back with runs of three or more as ranges: [1,2,3,5] -> "1-3, 5". */
export function formatNumberList(values: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length;) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${values[i]}-${values[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(values[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** A seed typed as text: a whole number from 0 to 2^32 - 1, or null. */
export function parseSeed(text: string): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= 0xffffffff ? value : null;
}
