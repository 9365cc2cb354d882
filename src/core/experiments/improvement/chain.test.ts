import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { genesisBlock, mineChain, nextJob } from './chain-builder';
import {
  blockHash,
  forgeImprovements,
  meetsPrefix,
  merkleRoot,
  mineSome,
  nextZeros,
  sha256Hex,
  validateChain,
  type ImprovementBlock,
} from './chain';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A chain of `n` stand-in blocks with the given timestamps (only timestamps matter here). */
const timed = (timestamps: number[]) =>
  timestamps.map((timestamp) => ({ timestamp }) as ImprovementBlock);

describe('block hash and merkle root', () => {
  it('sha256Hex("abc") is the FIPS 180-2 vector', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  it('blockHash hashes the text index + timestamp + merkle + prev + nonce, nothing else', () => {
    const fields = { index: 1, timestamp: 100, merkle: 'm', prev: 'p', nonce: 7 };
    expect(blockHash(fields)).toBe(nodeSha('1100mp7'));
  });
  it('merkleRoot pairs hashes and repeats an odd last one', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(nodeSha) as [string, string, string];
    expect(merkleRoot(['a'])).toBe(a);
    expect(merkleRoot(['a', 'b'])).toBe(nodeSha(a + b));
    expect(merkleRoot(['a', 'b', 'c'])).toBe(nodeSha(nodeSha(a + b) + nodeSha(c + c)));
  });
  it('meetsPrefix counts hex zeros (4 bits each)', () => {
    expect(meetsPrefix('00ab', 2)).toBe(true);
    expect(meetsPrefix('0fab', 2)).toBe(false);
  });
});

describe('mining and the difficulty rule', () => {
  it('mineSome finds the first nonce whose hash starts with "00"', () => {
    const chain = [genesisBlock(0)];
    const job = nextJob(chain, 2, { eigenvalues: 0.002 }, 10);
    const block = mineSome(job, 100_000)!;
    expect(block.hash.startsWith('00')).toBe(true);
    expect(block.hash).toBe(blockHash(block));
    for (let nonce = 0; nonce < block.nonce; nonce++) {
      expect(blockHash({ ...block, nonce }).startsWith('00')).toBe(false);
    }
  });
  it('adds a zero when 10 blocks came faster than 15 s each, removes one above 60 s, min 2', () => {
    const gaps = (s: number, n: number) => Array.from({ length: n }, (_, i) => i * s);
    expect(nextZeros(timed(gaps(1, 10)), 4)).toBe(5);
    expect(nextZeros(timed(gaps(100, 10)), 4)).toBe(3);
    expect(nextZeros(timed(gaps(100, 10)), 2)).toBe(2);
    expect(nextZeros(timed(gaps(30, 10)), 4)).toBe(4);
    expect(nextZeros(timed(gaps(1, 9)), 4)).toBe(4); // only every 10 blocks
    expect(nextZeros(timed(gaps(1, 20)), 4)).toBe(5);
  });
  it('mineChain at 2 zeros with a virtual clock: fast blocks raise the difficulty at block 10', () => {
    const records = Array.from({ length: 12 }, () => ({ sumOfSquares: 0.002 }));
    const mined = mineChain({ records, startZeros: 2, nowSeconds: (h) => h / 1000 });
    expect(mined.blocks).toHaveLength(13);
    expect(mined.zerosByBlock.slice(1, 10)).toEqual(Array(9).fill(2));
    expect(mined.zerosByBlock[10]).toBe(3);
  });
});

describe('the design validation, and a forged improvement record', () => {
  const mined = mineChain({
    records: [{ eigenvalues: 0.0021 }, { stringRegex: 0.0013 }, { sumOfSquares: 0.004 }],
    startZeros: 2,
    nowSeconds: (h) => 1_000 + h / 1000,
  });
  it('accepts the honestly mined chain', () => {
    expect(validateChain(mined.blocks, 2)).toEqual({ valid: true, failure: null });
  });
  it('accepts a block whose improvement record was rewritten: the hash does not cover it', () => {
    const forged = forgeImprovements(mined.blocks, 2, { eigenvalues: 9.99 });
    expect(forged[2]!.improvements).toEqual({ eigenvalues: 9.99 });
    expect(validateChain(forged, 2)).toEqual({ valid: true, failure: null });
  });
  it('rejects what the hash does cover: nonce, merkle root, transactions, links', () => {
    const b = mined.blocks;
    const withBlock = (i: number, patch: Partial<ImprovementBlock>) =>
      b.map((block, j) => (j === i ? { ...block, ...patch } : block));
    expect(validateChain(withBlock(2, { nonce: b[2]!.nonce + 1 }), 2).failure).toEqual({
      index: 2,
      reason: 'hash',
    });
    expect(validateChain(withBlock(2, { transactions: ['miner:1000'] }), 2).failure).toEqual({
      index: 2,
      reason: 'merkle',
    });
    expect(validateChain(withBlock(2, { prev: 'x' }), 2).failure!.index).toBe(2);
    expect(validateChain(withBlock(1, { hash: '00' + 'f'.repeat(62) }), 2).failure).toEqual({
      index: 1,
      reason: 'hash',
    });
  });
});
