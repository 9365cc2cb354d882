/**
 * Jobs of the swarm chapter that run in an experiment worker: the tuner's A/B discipline on nonce
 * strategies (hits per hash through the harness) and the toy key search (for scale).
 */
import { createRandom } from '../core/random';
import { searchToyKeys, type ToyKeySearchResult } from '../core/experiments/swarm/key-odds';
import { runStrategyAb, type StrategyAbReport } from '../core/experiments/swarm/strategy-ab';
import type { BuiltInStrategyId } from '../core/experiments/strategies';
import type { ExperimentControl } from './experiment-protocol';

export type SwarmJob =
  | {
      type: 'strategies';
      seed: number;
      challenger: BuiltInStrategyId;
      jobs: number;
      budgetPerJob: number;
      zeroBits: number;
    }
  | { type: 'keys'; seed: number; bits: number };

export type SwarmJobResult =
  { type: 'strategies'; report: StrategyAbReport } | { type: 'keys'; result: ToyKeySearchResult };

export async function runSwarmJob(
  job: SwarmJob,
  control: ExperimentControl,
): Promise<SwarmJobResult> {
  if (job.type === 'strategies') {
    const report = await runStrategyAb(
      {
        random: createRandom(job.seed),
        challenger: job.challenger,
        jobs: job.jobs,
        budgetPerJob: job.budgetPerJob,
        zeroBits: job.zeroBits,
      },
      { checkpoint: (done, total) => control.checkpoint(done, total) },
    );
    return { type: 'strategies', report };
  }
  const result = await searchToyKeys(
    job.bits,
    createRandom(job.seed).derive('toy-key'),
    () => performance.now(),
    (done, total) => control.checkpoint(done, total),
  );
  return { type: 'keys', result };
}
