/**
 * Reader (and writer) for the packed real-header file, public/data/btc-headers.bin.
 *
 * Format "NSH1" (written by scripts/pack-headers.ts), all integers little-endian:
 *
 * | offset       | size | content                                   |
 * |--------------|------|-------------------------------------------|
 * | 0            | 4    | ASCII magic "NSH1"                        |
 * | 4            | 4    | uint32 record count n                     |
 * | 8 + 84 i     | 4    | uint32 block height of record i           |
 * | 12 + 84 i    | 80   | the raw 80-byte header, exactly as hashed |
 *
 * Records are sorted by strictly increasing height (heights may skip). The file is exactly
 * 8 + 84 n bytes. The reader copies nothing: each header is a view into the given buffer.
 */
import { HEADER_BYTES } from '../hash/block-header';

/** The magic bytes at the start of the file. */
export const HEADER_FILE_MAGIC = 'NSH1';
const PREFIX_BYTES = 8;
const RECORD_BYTES = 4 + HEADER_BYTES;

/** A header file that is not in the NSH1 format. */
export class HeaderFileError extends Error {
  override readonly name = 'HeaderFileError';
}

/** The parsed file. */
export interface HeaderFile {
  /** Number of records. */
  count: number;
  /** Block height of each record, strictly increasing. */
  heights: Uint32Array;
  /** The 80 raw bytes of each header: views into the input buffer, not copies. */
  headers: Uint8Array[];
}

/** One record to write. */
export interface HeaderRecord {
  height: number;
  header: Uint8Array;
}

/**
 * Parses an NSH1 file.
 * @throws HeaderFileError on a bad magic, a truncated or over-long file, or unsorted heights
 */
export function parseHeaderFile(bytes: Uint8Array): HeaderFile {
  if (bytes.length < PREFIX_BYTES) {
    throw new HeaderFileError(
      `header file truncated: ${bytes.length} bytes, the prefix alone is ${PREFIX_BYTES}`,
    );
  }
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== HEADER_FILE_MAGIC) {
    throw new HeaderFileError(
      `not a header file: magic is ${JSON.stringify(magic)}, expected "${HEADER_FILE_MAGIC}"`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const expectedLength = PREFIX_BYTES + count * RECORD_BYTES;
  if (bytes.length !== expectedLength) {
    const problem = bytes.length < expectedLength ? 'truncated' : 'has trailing bytes';
    throw new HeaderFileError(
      `header file ${problem}: ${count} records need ${expectedLength} bytes, got ${bytes.length}`,
    );
  }
  const heights = new Uint32Array(count);
  const headers: Uint8Array[] = new Array<Uint8Array>(count);
  for (let i = 0; i < count; i++) {
    const offset = PREFIX_BYTES + i * RECORD_BYTES;
    const height = view.getUint32(offset, true);
    if (i > 0 && height <= heights[i - 1]!) {
      throw new HeaderFileError(
        `header file out of order: record ${i} has height ${height} after ${heights[i - 1]}`,
      );
    }
    heights[i] = height;
    headers[i] = bytes.subarray(offset + 4, offset + RECORD_BYTES);
  }
  return { count, heights, headers };
}

/**
 * The index of the record with `height`, or -1 (binary search over the sorted heights).
 */
export function indexOfHeight(file: HeaderFile, height: number): number {
  let lo = 0;
  let hi = file.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = file.heights[mid]!;
    if (value === height) return mid;
    if (value < height) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Writes records in the NSH1 format (the inverse of `parseHeaderFile`).
 * @throws HeaderFileError on a header that is not 80 bytes or heights not strictly increasing
 */
export function encodeHeaderFile(records: readonly HeaderRecord[]): Uint8Array {
  const bytes = new Uint8Array(PREFIX_BYTES + records.length * RECORD_BYTES);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = HEADER_FILE_MAGIC.charCodeAt(i);
  view.setUint32(4, records.length, true);
  records.forEach((record, i) => {
    if (record.header.length !== HEADER_BYTES) {
      throw new HeaderFileError(`record ${i}: a header is 80 bytes, got ${record.header.length}`);
    }
    if (!Number.isInteger(record.height) || record.height < 0 || record.height > 0xffffffff) {
      throw new HeaderFileError(`record ${i}: height must be a uint32, got ${record.height}`);
    }
    if (i > 0 && record.height <= records[i - 1]!.height) {
      throw new HeaderFileError(`record ${i}: heights must be strictly increasing`);
    }
    const offset = PREFIX_BYTES + i * RECORD_BYTES;
    view.setUint32(offset, record.height, true);
    bytes.set(record.header, offset + 4);
  });
  return bytes;
}
