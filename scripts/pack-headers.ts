/**
 * Packs the verified Bitcoin headers (JSON, 17 MB) into the compact files the project ships.
 * Run once from a checkout that has `../shared/data/` beside it:
 *   node bin/run-ts.mjs scripts/pack-headers.ts [path/to/btc_headers.json]
 *
 * Writes
 * - public/data/btc-headers.bin: "NSH1" magic, u32 LE record count, then per header
 *   u32 LE height + the 80 raw header bytes (exactly as hashed), sorted by height.
 * - data/btc-header-hashes.bin: the 32-byte display-order hash of every record, same order;
 *   used only by the test that recomputes every hash (the app recomputes, it needs no copy).
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface HeaderRow {
  height: number;
  hash: string;
  header_hex: string;
}

const source = process.argv[2] ?? '../shared/data/btc_headers.json';
const rows = (JSON.parse(readFileSync(source, 'utf8')) as HeaderRow[]).sort(
  (a, b) => a.height - b.height,
);
const records = Buffer.alloc(8 + rows.length * 84);
records.write('NSH1', 0, 'latin1');
records.writeUInt32LE(rows.length, 4);
const hashes = Buffer.alloc(rows.length * 32);
rows.forEach((row, i) => {
  const header = Buffer.from(row.header_hex, 'hex');
  if (header.length !== 80)
    throw new Error(`height ${row.height}: header is ${header.length} bytes`);
  records.writeUInt32LE(row.height, 8 + i * 84);
  header.copy(records, 8 + i * 84 + 4);
  Buffer.from(row.hash, 'hex').copy(hashes, i * 32);
});
writeFileSync('public/data/btc-headers.bin', records);
writeFileSync('data/btc-header-hashes.bin', hashes);
console.log(`packed ${rows.length} headers: ${records.length} + ${hashes.length} bytes`);
