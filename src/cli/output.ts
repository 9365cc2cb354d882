/**
 * Output helpers: aligned "label  value" lines for people, JSON for scripts.
 */
import type { Writable } from 'node:stream';

/** Where a command writes. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
}

/** Writes rows as "label  value" with the values aligned in one column. */
export function writeFields(out: Writable, rows: [label: string, value: string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  for (const [label, value] of rows) out.write(`${label.padEnd(width)}${value}\n`);
}

/** Writes a value as pretty JSON (bigints are not allowed: convert them to hex first). */
export function writeJson(out: Writable, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A whole number with thousands separators (1,234,567). */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Unix seconds as ISO 8601 UTC without milliseconds (2009-01-03T18:15:05Z). */
export function unixToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** A uint32 as "0x" + 8 hex digits (negative int32 values are shown as their uint32 bits). */
export function formatHex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}
