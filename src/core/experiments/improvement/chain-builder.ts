/**
 * Mines the design's small chain: a genesis block, then one block per minted round, each
 * carrying its improvement record and two reward transactions (80 % miner, 20 % genesis
 * wallet), with the difficulty rule applied every 10 blocks.
 *
 * Time is injected: `nowSeconds` is read once per block as its timestamp. The worker passes a
 * real clock; the CLI and the tests pass a virtual clock that advances with the hashes tried
 * at a stated rate, so that the same seed gives the same chain.
 */
import { improvementReward } from './issuance';
import {
  merkleRoot,
  mineSome,
  nextZeros,
  blockHash,
  type ImprovementBlock,
  type MiningJob,
} from './chain';

/** The genesis block: index 0, no work required. */
export function genesisBlock(timestamp: number): ImprovementBlock {
  const transactions = ['genesis'];
  const block = {
    index: 0,
    timestamp,
    merkle: merkleRoot(transactions),
    prev: '0',
    nonce: 0,
    improvements: {},
    transactions,
  };
  return { ...block, hash: blockHash(block) };
}

/** The next block's job on top of `chain`, at `zeros` hex zeros. */
export function nextJob(
  chain: readonly ImprovementBlock[],
  zeros: number,
  improvements: Record<string, number>,
  timestamp: number,
): MiningJob {
  const index = chain.length;
  let sum = 0;
  for (const value of Object.values(improvements)) sum += value;
  const reward = improvementReward(index, sum);
  const transactions = [`miner:${reward.miner}`, `genesis:${reward.genesis}`];
  return {
    index,
    timestamp,
    merkle: merkleRoot(transactions),
    prev: chain[index - 1]!.hash,
    improvements,
    transactions,
    zeros,
    nextNonce: 0,
  };
}

/** The chain mined so far and the difficulty for its next block. */
export interface MinedChain {
  blocks: ImprovementBlock[];
  zeros: number;
  hashes: number;
  /** The difficulty (hex zeros) each block was mined at. */
  zerosByBlock: number[];
}

/**
 * Mines `records.length` blocks on a genesis block, one per improvement record. Returns early
 * (with what was mined) if `shouldStop` says so between slices of `sliceTries` tries.
 */
export function mineChain(options: {
  records: readonly Record<string, number>[];
  startZeros: number;
  nowSeconds: (hashes: number) => number;
  sliceTries?: number;
  shouldStop?: (chain: MinedChain) => boolean;
}): MinedChain {
  const sliceTries = options.sliceTries ?? 4096;
  let hashes = 0;
  const state: MinedChain = {
    blocks: [genesisBlock(options.nowSeconds(0))],
    zeros: options.startZeros,
    hashes: 0,
    zerosByBlock: [0],
  };
  for (const record of options.records) {
    state.zeros = nextZeros(state.blocks, state.zeros);
    const job = nextJob(state.blocks, state.zeros, record, options.nowSeconds(hashes));
    for (;;) {
      const before = job.nextNonce;
      const block = mineSome(job, sliceTries);
      hashes += job.nextNonce - before;
      state.hashes = hashes;
      if (block) {
        state.blocks.push(block);
        state.zerosByBlock.push(job.zeros);
        break;
      }
      if (options.shouldStop?.(state)) return state;
    }
    if (options.shouldStop?.(state)) return state;
  }
  return state;
}
