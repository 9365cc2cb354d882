/**
 * The round-reduced positive control, swept over the number of rounds R: can a learning model
 * beat chance against SHA-256d cut to R rounds, and from which R can it no longer?
 *
 * For each R, on the same seeded jobs (fresh random headers), the harness (`runHarness`, with
 * every compression of SHA-256d cut to R rounds: the header's two blocks and the second hash's
 * block) runs the within-job model (`withinJobModelStrategy`): on each job it hashes random
 * 32-bit nonces to label them "hit" or "miss", fits the naive-Bayes nonce model, ranks fresh
 * candidates disjoint from the training nonces and hashes the top `budgetPerJob`. A hit is a
 * hash with at least `zeroBits` leading zero bits, the hash read as Bitcoin reads it (the 32
 * digest bytes reversed, as one 256-bit number); by chance each hash hits with p = 2^-zeroBits.
 *
 * Reported per R: hits of the proposed nonces against hashes x p, with two 95 % intervals: the
 * job-level one (`clusterProportion`, the jobs are the independent units) that the sweep judges
 * by, and the one that counts hashes as independent (Garwood, from the harness) for comparison:
 * at R <= 3 the nonce never enters the hash, every job's hashes hit all together or not at all,
 * and only the job-level interval is right. Also the AUC of the same model on held-out random
 * nonces of each job (pairs compared within a job only, combined over jobs weighted by their
 * pairs), for "hit or miss" and for single output bits of the cut hash. The control passes
 * "equivalence" at R when the job-level interval lies inside the margin (default [0.9, 1.1]).
 *
 * Pure: randomness comes from the seed; `checkpoint` is awaited after every job.
 */
import { hashForNonce } from '../hash/sha256d-kernel';
import { leadingZeroBitsOfBytes } from '../hash/leading-zero-bits';
import { createRandom } from '../random';
import { rocAuc } from '../stats/auc';
import {
  clusterProportion,
  clusterWeightedMean,
  type ClusterMean,
} from '../stats/cluster-intervals';
import type { Interval } from '../stats/intervals';
import { FIRST_ROUND_WITH_NONCE } from './diffusion';
import { makeJobHeaders } from './experiment-jobs';
import { runHarness, type ProposalContext, type Strategy } from './harness';
import { distinctRandomNonces, withinJobModelStrategy } from './learned-strategy';
import { createZeroBitsJob } from './nonce-hits';
import { trainNonceModel } from './nonce-model';

export interface RoundControlSettings {
  seed: number;
  zeroBits: number;
  jobs: number;
  /** Random nonces hashed and labelled per job to train the model. */
  trainingNonces: number;
  /** Further random nonces per job, never trained on, for the AUC. */
  heldOutNonces: number;
  /** Nonces the model proposes per job (the ones whose hits are counted). */
  budgetPerJob: number;
  /** The round counts to test (1..64). */
  rounds: readonly number[];
  /** Output bits to predict, numbered on the hash as Bitcoin reads it (0 = most significant). */
  outputBits: readonly number[];
  /** The equivalence margin for the ratio (default [0.9, 1.1]). */
  margin?: Interval;
  alpha?: number;
}

/** Seed 1, 64 jobs, 1,024 training and 1,024 held-out nonces, 512 proposals, 4 zero bits. */
export const ROUND_CONTROL_DEFAULTS: RoundControlSettings = {
  seed: 1,
  zeroBits: 4,
  jobs: 64,
  trainingNonces: 1024,
  heldOutNonces: 1024,
  budgetPerJob: 512,
  rounds: [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 24, 32, 48, 64],
  outputBits: [0, 64, 128, 255],
  margin: [0.9, 1.1],
};

export interface AucPoint {
  /** The output being predicted: 'hit' or an output bit's number. */
  target: 'hit' | number;
  /** Pooled within-job AUC with a job-level 95 % interval; NaN where no job had both classes. */
  auc: ClusterMean;
}

export interface RoundPoint {
  rounds: number;
  /** False for R <= 3: the nonce is not read by any round, the hash is constant per job. */
  nonceEnters: boolean;
  hashes: number;
  hits: number;
  expectedHits: number;
  /** hits / (hashes p). */
  ratio: number;
  /** Job-level 95 % interval of the ratio (the one the sweep uses). */
  ci: Interval;
  /** The interval if hashes were independent trials (Garwood), for comparison. */
  ciIfIndependent: Interval;
  designEffect: number;
  /** Jobs where at least one proposed nonce hit. */
  jobsWithHits: number;
  /** The job-level interval lies inside the margin. */
  inMargin: boolean;
  /** The job-level interval lies entirely above 1: the model wins. */
  aboveOne: boolean;
  aucs: AucPoint[];
  /** Hashes of the whole step: harness (sequential, labels, proposals) and the held-out set. */
  hashesDone: number;
}

export interface RoundControlReport {
  settings: Required<RoundControlSettings>;
  p: number;
  points: RoundPoint[];
  /** The smallest R whose job-level interval is inside the margin, or null. */
  smallestInMargin: number | null;
  hashesDone: number;
}

export interface RoundControlHooks {
  checkpoint?: (jobsDone: number, jobsTotal: number) => void | Promise<void>;
}

/** True when the hash (32 digest bytes, SHA-256 order) has at least `zeroBits` leading zeros. */
export function isHit(digest: Uint8Array, zeroBits: number): boolean {
  return leadingZeroBitsOfBytes(digest.slice().reverse()) >= zeroBits;
}

/** Bit k of the hash as Bitcoin reads it (digest bytes reversed): bit 0 is the most significant. */
export function outputBit(digest: Uint8Array, k: number): boolean {
  return ((digest[31 - (k >>> 3)]! >>> (7 - (k & 7))) & 1) === 1;
}

/** Hashes the sweep will do: per R and job, the harness's hashes and the held-out set. */
export function roundControlHashes(settings: RoundControlSettings): number {
  const perJob = 2 * settings.budgetPerJob + 2 * settings.trainingNonces + settings.heldOutNonces;
  return settings.rounds.length * settings.jobs * perJob;
}

function resolve(settings: RoundControlSettings): Required<RoundControlSettings> {
  const s = {
    ...ROUND_CONTROL_DEFAULTS,
    alpha: 0.05,
    ...settings,
  } as Required<RoundControlSettings>;
  const whole = (name: string, v: number, lo: number, hi: number) => {
    if (!Number.isInteger(v) || v < lo || v > hi) {
      throw new RangeError(`${name} must be a whole number from ${lo} to ${hi}, got ${v}`);
    }
  };
  whole('zeroBits', s.zeroBits, 1, 16);
  whole('jobs', s.jobs, 2, 10_000);
  whole('trainingNonces', s.trainingNonces, 2, 1 << 20);
  whole('heldOutNonces', s.heldOutNonces, 2, 1 << 20);
  whole('budgetPerJob', s.budgetPerJob, 1, 1 << 20);
  if (s.rounds.length === 0) throw new RangeError('at least one round count is needed');
  s.rounds.forEach((r) => whole('rounds', r, 1, 64));
  s.outputBits.forEach((k) => whole('output bit', k, 0, 255));
  const rounds = [...new Set(s.rounds)].sort((a, b) => a - b);
  return { ...s, rounds, outputBits: [...new Set(s.outputBits)] };
}

/** One job's AUC and its weight (positive-negative pairs); NaN with weight 0 if one class. */
function jobAuc(
  train: Uint32Array,
  trainLabels: boolean[],
  test: Uint32Array,
  testLabels: boolean[],
): { auc: number; pairs: number } {
  const model = trainNonceModel(train, trainLabels);
  const result = rocAuc(
    Array.from(test, (n) => model.score(n)),
    testLabels,
  );
  return { auc: result.auc, pairs: result.positives * result.negatives };
}

/**
 * Runs the sweep. Jobs are the same for every R (`makeJobHeaders` from the seed's stream
 * 'jobs'); each R gets its own strategy stream.
 */
export async function runRoundControl(
  input: RoundControlSettings,
  hooks: RoundControlHooks = {},
): Promise<RoundControlReport> {
  const settings = resolve(input);
  const { zeroBits, budgetPerJob, alpha, margin } = settings;
  const random = createRandom(settings.seed);
  const jobs = makeJobHeaders(random.derive('jobs'), settings.jobs);
  const p = 2 ** -zeroBits;
  const targets: ('hit' | number)[] = ['hit', ...settings.outputBits];
  const total = settings.rounds.length * jobs.length;
  const points: RoundPoint[] = [];
  let hashesDone = 0;

  for (const [step, rounds] of settings.rounds.entries()) {
    // Per job and target: AUC and pairs, filled in as the harness visits the jobs.
    const perTarget = targets.map(() => ({ aucs: [] as number[], pairs: [] as number[] }));
    const inner = withinJobModelStrategy(settings.trainingNonces);
    const probe: Strategy = {
      id: 'withinJobModel',
      propose(context: ProposalContext) {
        let training: Uint32Array | null = null;
        const proposal = inner.propose({
          ...context,
          labelNonces(nonces) {
            training = Uint32Array.from(nonces as ArrayLike<number>);
            return context.labelNonces(nonces);
          },
        });
        if (!training) throw new Error('the model did not label any training nonces');
        const train: Uint32Array = training;
        const test = distinctRandomNonces(
          context.random.derive('held-out'),
          settings.heldOutNonces,
          new Set(train),
        );
        const job = createZeroBitsJob(context.header, zeroBits, rounds);
        const trainDigests = Array.from(train, (n) => hashForNonce(job, n));
        const testDigests = Array.from(test, (n) => hashForNonce(job, n));
        targets.forEach((target, t) => {
          const label = (d: Uint8Array) =>
            target === 'hit' ? isHit(d, zeroBits) : outputBit(d, target);
          const { auc, pairs } = jobAuc(
            train,
            trainDigests.map(label),
            test,
            testDigests.map(label),
          );
          perTarget[t]!.aucs.push(auc);
          perTarget[t]!.pairs.push(pairs);
        });
        return proposal;
      },
    };
    const result = await runHarness(
      { jobs, zeroBits, budgetPerJob, rounds, random: random.derive(`round-${rounds}`), alpha },
      [probe],
      { checkpoint: (done) => hooks.checkpoint?.(step * jobs.length + done, total) },
    );
    const arm = result.arms[0]!;
    const hashesPerJob = arm.hitsPerJob.map(() => budgetPerJob);
    const cluster = clusterProportion(arm.hitsPerJob, hashesPerJob, alpha);
    const ci: Interval = [cluster.ci[0] / p, cluster.ci[1] / p];
    const stepHashes =
      result.sequential.hashes +
      arm.hashes +
      arm.ownWorkHashes +
      jobs.length * (settings.trainingNonces + settings.heldOutNonces);
    hashesDone += stepHashes;
    points.push({
      rounds,
      nonceEnters: rounds >= FIRST_ROUND_WITH_NONCE,
      hashes: arm.hashes,
      hits: arm.hits,
      expectedHits: arm.expectedHits,
      ratio: arm.hits / arm.expectedHits,
      ci,
      ciIfIndependent: arm.vsExpected.ci,
      designEffect: cluster.designEffect,
      jobsWithHits: arm.hitsPerJob.filter((h) => h > 0).length,
      inMargin: ci[0] >= margin[0] && ci[1] <= margin[1],
      aboveOne: ci[0] > 1,
      aucs: targets.map((target, t) => ({
        target,
        auc: clusterWeightedMean(perTarget[t]!.aucs, perTarget[t]!.pairs, alpha, [0, 1]),
      })),
      hashesDone: stepHashes,
    });
  }
  return {
    settings,
    p,
    points,
    smallestInMargin: points.find((point) => point.inMargin)?.rounds ?? null,
    hashesDone,
  };
}
