/**
 * Leading zero bits of a hash, and the bit length of a bigint.
 *
 * "Leading zeros" are counted on the hash's numeric value, i.e. from the first byte of the
 * display order (see hash-order.ts): a hash with N leading zero bits is a number below
 * 2^(256 - N). This is the everyday reading of "the hash starts with zeros" and it is exactly
 * the quantity the zero-bit targets of target.ts test for.
 */
import { displayHexToBigint } from './hash-order';

/** Number of bits needed to write `value` in binary (0 for 0). `value` must be >= 0. */
export function bitLength(value: bigint): number {
  if (value < 0n) throw new RangeError(`bitLength needs a non-negative value, got ${value}`);
  if (value === 0n) return 0;
  const hex = value.toString(16);
  return 4 * (hex.length - 1) + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * Leading zero bits of bytes read most significant first (a display-order hash, or any
 * big-endian byte string). All-zero input gives 8 * length.
 */
export function leadingZeroBitsOfBytes(bytes: Uint8Array): number {
  let zeros = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== 0) return zeros + Math.clz32(byte) - 24;
    zeros += 8;
  }
  return zeros;
}

/**
 * Leading zero bits of a 256-bit hash given as its numeric value (bigint) or display-order hex
 * (64 digits): 256 minus its bit length, so the zero hash has 256.
 * @throws HexError on bad hex; RangeError on a value outside [0, 2^256)
 */
export function hashLeadingZeroBits(hash: bigint | string): number {
  const value = typeof hash === 'string' ? displayHexToBigint(hash) : hash;
  if (value < 0n || value >= 1n << 256n) {
    throw new RangeError(`a hash value must be in [0, 2^256), got ${value}`);
  }
  return 256 - bitLength(value);
}
