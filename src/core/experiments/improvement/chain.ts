/**
 * The design's small chain, re-implemented from its description: block format, hex-prefix
 * proof-of-work, the difficulty rule and the chain validation, and a forged improvement record
 * that the validation accepts.
 *
 * hash = SHA-256 of the text index + timestamp + merkle + prev + nonce, as lowercase hex; a
 * block is valid work if the hex starts with `zeros` "0" digits. One hex zero is 4 bits, so
 * each extra zero makes a block 16 times harder: an ordinary hash lottery with p = 16^-zeros
 * per try. The improvement record is a field of the block, but it is not in the hashed text,
 * and the validation checks only the links, the prefix and the merkle root: a record can be
 * rewritten after the fact and the chain still validates.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export interface ImprovementBlock {
  index: number;
  /** Seconds. */
  timestamp: number;
  merkle: string;
  prev: string;
  nonce: number;
  improvements: Record<string, number>;
  transactions: string[];
  hash: string;
}

/** The design's target block time, seconds, and its adjustment rule's constants. */
export const TARGET_BLOCK_SECONDS = 30;
export const ADJUST_EVERY_BLOCKS = 10;
export const MIN_ZEROS = 2;

/** SHA-256 of UTF-8 `text`, as lowercase hex. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The block hash: SHA-256 of index + timestamp + merkle + prev + nonce (no improvements). */
export function blockHash(
  block: Pick<ImprovementBlock, 'index' | 'timestamp' | 'merkle' | 'prev' | 'nonce'>,
): string {
  return sha256Hex(`${block.index}${block.timestamp}${block.merkle}${block.prev}${block.nonce}`);
}

/** A pairwise SHA-256 merkle root of the transactions' hashes (odd last one paired with itself). */
export function merkleRoot(transactions: readonly string[]): string {
  if (transactions.length === 0) return sha256Hex('');
  let level = transactions.map(sha256Hex);
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(sha256Hex(level[i]! + (level[i + 1] ?? level[i]!)));
    }
    level = next;
  }
  return level[0]!;
}

/** True if `hash` starts with `zeros` hex zeros. */
export function meetsPrefix(hash: string, zeros: number): boolean {
  return hash.startsWith('0'.repeat(zeros));
}

/**
 * The difficulty rule, applied when `height` (the next block's index) is a multiple of 10: one
 * more zero if the last 10 blocks came faster than half of 30 s on average, one fewer if slower
 * than double (never below 2).
 */
export function nextZeros(chain: readonly ImprovementBlock[], zeros: number): number {
  const height = chain.length;
  if (height === 0 || height % ADJUST_EVERY_BLOCKS !== 0) return zeros;
  // The last 10 gaps (9 at height 10, where the genesis block is the first).
  const gaps = Math.min(ADJUST_EVERY_BLOCKS, height - 1);
  const last = chain[height - 1]!;
  const first = chain[height - 1 - gaps]!;
  const meanSeconds = (last.timestamp - first.timestamp) / gaps;
  if (meanSeconds < TARGET_BLOCK_SECONDS / 2) return zeros + 1;
  if (meanSeconds > TARGET_BLOCK_SECONDS * 2) return Math.max(MIN_ZEROS, zeros - 1);
  return zeros;
}

/** A block being mined: its fields, and the nonce to try next. */
export interface MiningJob {
  index: number;
  timestamp: number;
  merkle: string;
  prev: string;
  improvements: Record<string, number>;
  transactions: string[];
  zeros: number;
  nextNonce: number;
}

/** Tries up to `maxTries` nonces; returns the block if one met the prefix, else null. */
export function mineSome(job: MiningJob, maxTries: number): ImprovementBlock | null {
  const end = job.nextNonce + maxTries;
  for (let nonce = job.nextNonce; nonce < end; nonce++) {
    const hash = blockHash({ ...job, nonce });
    if (meetsPrefix(hash, job.zeros)) {
      job.nextNonce = nonce + 1;
      const { index, timestamp, merkle, prev, improvements, transactions } = job;
      return { index, timestamp, merkle, prev, nonce, improvements, transactions, hash };
    }
  }
  job.nextNonce = end;
  return null;
}

/** The result of the design's chain validation. */
export interface ChainValidation {
  valid: boolean;
  /** The first failing block and why, if any. */
  failure: { index: number; reason: 'link' | 'prefix' | 'merkle' | 'hash' } | null;
}

/**
 * The design's validation: each block's stored hash is the hash of its fields, links to the
 * previous block's hash, meets the prefix of the difficulty in force, and has the merkle root
 * of its transactions. Nothing checks the improvement record.
 */
export function validateChain(
  chain: readonly ImprovementBlock[],
  startZeros: number,
): ChainValidation {
  let zeros = startZeros;
  for (let i = 0; i < chain.length; i++) {
    const block = chain[i]!;
    zeros = nextZeros(chain.slice(0, i), zeros);
    if (blockHash(block) !== block.hash)
      return { valid: false, failure: { index: i, reason: 'hash' } };
    if (i > 0 && block.prev !== chain[i - 1]!.hash) {
      return { valid: false, failure: { index: i, reason: 'link' } };
    }
    if (i > 0 && !meetsPrefix(block.hash, zeros)) {
      return { valid: false, failure: { index: i, reason: 'prefix' } };
    }
    if (merkleRoot(block.transactions) !== block.merkle) {
      return { valid: false, failure: { index: i, reason: 'merkle' } };
    }
  }
  return { valid: true, failure: null };
}

/** A copy of the chain with block `index`'s improvement record replaced: nothing else changes. */
export function forgeImprovements(
  chain: readonly ImprovementBlock[],
  index: number,
  improvements: Record<string, number>,
): ImprovementBlock[] {
  return chain.map((block, i) => (i === index ? { ...block, improvements } : block));
}
