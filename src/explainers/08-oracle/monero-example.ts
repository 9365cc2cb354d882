/**
 * One real Monero proof of work, for the page's explanation of the hashing blob: a P2Pool
 * mainnet share at height 3,258,099 (block template of the Monero chain). Copied from the
 * project's RandomX vectors file, whose source is SChernykh/p2pool tests/src/block.dat and
 * pool_block_tests.cpp @14b6a63c1024 (GPL-3.0); the RandomX hash was recomputed there with
 * librandomx 1.1.10. Only these strings are used; nothing is fetched.
 */
export const MONERO_EXAMPLE = {
  height: 3_258_099,
  hashingBlobHex:
    '1010c5b5aeb8062aaa1728867d88194c8866077942e8f4ca628c1989a316f72182eb4f4ea0e5da40080215dae0961941c1bb6471df5399f06b1db0a0ae621001961e3c6a02f160698ec1f215',
  nonce: 352_454_720,
  powHashHex: '0906c001cc0900098fe1b62593f8ba52bd1ae2a0806096aa361a9f1702000000',
  shareDifficulty: 1_828_732_004,
} as const;

/** Byte offset of the 4-byte little-endian nonce in a Monero hashing blob (this block version). */
export const NONCE_OFFSET = 39;

/** The nonce read from a hashing blob: 4 bytes at offset 39, little-endian. */
export function nonceFromBlob(blobHex: string): number {
  const at = (i: number) =>
    parseInt(blobHex.slice(2 * (NONCE_OFFSET + i), 2 * (NONCE_OFFSET + i) + 2), 16);
  return (at(0) | (at(1) << 8) | (at(2) << 16) | (at(3) << 24)) >>> 0;
}

/** The blob split for display: before the nonce, the nonce, after it (hex). */
export function splitBlob(blobHex: string): [before: string, nonce: string, after: string] {
  const a = 2 * NONCE_OFFSET;
  return [blobHex.slice(0, a), blobHex.slice(a, a + 8), blobHex.slice(a + 8)];
}

/** Does the hash meet the difficulty? Read it as a little-endian 256-bit number: h x d < 2^256. */
export function meetsDifficultyLittleEndian(hashHex: string, difficulty: number): boolean {
  let value = 0n;
  for (let i = hashHex.length - 2; i >= 0; i -= 2)
    value = (value << 8n) | BigInt(parseInt(hashHex.slice(i, i + 2), 16));
  return value * BigInt(difficulty) < 1n << 256n;
}
