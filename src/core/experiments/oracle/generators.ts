/**
 * The oracle's other nonce generators, each run against the sequential scan on the same fresh
 * jobs with the same budget of real SHA-256d hashes (docs/case-studies.md §1):
 *
 * - `rangeBandit`: three nonce ranges [1e6, 2e6), [5e6, 6e6), [8e6, 9e6); each chunk of nonces
 *   comes from a range drawn with probability proportional to its weight (s + 1) / (a + 2)
 *   (s hits, a nonces tried in it so far, over all jobs), a nonce uniform in the range.
 * - `softmaxBins`: 48 equal bins of the 32-bit space, a bin drawn with probability
 *   proportional to exp(logWeight) (a softmax), multiplicative weight updates after every hashed
 *   nonce: logWeight += eta (hit - p), eta = 1.
 * - `retrainingLoop`: the later generator: per job, 6x the batch of random candidates scored by
 *   a forest on the bit features (nonce-features.ts), the top 60% kept and the best `batch` of
 *   them hashed; the labels (real hits) join a window of the last 8,000 samples and the forest
 *   retrains every 500 samples (once per job at a batch of 500). Reported per job, for the
 *   learning curve. (The design's validator called every nonce "valid", so every label was 1 and
 *   nothing could be learnt; here the labels are real.)
 *
 * Each arm's feedback is its own hashing (no extra work), so hits per hash are compared directly.
 */
import type { Random } from '../../random';
import { rateRatio, type Interval } from '../../stats/intervals';
import { makeJobHeaders } from '../experiment-jobs';
import type { HarnessHooks } from '../harness';
import { createZeroBitsJob, hitsForNonces, hitsForRange } from '../nonce-hits';
import { trainForest, type Forest } from './forest';
import { bitFeatures } from './nonce-features';

/** A generator: proposes a chunk, then hears which of its nonces hit. */
interface Generator {
  propose(random: Random, count: number, jobIndex: number): number[];
  learn(nonces: readonly number[], hits: ReadonlySet<number>): void;
}

export const BANDIT_RANGES: readonly [number, number][] = [
  [1_000_000, 2_000_000],
  [5_000_000, 6_000_000],
  [8_000_000, 9_000_000],
];

function drawWeighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let u = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

function rangeBandit(): Generator & { arms: { s: number; a: number }[] } {
  const arms = BANDIT_RANGES.map(() => ({ s: 0, a: 0 }));
  let last = 0;
  return {
    arms,
    propose(random, count) {
      last = drawWeighted(
        random,
        arms.map(({ s, a }) => (s + 1) / (a + 2)),
      );
      const [lo, hi] = BANDIT_RANGES[last]!;
      return Array.from({ length: count }, () => random.int(lo, hi - 1));
    },
    learn(nonces, hits) {
      arms[last]!.a += nonces.length;
      arms[last]!.s += nonces.filter((n) => hits.has(n)).length;
    },
  };
}

function softmaxBins(p: number): Generator & { logWeights: number[] } {
  const bins = 48;
  const width = 2 ** 32 / bins;
  const logWeights = new Array<number>(bins).fill(0);
  let last = 0;
  return {
    logWeights,
    propose(random, count) {
      const max = Math.max(...logWeights);
      last = drawWeighted(
        random,
        logWeights.map((w) => Math.exp(w - max)),
      );
      const lo = Math.ceil(last * width);
      const hi = Math.ceil((last + 1) * width) - 1;
      return Array.from({ length: count }, () => random.int(lo, hi));
    },
    learn(nonces, hits) {
      for (const n of nonces) logWeights[last]! += (hits.has(n) ? 1 : 0) - p;
    },
  };
}

export const RETRAINING = { batch: 500, candidateFactor: 6, keep: 0.6, window: 8000, trees: 20 };

function retrainingLoop(random: Random): Generator {
  const rows: number[][] = [];
  const labels: boolean[] = [];
  const recentValid: number[] = [];
  let forest: Forest | null = null;
  return {
    propose(r, count) {
      const candidates = Array.from({ length: count * RETRAINING.candidateFactor }, () =>
        r.nextUint32(),
      );
      if (!forest) return candidates.slice(0, count);
      const scores = forest.score(candidates.map((n) => bitFeatures(n, recentValid)));
      const order = candidates.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
      const kept = order.slice(0, Math.ceil(candidates.length * RETRAINING.keep));
      return kept.slice(0, count).map((i) => candidates[i]!);
    },
    learn(nonces, hits) {
      for (const n of nonces) {
        rows.push(bitFeatures(n, recentValid));
        labels.push(hits.has(n));
        if (hits.has(n)) recentValid.push(n);
      }
      if (recentValid.length > 32) recentValid.splice(0, recentValid.length - 32);
      if (rows.length > RETRAINING.window) {
        rows.splice(0, rows.length - RETRAINING.window);
        labels.splice(0, labels.length - RETRAINING.window);
      }
      forest = trainForest(
        rows,
        labels,
        { trees: RETRAINING.trees },
        random.derive(`fit/${rows.length}`),
      );
    },
  };
}

export interface GeneratorArmReport {
  id: 'rangeBandit' | 'softmaxBins' | 'retrainingLoop';
  hashes: number;
  hits: number;
  ratio: number;
  ci95: Interval;
  pValue: number;
  /** Hits per job, with the sequential scan's on the same job. */
  hitsPerJob: number[];
  sequentialHitsPerJob: number[];
  budgetPerJob: number;
}

export interface GeneratorOptions {
  random: Random;
  zeroBits: number;
  jobs: number;
  budgetPerJob: number;
  chunk: number;
  id: GeneratorArmReport['id'];
}

/** Runs one generator against the sequential scan. */
export async function runGenerator(
  options: GeneratorOptions,
  hooks: HarnessHooks = {},
): Promise<GeneratorArmReport> {
  const { random, zeroBits, budgetPerJob, chunk, id } = options;
  const p = 2 ** -zeroBits;
  const gen =
    id === 'rangeBandit'
      ? rangeBandit()
      : id === 'softmaxBins'
        ? softmaxBins(p)
        : retrainingLoop(random.derive('model'));
  const jobs = makeJobHeaders(random.derive('jobs'), options.jobs);
  const stream = random.derive('generator');
  const hitsPerJob: number[] = [];
  const sequentialHitsPerJob: number[] = [];
  for (let j = 0; j < jobs.length; j++) {
    const job = createZeroBitsJob(jobs[j]!, zeroBits);
    sequentialHitsPerJob.push(hitsForRange(job, 0, budgetPerJob).hitNonces.length);
    let hits = 0;
    for (let done = 0; done < budgetPerJob; done += chunk) {
      const nonces = gen.propose(stream, Math.min(chunk, budgetPerJob - done), j);
      const hit = new Set(hitsForNonces(job, nonces).hitNonces);
      hits += hit.size;
      gen.learn(nonces, hit);
    }
    hitsPerJob.push(hits);
    await hooks.checkpoint?.(j + 1, jobs.length);
  }
  const hashes = budgetPerJob * jobs.length;
  const hits = hitsPerJob.reduce((s, h) => s + h, 0);
  const seqHits = sequentialHitsPerJob.reduce((s, h) => s + h, 0);
  const rr = rateRatio(hits, hashes, seqHits, hashes);
  return {
    id,
    hashes,
    hits,
    ratio: rr.ratio,
    ci95: rr.ci,
    pValue: rr.pValue,
    hitsPerJob,
    sequentialHitsPerJob,
    budgetPerJob,
  };
}
