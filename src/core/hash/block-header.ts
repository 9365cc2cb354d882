/**
 * The 80-byte Bitcoin block header: parse, serialise, set the nonce or time, hash once.
 *
 * Layout (every integer little-endian, as Bitcoin serialises them):
 *
 * | bytes  | field       | type                                                   |
 * |--------|-------------|--------------------------------------------------------|
 * | 0..3   | version     | int32                                                  |
 * | 4..35  | prev hash   | 32 bytes, internal order (see hash-order.ts)           |
 * | 36..67 | merkle root | 32 bytes, internal order                               |
 * | 68..71 | time        | uint32, seconds since 1970-01-01 UTC                   |
 * | 72..75 | bits        | uint32, the compact target (see target.ts)             |
 * | 76..79 | nonce       | uint32                                                 |
 *
 * The two hashes are kept as raw bytes in the order they sit in the header; their usual
 * display-order hex comes from `internalToDisplayHex`. The block hash is SHA-256d of the 80
 * bytes, shown byte-reversed.
 *
 * Source: Bitcoin Core `CBlockHeader::SerializationOps` (src/primitives/block.h) and the
 * Bitcoin developer reference, "Block Headers".
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytesOfLength } from '../hex';
import { internalToDisplayHex } from './hash-order';

/** Size of a serialised header in bytes. */
export const HEADER_BYTES = 80;

/** Byte offsets of the fields. */
export const HEADER_OFFSET = {
  version: 0,
  prevHash: 4,
  merkleRoot: 36,
  time: 68,
  bits: 72,
  nonce: 76,
} as const;

/** A parsed block header. */
export interface BlockHeader {
  /** Signed 32-bit version (BIP 9 version bits live here). */
  version: number;
  /** Hash of the previous block header, 32 bytes in internal order. */
  prevHash: Uint8Array;
  /** Merkle root of the block's transactions, 32 bytes in internal order. */
  merkleRoot: Uint8Array;
  /** Block time, unsigned seconds since the Unix epoch. */
  time: number;
  /** The target in compact form (uint32). */
  bits: number;
  /** The nonce (uint32). */
  nonce: number;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function assertHeaderBytes(bytes: Uint8Array): void {
  if (bytes.length !== HEADER_BYTES) {
    throw new RangeError(`a block header is ${HEADER_BYTES} bytes, got ${bytes.length}`);
  }
}

function assertUint32(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`${what} must be a whole number from 0 to 4294967295, got ${value}`);
  }
}

/** Parses 80 header bytes (the hashes are copied, so the result does not alias `bytes`). */
export function parseHeader(bytes: Uint8Array): BlockHeader {
  assertHeaderBytes(bytes);
  const v = view(bytes);
  return {
    version: v.getInt32(HEADER_OFFSET.version, true),
    prevHash: bytes.slice(HEADER_OFFSET.prevHash, HEADER_OFFSET.prevHash + 32),
    merkleRoot: bytes.slice(HEADER_OFFSET.merkleRoot, HEADER_OFFSET.merkleRoot + 32),
    time: v.getUint32(HEADER_OFFSET.time, true),
    bits: v.getUint32(HEADER_OFFSET.bits, true),
    nonce: v.getUint32(HEADER_OFFSET.nonce, true),
  };
}

/**
 * Parses a header from 160 hex digits (the raw bytes in order, as `getblockheader <hash> false`
 * prints them).
 * @throws HexError on bad hex or a wrong length
 */
export function parseHeaderHex(hex: string): BlockHeader {
  return parseHeader(hexToBytesOfLength(hex, HEADER_BYTES, 'header'));
}

/** Serialises a header into 80 new bytes. @throws RangeError on an out-of-range field */
export function serializeHeader(header: BlockHeader): Uint8Array {
  if (
    !Number.isInteger(header.version) ||
    header.version < -(2 ** 31) ||
    header.version >= 2 ** 31
  ) {
    throw new RangeError(`version must be a signed 32-bit whole number, got ${header.version}`);
  }
  for (const key of ['prevHash', 'merkleRoot'] as const) {
    if (header[key].length !== 32) {
      throw new RangeError(`${key} must be 32 bytes, got ${header[key].length}`);
    }
  }
  assertUint32(header.time, 'time');
  assertUint32(header.bits, 'bits');
  assertUint32(header.nonce, 'nonce');
  const bytes = new Uint8Array(HEADER_BYTES);
  const v = view(bytes);
  v.setInt32(HEADER_OFFSET.version, header.version, true);
  bytes.set(header.prevHash, HEADER_OFFSET.prevHash);
  bytes.set(header.merkleRoot, HEADER_OFFSET.merkleRoot);
  v.setUint32(HEADER_OFFSET.time, header.time, true);
  v.setUint32(HEADER_OFFSET.bits, header.bits, true);
  v.setUint32(HEADER_OFFSET.nonce, header.nonce, true);
  return bytes;
}

/** The header as 160 lower-case hex digits. */
export function headerToHex(header: BlockHeader): string {
  return bytesToHex(serializeHeader(header));
}

/** Display-order hex of the previous block's hash. */
export function prevHashDisplayHex(header: BlockHeader): string {
  return internalToDisplayHex(header.prevHash);
}

/** Display-order hex of the merkle root. */
export function merkleRootDisplayHex(header: BlockHeader): string {
  return internalToDisplayHex(header.merkleRoot);
}

/** A copy of the 80 header bytes with the nonce (bytes 76..79, little-endian) replaced. */
export function setNonce(headerBytes: Uint8Array, nonce: number): Uint8Array {
  return withUint32(headerBytes, HEADER_OFFSET.nonce, nonce, 'nonce');
}

/** A copy of the 80 header bytes with the time (bytes 68..71, little-endian) replaced. */
export function setTime(headerBytes: Uint8Array, time: number): Uint8Array {
  return withUint32(headerBytes, HEADER_OFFSET.time, time, 'time');
}

function withUint32(
  headerBytes: Uint8Array,
  offset: number,
  value: number,
  what: string,
): Uint8Array {
  assertHeaderBytes(headerBytes);
  assertUint32(value, what);
  const copy = headerBytes.slice();
  view(copy).setUint32(offset, value, true);
  return copy;
}

function asBytes(header: Uint8Array | BlockHeader): Uint8Array {
  if (header instanceof Uint8Array) {
    assertHeaderBytes(header);
    return header;
  }
  return serializeHeader(header);
}

/**
 * SHA-256d of a header in internal order (the bytes a child block's prev-hash field holds).
 * Uses @noble/hashes; meant for one-off hashes, the mining loop uses sha256d-kernel.ts.
 */
export function headerHashInternal(header: Uint8Array | BlockHeader): Uint8Array {
  return sha256(sha256(asBytes(header)));
}

/** The block hash as it is usually shown: SHA-256d of the header, display-order hex. */
export function headerHashDisplayHex(header: Uint8Array | BlockHeader): string {
  return internalToDisplayHex(headerHashInternal(header));
}
