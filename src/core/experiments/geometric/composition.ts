/**
 * Block composition: what choosing the transactions really changes.
 *
 * A seeded mempool of transactions (virtual size, fee rate, a 32-byte id). A block is a
 * coinbase plus a set of transactions; its merkle root is Bitcoin's (SHA-256d of each pair of
 * ids, the last one paired with itself when a level is odd). A different set gives a different
 * root, so a different header, so a fresh lottery for every nonce: the hits of one template say
 * nothing about another's. Attempts to a first hit stay geometric with mean 1/p whichever set
 * is chosen, including the set "geometrically closest" to the 7-D target (the design's
 * composer). What the set does change is the fee revenue: the fee-rate knapsack (greedy by
 * sat/vB under the block's size limit) is the part that works.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { Random } from '../../random';
import { createZeroBitsJob, hitsForRange } from '../nonce-hits';
import { headerDimensions } from './dimensions';
import { weightedDistance } from './inverse-solver';

export interface MempoolTx {
  id: Uint8Array;
  vsize: number;
  /** Satoshis per virtual byte. */
  feeRate: number;
  fee: number;
}

/** `count` seeded transactions: sizes 150-2,000 vB and fee rates 1-200 sat/vB (log-uniform). */
export function makeMempool(random: Random, count: number): MempoolTx[] {
  return Array.from({ length: count }, () => {
    const vsize = Math.round(150 * (2000 / 150) ** random.next());
    const feeRate = Math.round(200 ** random.next() * 10) / 10;
    return {
      id: random.fillBytes(new Uint8Array(32)),
      vsize,
      feeRate,
      fee: Math.round(vsize * feeRate),
    };
  });
}

const sha256d = (bytes: Uint8Array) => sha256(sha256(bytes));

/** Bitcoin's merkle root of transaction ids (internal byte order). */
export function merkleRoot(ids: readonly Uint8Array[]): Uint8Array {
  if (ids.length === 0) throw new RangeError('a block has at least the coinbase');
  let level = ids.slice();
  const pair = new Uint8Array(64);
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      pair.set(level[i]!, 0);
      pair.set(level[i + 1] ?? level[i]!, 32);
      next.push(sha256d(pair));
    }
    level = next;
  }
  return level[0]!;
}

/** The template: `base` with the merkle root of coinbase + `txs`, nonce 0. */
export function templateFor(
  base: Uint8Array,
  coinbaseId: Uint8Array,
  txs: readonly MempoolTx[],
): Uint8Array {
  const header = base.slice();
  header.set(merkleRoot([coinbaseId, ...txs.map((t) => t.id)]), 36);
  new DataView(header.buffer).setUint32(76, 0, true);
  return header;
}

/** Greedy by fee rate under `capacityVbytes`: the classic fee knapsack. */
export function feeRateKnapsack(
  mempool: readonly MempoolTx[],
  capacityVbytes: number,
): MempoolTx[] {
  const chosen: MempoolTx[] = [];
  let used = 0;
  for (const tx of [...mempool].sort((a, b) => b.feeRate - a.feeRate)) {
    if (used + tx.vsize <= capacityVbytes) {
      chosen.push(tx);
      used += tx.vsize;
    }
  }
  return chosen;
}

/** The fractional-knapsack bound: no set under the limit can earn more fees. */
export function feeUpperBound(mempool: readonly MempoolTx[], capacityVbytes: number): number {
  let used = 0;
  let fees = 0;
  for (const tx of [...mempool].sort((a, b) => b.feeRate - a.feeRate)) {
    const take = Math.min(tx.vsize, capacityVbytes - used);
    if (take <= 0) break;
    fees += take * tx.feeRate;
    used += take;
  }
  return fees;
}

/** A random set filling the block in a random order (what "any other choice" looks like). */
export function randomFill(
  mempool: readonly MempoolTx[],
  capacityVbytes: number,
  random: Random,
): MempoolTx[] {
  const order = mempool.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen: MempoolTx[] = [];
  let used = 0;
  for (const i of order) {
    const tx = mempool[i]!;
    if (used + tx.vsize <= capacityVbytes) {
      chosen.push(tx);
      used += tx.vsize;
    }
  }
  return chosen;
}

/** The design's composer: of `candidates` random fills, the one closest to the 7-D target. */
export function geometricComposer(
  base: Uint8Array,
  coinbaseId: Uint8Array,
  mempool: readonly MempoolTx[],
  capacityVbytes: number,
  candidates: number,
  random: Random,
): { txs: MempoolTx[]; distance: number } {
  let best: { txs: MempoolTx[]; distance: number } | null = null;
  for (let c = 0; c < candidates; c++) {
    const txs = randomFill(mempool, capacityVbytes, random);
    const distance = weightedDistance(headerDimensions(templateFor(base, coinbaseId, txs)));
    if (!best || distance < best.distance) best = { txs, distance };
  }
  return best!;
}

export const totalFees = (txs: readonly MempoolTx[]) => txs.reduce((s, t) => s + t.fee, 0);

/** Nonces tried from 0 until the first hit at `zeroBits` (1-based), up to `limit`. */
export function attemptsToFirstHit(
  template: Uint8Array,
  zeroBits: number,
  limit = 2 ** 24,
): number {
  const job = createZeroBitsJob(template, zeroBits);
  const chunk = 4096;
  for (let start = 0; start < limit; start += chunk) {
    const hits = hitsForRange(job, start, Math.min(chunk, limit - start)).hitNonces;
    if (hits.length > 0) return hits[0]! + 1;
  }
  return Infinity;
}

/** Hit nonces in 0..count-1 shared by two templates, and how many chance alone would give. */
export function sharedHits(
  a: Uint8Array,
  b: Uint8Array,
  zeroBits: number,
  count: number,
): { hitsA: number[]; hitsB: number[]; shared: number; expectedShared: number } {
  const hitsA = hitsForRange(createZeroBitsJob(a, zeroBits), 0, count).hitNonces;
  const hitsB = hitsForRange(createZeroBitsJob(b, zeroBits), 0, count).hitNonces;
  const inA = new Set(hitsA);
  return {
    hitsA,
    hitsB,
    shared: hitsB.filter((n) => inA.has(n)).length,
    expectedShared: count * 2 ** (-2 * zeroBits),
  };
}
