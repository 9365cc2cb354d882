import { describe, expect, it } from 'vitest';
import { bitsToTarget } from '../hash/target';
import { headerHashInternal, setNonce } from '../hash/block-header';
import { internalToDisplayHex } from '../hash/hash-order';
import {
  checkChain,
  firstInvalid,
  repairCost,
  unminedChain,
  withMinedHeader,
  withParent,
  toyHeader,
  type ToyBlock,
} from './toy-chain';
import { targetProof } from './chainwork';

// An easy target (about 1 in 16 hashes meet it) so the test mines on the main thread in ms.
const EASY_BITS = 0x200fffff;
const TXS = [
  ['genesis coinbase'],
  ['Alice pays Bob 5', 'Bob pays Carol 2'],
  ['x', 'y', 'z'],
  ['last'],
];

/** A tiny sequential miner, the same rule the worker pool applies. */
function mine(blocks: ToyBlock[], from: number): ToyBlock[] {
  const out = blocks.slice();
  for (let i = from; i < out.length; i++) {
    const parent = i === 0 ? new Uint8Array(32) : headerHashInternal(toyHeader(out[i - 1]!));
    const header = toyHeader(withParent(out[i]!, parent));
    const target = bitsToTarget(out[i]!.bits);
    for (let nonce = 0; ; nonce++) {
      const candidate = setNonce(header, nonce);
      if (BigInt(`0x${internalToDisplayHex(headerHashInternal(candidate))}`) <= target) {
        out[i] = withMinedHeader(out[i]!, candidate);
        break;
      }
    }
  }
  return out;
}

describe('toy chain', () => {
  it('an unmined chain is invalid from block 0; a mined one is valid throughout', () => {
    const unmined = unminedChain(TXS, EASY_BITS);
    expect(firstInvalid(checkChain(unmined))).toBe(0);
    const checks = checkChain(mine(unmined, 0));
    expect(checks.map((c) => c.valid)).toEqual([true, true, true, true]);
    expect(checks.every((c) => c.header.length === 80)).toBe(true);
    expect(repairCost(checks)).toEqual({ from: -1, work: 0n });
  });

  it('editing a transaction breaks that block (hash above target) and every later one', () => {
    const chain = mine(unminedChain(TXS, EASY_BITS), 0);
    const before = checkChain(chain);
    // Find an edit whose new hash misses the easy target (most do: 15 in 16).
    let edited: ToyBlock[] | null = null;
    for (let k = 0; k < 100 && !edited; k++) {
      const candidate = chain.slice();
      candidate[1] = { ...chain[1]!, txs: [`Alice pays Bob ${500 + k}`, 'Bob pays Carol 2'] };
      if (!checkChain(candidate)[1]!.meetsTarget) edited = candidate;
    }
    expect(edited).not.toBeNull();
    const after = checkChain(edited!);
    expect(after[0]!.valid).toBe(true);
    expect(after[1]!.merkleRootDisplayHex).not.toBe(before[1]!.merkleRootDisplayHex);
    expect(after[1]!.problems).toEqual(['above-target']);
    expect(after[2]!.problems).toEqual(['prev-mismatch', 'parent-invalid']);
    expect(after[2]!.meetsTarget).toBe(true); // its own hash is unchanged, its link is broken
    expect(after[3]!.problems).toEqual(['parent-invalid']);
    const cost = repairCost(after);
    expect(cost.from).toBe(1);
    expect(cost.work).toBe(3n * targetProof(bitsToTarget(EASY_BITS)));
    // Re-mining from block 1 repairs the chain.
    expect(firstInvalid(checkChain(mine(edited!, 1)))).toBe(-1);
  });

  it('a wrong prev-hash field alone invalidates the block and the rest', () => {
    const chain = mine(unminedChain(TXS, EASY_BITS), 0);
    const broken = chain.slice();
    broken[2] = { ...chain[2]!, prevHash: new Uint8Array(32).fill(7) };
    const checks = checkChain(broken);
    expect(checks[2]!.problems).toContain('prev-mismatch');
    expect(checks[3]!.valid).toBe(false);
    expect(checks[1]!.valid).toBe(true);
  });
});
