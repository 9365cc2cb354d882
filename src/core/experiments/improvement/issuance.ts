/**
 * The design's reward and its issuance: 50 coins halving every 210,000 blocks, times
 * (1 + the block's sum of improvements), split 80 % to the miner and 20 % to a genesis wallet.
 *
 * Every minted block has an improvement sum above 0.001 by construction, so the multiplier is
 * always above 1 and the supply can only run ahead of the fixed schedule (whose total is
 * 50 x 210,000 x 2 = 21 million, approached but never reached).
 */

export const BASE_REWARD = 50;
export const HALVING_BLOCKS = 210_000;
export const MINER_SHARE = 0.8;
export const GENESIS_SHARE = 0.2;

/** 50 x 2^-floor(height / 210000). */
export function scheduledReward(height: number): number {
  return BASE_REWARD * 2 ** -Math.floor(height / HALVING_BLOCKS);
}

/** The design's reward at `height` with an improvement sum, and its 80/20 split. */
export function improvementReward(
  height: number,
  improvementSum: number,
): { total: number; miner: number; genesis: number } {
  const total = scheduledReward(height) * (1 + improvementSum);
  return { total, miner: total * MINER_SHARE, genesis: total * GENESIS_SHARE };
}

/** Cumulative coins issued, with the multiplier and on the fixed schedule, at sampled heights. */
export interface IssuancePoint {
  height: number;
  fixed: number;
  withMultiplier: number;
  genesisWallet: number;
}

/**
 * Issuance over `blocks` blocks, sampled every `step` blocks (and at the end), with the
 * improvement sum of block h given by `sumAt(h)`.
 */
export function issuanceSeries(
  blocks: number,
  step: number,
  sumAt: (height: number) => number,
): IssuancePoint[] {
  const points: IssuancePoint[] = [];
  let fixed = 0;
  let withMultiplier = 0;
  let genesisWallet = 0;
  for (let h = 0; h < blocks; h++) {
    const base = scheduledReward(h);
    const reward = improvementReward(h, sumAt(h));
    fixed += base;
    withMultiplier += reward.total;
    genesisWallet += reward.genesis;
    if ((h + 1) % step === 0 || h === blocks - 1) {
      points.push({ height: h + 1, fixed, withMultiplier, genesisWallet });
    }
  }
  return points;
}
