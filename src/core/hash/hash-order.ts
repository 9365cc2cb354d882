/**
 * The one place where Bitcoin's two byte orders for 32-byte hashes are converted.
 *
 * SHA-256 outputs its digest bytes in a fixed order; Bitcoin stores and hashes them in exactly
 * that order ("internal order": the prev-hash and merkle-root fields of a header, the output of
 * the mining kernel). But Bitcoin Core compares a hash with the target by reading those bytes as
 * a little-endian 256-bit number (`UintToArith256`), and prints it most significant byte first,
 * i.e. byte-reversed ("display order": block explorers, RPC output, `000000000019d668...`).
 * So display-order hex read as a big-endian number is the hash's numeric value.
 *
 * Source: Bitcoin Core `uint256::GetHex` (prints bytes in reverse) and `UintToArith256`
 * (src/arith_uint256.cpp); the genesis vector in data/sha256-vectors.json shows both orders.
 */
import { bytesToHex, hexToBytesOfLength, reverseBytes } from '../hex';

/** Display-order hex (64 digits) of a 32-byte hash given in internal order. */
export function internalToDisplayHex(internal: Uint8Array): string {
  assertHashLength(internal);
  return bytesToHex(reverseBytes(internal));
}

/**
 * Internal-order bytes of a hash given as display-order hex (exactly 64 hex digits).
 * @throws HexError on bad hex or a wrong length
 */
export function displayHexToInternal(displayHex: string, what = 'hash'): Uint8Array {
  return reverseBytes(hexToBytesOfLength(displayHex, 32, what));
}

/** The numeric value of a hash given in internal order (little-endian 256-bit number). */
export function internalHashToBigint(internal: Uint8Array): bigint {
  assertHashLength(internal);
  let value = 0n;
  for (let i = 31; i >= 0; i--) value = (value << 8n) | BigInt(internal[i]!);
  return value;
}

/**
 * The numeric value of a hash given as display-order hex (exactly 64 hex digits).
 * @throws HexError on bad hex or a wrong length
 */
export function displayHexToBigint(displayHex: string, what = 'hash'): bigint {
  hexToBytesOfLength(displayHex, 32, what); // validates
  return BigInt(`0x${displayHex}`);
}

/** A 256-bit number as 64 hex digits, most significant first (display order for a hash). */
export function bigintToHex64(value: bigint): string {
  if (value < 0n || value >= 1n << 256n) {
    throw new RangeError(`value must be in [0, 2^256), got ${value}`);
  }
  return value.toString(16).padStart(64, '0');
}

function assertHashLength(bytes: Uint8Array): void {
  if (bytes.length !== 32) throw new RangeError(`a hash is 32 bytes, got ${bytes.length}`);
}
