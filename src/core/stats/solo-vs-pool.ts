/**
 * Solo mining versus a pool: the same expected income, very different variance.
 *
 * A miner hashing at h hashes per second for t seconds finds blocks (probability pBlock per
 * hash) as a Poisson process, so the count is Poisson with mean h t pBlock: the mean and the
 * variance are equal. A pool pays for "shares", easier hashes (probability pShare per hash);
 * paying each share pBlock / pShare of a block reward (pay-per-share with no fee) gives the
 * same expected income, and the count of shares is Poisson with mean h t pShare. So, in block
 * rewards:
 *
 *   solo:  mean = h t pBlock, standard deviation = sqrt(h t pBlock)
 *   pool:  mean = h t pBlock, standard deviation = sqrt(h t pBlock) * sqrt(pBlock / pShare)
 *
 * The pool shrinks the spread by sqrt(pShare / pBlock) without changing the mean (Rosenfeld,
 * "Analysis of Bitcoin Pooled Mining Reward Systems", 2011, section 3). A solo miner's wait for
 * the first block is exponential with mean 1 / (h pBlock), and P(no block in t) = exp(-h t pBlock).
 *
 * `simulateIncomes` draws period incomes from these laws with the seeded generator: a
 * simulation from a measured rate, labelled as such on the page, not hashing.
 */
import type { UniformSource } from './geometric';

export interface IncomeModel {
  /** Hashes per second. */
  hashesPerSec: number;
  /** Probability that one hash is a block. */
  pBlock: number;
  /** Probability that one hash is a pool share (>= pBlock). */
  pShare: number;
}

/** Mean and standard deviation of income over `seconds`, in block rewards. */
export interface IncomeSpread {
  mean: number;
  sd: number;
}

function assertModel({ hashesPerSec, pBlock, pShare }: IncomeModel): void {
  if (!(hashesPerSec > 0)) throw new RangeError('hashesPerSec must be > 0');
  if (!(pBlock > 0 && pBlock <= 1)) throw new RangeError('pBlock must be in (0, 1]');
  if (!(pShare >= pBlock && pShare <= 1)) throw new RangeError('pShare must be in [pBlock, 1]');
}

/** Solo income over `seconds`: Poisson, mean = variance = h t pBlock. */
export function soloIncome(model: IncomeModel, seconds: number): IncomeSpread {
  assertModel(model);
  const mean = model.hashesPerSec * seconds * model.pBlock;
  return { mean, sd: Math.sqrt(mean) };
}

/** Pool income over `seconds` with pay-per-share at pBlock / pShare of a reward per share. */
export function poolIncome(model: IncomeModel, seconds: number): IncomeSpread {
  assertModel(model);
  const shares = model.hashesPerSec * seconds * model.pShare;
  const perShare = model.pBlock / model.pShare;
  return { mean: shares * perShare, sd: Math.sqrt(shares) * perShare };
}

/** Expected seconds until a solo miner's first block: 1 / (h pBlock). */
export function soloMeanSecondsToBlock(model: IncomeModel): number {
  assertModel(model);
  return 1 / (model.hashesPerSec * model.pBlock);
}

/** P(a solo miner finds no block in `seconds`) = exp(-h t pBlock). */
export function soloDrySpellProbability(model: IncomeModel, seconds: number): number {
  assertModel(model);
  return Math.exp(-model.hashesPerSec * seconds * model.pBlock);
}

/**
 * A Poisson count with the given mean, by counting unit-rate exponential arrivals in [0, mean]
 * (exact; O(mean) draws, fine for the means of a few thousand used here).
 */
export function samplePoisson(random: UniformSource, mean: number): number {
  if (!(mean >= 0) || !Number.isFinite(mean)) throw new RangeError('mean must be finite and >= 0');
  let count = 0;
  let time = -Math.log(1 - random.next());
  while (time <= mean) {
    count++;
    time -= Math.log(1 - random.next());
  }
  return count;
}

/** Simulated incomes per period, in block rewards, for the solo miner and the pool member. */
export interface SimulatedIncomes {
  solo: number[];
  pool: number[];
}

/** `periods` independent periods of `seconds` each, drawn from the Poisson laws above. */
export function simulateIncomes(
  random: UniformSource,
  model: IncomeModel,
  seconds: number,
  periods: number,
): SimulatedIncomes {
  assertModel(model);
  const blocksMean = model.hashesPerSec * seconds * model.pBlock;
  const sharesMean = model.hashesPerSec * seconds * model.pShare;
  const perShare = model.pBlock / model.pShare;
  const solo: number[] = [];
  const pool: number[] = [];
  for (let i = 0; i < periods; i++) {
    solo.push(samplePoisson(random, blocksMean));
    pool.push(samplePoisson(random, sharesMean) * perShare);
  }
  return { solo, pool };
}
