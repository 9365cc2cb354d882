/**
 * The clean half of "bring your own predictor": in a worker where no reader's code ever ran,
 * it re-derives the jobs from the seed, checks the sandbox's answer (scores are ranked here,
 * proposals checked here), and lets the shared harness hash them against the sequential scan.
 * The reader's own work time, measured on the main thread, is turned into hashes at the rate
 * this run hashed, for the harness's "hits per unit of work".
 */
import { runHarness, type HarnessResult } from '../core/experiments/harness';
import { createRandom } from '../core/random';
import type { ExperimentControl } from './experiment-protocol';
import { checkedProposal, predictorPlan, topScored } from './predictor-plan';

export interface PredictorJob {
  seed: number;
  zeroBits: number;
  jobs: number;
  budgetPerJob: number;
  /** Milliseconds the reader's code took, measured outside the sandbox. */
  ownWorkMs: number;
  answer: { mode: 'score'; scores: Float64Array[] } | { mode: 'propose'; nonces: Uint32Array[] };
}

export interface PredictorJobResult {
  result: HarnessResult;
  /** Nonces hashed for the predictor on each job. */
  proposedPerJob: number[];
  /** Hashes per second of this run (both arms), for the own-work comparison. */
  hashesPerSec: number;
}

export const PREDICTOR_ARM_ID = 'yourPredictor';

export async function runPredictorJob(
  job: PredictorJob,
  control: ExperimentControl,
  now: () => number = () => performance.now(),
): Promise<PredictorJobResult> {
  const plan = predictorPlan(job.seed, job.jobs, job.budgetPerJob);
  const { answer } = job;
  const lists = plan.headers.map((_, j) =>
    answer.mode === 'score'
      ? topScored(plan.candidates[j]!, answer.scores[j] ?? [], job.budgetPerJob)
      : checkedProposal(answer.nonces[j] ?? [], job.budgetPerJob),
  );
  const startedAt = now();
  let hashed = 0;
  let hashesPerSec = 0;
  const result = await runHarness(
    {
      jobs: plan.headers,
      zeroBits: job.zeroBits,
      budgetPerJob: job.budgetPerJob,
      random: createRandom(job.seed).derive('predictor-arms'),
    },
    [
      {
        id: PREDICTOR_ARM_ID,
        propose: ({ jobIndex }) => {
          hashed += job.budgetPerJob + lists[jobIndex]!.length;
          return lists[jobIndex]!;
        },
        ownWorkHashes: () => {
          const seconds = Math.max(1e-3, (now() - startedAt) / 1000);
          hashesPerSec = hashed / seconds;
          return Math.round((job.ownWorkMs / 1000) * hashesPerSec);
        },
      },
    ],
    { checkpoint: (done, total) => control.checkpoint(done, total) },
  );
  return { result, proposedPerJob: lists.map((l) => l.length), hashesPerSec };
}
