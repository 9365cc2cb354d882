/**
 * Bitcoin's merkle rule on toy transactions. A toy transaction is a line of text; its id is the
 * double SHA-256 of its UTF-8 bytes (a real txid is the double SHA-256 of the serialised
 * transaction). The tree is Bitcoin's: hash pairs with double SHA-256 (left || right, 64 bytes),
 * duplicate the last hash of a level with an odd count, repeat until one hash is left. With one
 * transaction the root is its id. All hashes are 32 bytes in internal order (as in the header).
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** Longest toy transaction accepted, in characters. */
export const MAX_TX_CHARS = 200;

export function sha256d(bytes: Uint8Array): Uint8Array {
  return sha256(sha256(bytes));
}

/** The id of a toy transaction: SHA-256d of its UTF-8 bytes, internal order. */
export function toyTxid(text: string): Uint8Array {
  return sha256d(new TextEncoder().encode(text));
}

/** The merkle root of a list of txids (internal order). Throws on an empty list. */
export function merkleRoot(txids: readonly Uint8Array[]): Uint8Array {
  if (txids.length === 0) throw new RangeError('a block has at least one transaction');
  for (const id of txids) {
    if (id.length !== 32) throw new RangeError(`a txid is 32 bytes, got ${id.length}`);
  }
  let level = txids.slice();
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i]!;
      const right = level[i + 1] ?? left;
      const pair = new Uint8Array(64);
      pair.set(left, 0);
      pair.set(right, 32);
      next.push(sha256d(pair));
    }
    level = next;
  }
  return level[0]!;
}

/** The merkle root of toy transactions (each text's id, then Bitcoin's tree). */
export function toyMerkleRoot(texts: readonly string[]): Uint8Array {
  return merkleRoot(texts.map(toyTxid));
}
