/**
 * Learned strategies: a nonce model (nonce-model.ts) ranks random candidates and the top ones
 * are hashed.
 *
 * - `learnedStrategy`: trained once on training jobs (never the evaluation jobs), with labels
 *   from real hashes at the experiment's target; the "AI predicts nonces" idea done honestly.
 * - `withinJobModelStrategy`: the positive control's pipeline. On each job it hashes random
 *   32-bit nonces to label them, trains, then ranks fresh random candidates (disjoint from the
 *   training nonces) and proposes the best. Against SHA-256d cut to 4 rounds, where a hit depends
 *   on the nonce's top byte and the job, this finds far more hits than chance; against the full
 *   hash it cannot. Training across jobs would not work even for cut rounds: the per-job
 *   midstate changes which top bytes hit.
 * Both count their labelling hashes as their own work.
 */
import type { Random } from '../random';
import type { ProposalContext, Strategy } from './harness';
import { createZeroBitsJob, hitsForNonces } from './nonce-hits';
import { trainNonceModel, type NonceModel } from './nonce-model';

/** Distinct random nonces, none of them in `exclude`. */
export function distinctRandomNonces(
  random: Random,
  count: number,
  exclude?: ReadonlySet<number>,
): Uint32Array {
  const out = new Uint32Array(count);
  const seen = new Set<number>(exclude);
  let n = 0;
  while (n < count) {
    const nonce = random.nextUint32();
    if (seen.has(nonce)) continue;
    seen.add(nonce);
    out[n++] = nonce;
  }
  return out;
}

/** The `budget` candidates with the highest scores (ties broken by candidate order). */
export function topByScore(
  model: NonceModel,
  candidates: Uint32Array,
  budget: number,
): Uint32Array {
  const scores = Array.from(candidates, (n) => model.score(n));
  const order = Array.from(candidates.keys()).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return Uint32Array.from(order.slice(0, budget), (i) => candidates[i]!);
}

export interface LearnedOptions {
  trainingJobs: readonly Uint8Array[];
  /** Random nonces labelled per training job. */
  noncesPerTrainingJob: number;
  zeroBits: number;
  rounds?: number;
  random: Random;
  /** Candidates ranked per evaluation job, as a multiple of the budget (default 4). */
  poolFactor?: number;
}

/** A model trained on held-out training jobs, then used to rank candidates on new jobs. */
export function learnedStrategy(options: LearnedOptions, id = 'learnedModel'): Strategy {
  const rounds = options.rounds ?? 64;
  const nonces: number[] = [];
  const labels: boolean[] = [];
  for (const header of options.trainingJobs) {
    const job = createZeroBitsJob(header, options.zeroBits, rounds);
    const batch = distinctRandomNonces(options.random, options.noncesPerTrainingJob);
    const hit = new Set(hitsForNonces(job, batch).hitNonces);
    for (const n of batch) {
      nonces.push(n);
      labels.push(hit.has(n));
    }
  }
  const model = trainNonceModel(nonces, labels);
  const poolFactor = options.poolFactor ?? 4;
  return {
    id,
    propose({ random, budget }: ProposalContext) {
      return topByScore(model, distinctRandomNonces(random, budget * poolFactor), budget);
    },
    ownWorkHashes: () => nonces.length,
  };
}

/** The positive control's pipeline: label, train and rank within each job. */
export function withinJobModelStrategy(
  trainingNonces: number,
  poolFactor = 4,
  id = 'withinJobModel',
): Strategy {
  return {
    id,
    propose({ random, budget, labelNonces }: ProposalContext) {
      const training = distinctRandomNonces(random, trainingNonces);
      const model = trainNonceModel(training, labelNonces(training));
      const candidates = distinctRandomNonces(random, budget * poolFactor, new Set(training));
      return topByScore(model, candidates, budget);
    },
  };
}
