/**
 * A short chain of blocks in Bitcoin's real format: 80-byte headers (version, previous block's
 * hash, merkle root, time, bits, nonce), each linked to its parent by the previous-hash field,
 * with the merkle root computed by Bitcoin's rule from a few toy text transactions.
 *
 * A block keeps the header fields it was mined with (prev-hash field, time, nonce) and its
 * transactions, which the reader may edit. Its header is rebuilt with the merkle root of the
 * transactions as they are now, so an edit changes the root and hence the block's hash. A block
 * is valid when its hash meets the target its bits encode, its prev-hash field equals its
 * parent's hash (all zeros for the first block) and its parent is valid.
 */
import { HEADER_OFFSET, headerHashInternal, serializeHeader } from '../hash/block-header';
import { bitsToTarget } from '../hash/target';
import { internalToDisplayHex } from '../hash/hash-order';
import { targetProof } from './chainwork';
import { toyMerkleRoot } from './merkle';

export interface ToyBlock {
  txs: readonly string[];
  /** The previous-hash field as mined (internal order, 32 bytes). */
  prevHash: Uint8Array;
  time: number;
  bits: number;
  nonce: number;
}

export type BlockProblem = 'above-target' | 'prev-mismatch' | 'parent-invalid';

export interface BlockCheck {
  header: Uint8Array;
  /** SHA-256d of the header, internal order. */
  hash: Uint8Array;
  hashDisplayHex: string;
  merkleRootDisplayHex: string;
  target: bigint;
  /** Expected hashes to mine this block: 2^256 / (target + 1). */
  work: bigint;
  meetsTarget: boolean;
  linksToParent: boolean;
  /** Problems in order of importance; empty when the block is valid. */
  problems: BlockProblem[];
  valid: boolean;
}

export const TOY_VERSION = 1;
export const ZERO_HASH = new Uint8Array(32);

/** The 80-byte header of a block with the merkle root of its current transactions. */
export function toyHeader(block: ToyBlock): Uint8Array {
  return serializeHeader({
    version: TOY_VERSION,
    prevHash: block.prevHash,
    merkleRoot: toyMerkleRoot(block.txs),
    time: block.time,
    bits: block.bits,
    nonce: block.nonce,
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Checks every block in order; a block after an invalid one is invalid too. */
export function checkChain(blocks: readonly ToyBlock[]): BlockCheck[] {
  const checks: BlockCheck[] = [];
  let parentHash: Uint8Array = ZERO_HASH;
  let parentValid = true;
  for (const block of blocks) {
    const header = toyHeader(block);
    const hash = headerHashInternal(header);
    const hashDisplayHex = internalToDisplayHex(hash);
    const target = bitsToTarget(block.bits);
    const meetsTarget = BigInt(`0x${hashDisplayHex}`) <= target;
    const linksToParent = sameBytes(block.prevHash, parentHash);
    const problems: BlockProblem[] = [];
    if (!meetsTarget) problems.push('above-target');
    if (!linksToParent) problems.push('prev-mismatch');
    if (!parentValid) problems.push('parent-invalid');
    const valid = problems.length === 0;
    checks.push({
      header,
      hash,
      hashDisplayHex,
      merkleRootDisplayHex: internalToDisplayHex(
        header.slice(HEADER_OFFSET.merkleRoot, HEADER_OFFSET.merkleRoot + 32),
      ),
      target,
      work: targetProof(target),
      meetsTarget,
      linksToParent,
      problems,
      valid,
    });
    parentHash = hash;
    parentValid = valid;
  }
  return checks;
}

/** Index of the first invalid block, or -1 when the whole chain is valid. */
export function firstInvalid(checks: readonly BlockCheck[]): number {
  return checks.findIndex((check) => !check.valid);
}

/** Expected hashes to repair: the work of every block from the first invalid one to the tip. */
export function repairCost(checks: readonly BlockCheck[]): { from: number; work: bigint } {
  const from = firstInvalid(checks);
  if (from < 0) return { from: -1, work: 0n };
  let work = 0n;
  for (const check of checks.slice(from)) work += check.work;
  return { from, work };
}

/**
 * Block `index` ready to be mined: its prev-hash field set to `parentHash` (its parent's hash as
 * it is now). The nonce is left to the miner.
 */
export function withParent(block: ToyBlock, parentHash: Uint8Array): ToyBlock {
  return { ...block, prevHash: parentHash.slice() };
}

/** Block with the time and nonce of a mined 80-byte header (the miner may roll the time). */
export function withMinedHeader(block: ToyBlock, header: Uint8Array): ToyBlock {
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  return {
    ...block,
    prevHash: header.slice(HEADER_OFFSET.prevHash, HEADER_OFFSET.prevHash + 32),
    time: view.getUint32(HEADER_OFFSET.time, true),
    nonce: view.getUint32(HEADER_OFFSET.nonce, true),
  };
}

/** Time of the first toy block: the real genesis block's time; then one block every 600 s. */
export const TOY_START_TIME = 1231006505;

/** An unmined chain: zero prev-hash fields and nonces, one block per list of transactions. */
export function unminedChain(
  txsPerBlock: readonly (readonly string[])[],
  bits: number,
): ToyBlock[] {
  return txsPerBlock.map((txs, i) => ({
    txs: txs.slice(),
    prevHash: ZERO_HASH.slice(),
    time: TOY_START_TIME + 600 * i,
    bits,
    nonce: 0,
  }));
}
