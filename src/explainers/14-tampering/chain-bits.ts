/** The chain's difficulty: N leading zero bits in compact form (about 2^N hashes per block). */
import { targetFromLeadingZeroBits, targetToBits } from '../../core/hash/target';

export const CHAIN_BITS_CHOICES = [12, 14, 16, 18, 20, 22] as const;
export const DEFAULT_CHAIN_BITS = 20;

export function chainBits(zeroBits: number): number {
  return targetToBits(targetFromLeadingZeroBits(zeroBits));
}

/** A zero-bits value from the URL, or the default when it is not one of the choices. */
export function parseChainBits(text: string): number {
  const value = Number(text);
  return (CHAIN_BITS_CHOICES as readonly number[]).includes(value) ? value : DEFAULT_CHAIN_BITS;
}
