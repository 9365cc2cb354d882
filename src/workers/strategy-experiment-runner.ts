/**
 * Jobs of the "Place your bets" chapter, run in a worker: the tournament of strategies (core's
 * `runStrategyExperiment`) and a reader's own bet (their nonces, regions of the nonce map or a
 * named strategy, scored against the sequential scan on fresh jobs).
 */
import { createRandom } from '../core/random';
import { makeJobHeaders } from '../core/experiments/experiment-jobs';
import { runHarness, type HarnessResult, type Strategy } from '../core/experiments/harness';
import { learnedStrategy } from '../core/experiments/learned-strategy';
import {
  builtInStrategy,
  topByteRegionStrategy,
  TOURNAMENT_STRATEGY_IDS,
  type BuiltInStrategyId,
} from '../core/experiments/strategies';
import {
  runStrategyExperiment,
  type StrategyExperimentOptions,
  type StrategyExperimentReport,
} from '../core/experiments/strategy-experiment';
import type { ExperimentControl } from './experiment-protocol';

export type StrategyJob =
  | { type: 'tournament'; options: StrategyExperimentOptions }
  | {
      type: 'bet';
      seed: number;
      zeroBits: number;
      jobs: number;
      budgetPerJob: number;
      /** The reader's own nonces (the same on every job), regions of the map, or a strategy. */
      bet:
        | { kind: 'nonces'; nonces: number[] }
        | { kind: 'regions'; topBytes: number[] }
        | { kind: 'strategy'; id: string };
      realNonces: number[];
    };

export type StrategyJobResult =
  { type: 'tournament'; report: StrategyExperimentReport } | { type: 'bet'; result: HarnessResult };

function betStrategy(job: Extract<StrategyJob, { type: 'bet' }>): Strategy {
  const { bet } = job;
  if (bet.kind === 'nonces') {
    const nonces = Uint32Array.from(bet.nonces);
    return { id: 'yourNonces', propose: () => nonces };
  }
  if (bet.kind === 'regions') return topByteRegionStrategy('yourRegions', bet.topBytes);
  if (bet.id === 'learnedModel') {
    const random = createRandom(job.seed);
    return learnedStrategy({
      trainingJobs: makeJobHeaders(random.derive('training-jobs'), 4),
      noncesPerTrainingJob: 2048,
      zeroBits: job.zeroBits,
      random: random.derive('training-nonces'),
    });
  }
  if (!(TOURNAMENT_STRATEGY_IDS as readonly string[]).includes(bet.id)) {
    throw new RangeError(`unknown strategy "${bet.id}"`);
  }
  return builtInStrategy(bet.id as BuiltInStrategyId, job.realNonces);
}

export async function runStrategyJob(
  job: StrategyJob,
  control: ExperimentControl,
): Promise<StrategyJobResult> {
  if (job.type === 'tournament') {
    const report = await runStrategyExperiment(job.options, {
      checkpoint: (done, total) => control.checkpoint(done, total),
    });
    return { type: 'tournament', report };
  }
  const random = createRandom(job.seed);
  const result = await runHarness(
    {
      jobs: makeJobHeaders(random.derive('bet-jobs'), job.jobs),
      zeroBits: job.zeroBits,
      budgetPerJob: job.budgetPerJob,
      random: random.derive('bet-arms'),
    },
    [betStrategy(job)],
    { checkpoint: (done, total) => control.checkpoint(done, total) },
  );
  return { type: 'bet', result };
}
