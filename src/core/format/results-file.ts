/**
 * Experiment results as files a class can open in a spreadsheet or a notebook: CSV through
 * d3-dsv (RFC 4180 quoting) and JSON with a small envelope saying what produced the numbers.
 */
import { csvFormat } from 'd3-dsv';

export type ResultCell = string | number | boolean | null;
export type ResultRow = Readonly<Record<string, ResultCell>>;

/** CSV with a header row; columns in first-seen order over all rows; null is an empty cell. */
export function resultsCsv(rows: readonly ResultRow[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const cells = rows.map((row) => {
    const out: Record<string, string> = {};
    for (const key of columns) {
      const value = row[key];
      out[key] = value === null || value === undefined ? '' : String(value);
    }
    return out;
  });
  return csvFormat(cells, columns) + '\n';
}

/** The JSON file: what made it (page, replay link, time) and the result itself. */
export function resultsJson(meta: {
  page: string;
  replayUrl: string;
  exportedAtIso: string;
  data: unknown;
}): string {
  return (
    JSON.stringify(
      {
        app: 'nonce-sense',
        page: meta.page,
        replayUrl: meta.replayUrl,
        exportedAt: meta.exportedAtIso,
        result: meta.data,
      },
      (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
      2,
    ) + '\n'
  );
}

/** A safe file name: letters, digits, dots and dashes only. */
export function resultsFileName(base: string, extension: 'csv' | 'json'): string {
  const safe = base.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'results';
  return `nonce-sense-${safe}.${extension}`;
}
