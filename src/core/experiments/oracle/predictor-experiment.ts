/**
 * The oracle's predictor, trained honestly, and how a high "precision" gets printed.
 *
 * Honest run: label the nonces 0..9999 of a few training jobs with the real SHA-256d hash at a
 * share target (hit = at least `zeroBits` leading zero bits), train the forest on the design's
 * string features, then on held-out jobs score 0..9999, hash the top 300 (the design's numbers)
 * and count hits against the sequential scan of 0..299 (ratio, exact interval). The AUC of the
 * same scores against the real labels of held-out jobs comes with its Hanley-McNeil interval.
 * The string features do not depend on the job, so the ranking is the same on every job.
 *
 * Leakage demo, as the design evaluated: (1) fake labels (row index even), the forest scored on
 * its own training rows: the string features cannot tell most rows apart, so its precision
 * stays near 0.5; (2) a memorising model (the nonce itself as an extra, row-identifying
 * feature, fully grown trees, no bootstrap) scored on its own training rows prints a number
 * near 100%; (3) the fix: the same memorising model scored on rows it has not seen falls to
 * about 0.5, and with real labels on held-out jobs the AUC is about 0.5.
 *
 * Alternation: the design's miner alternates one model nonce and one plain nonce, a built-in
 * A/B test; the model's half (the top of the ranking) is compared with the plain half (a
 * counter from 10,000, disjoint) on the held-out jobs.
 */
import type { Random } from '../../random';
import { rocAuc } from '../../stats/auc';
import { rateRatio, type Interval } from '../../stats/intervals';
import { makeJobHeaders } from '../experiment-jobs';
import { runHarness, type HarnessHooks } from '../harness';
import { createZeroBitsJob, hitsForNonces, hitsForRange } from '../nonce-hits';
import { trainForest, type ForestOptions } from './forest';
import { stringFeatures } from './nonce-features';

export const PREDICTOR = {
  candidates: 10_000,
  topK: 300,
  trainingJobs: 2,
  aucJobs: 16,
  /** The design's 100 trees, fully grown. */
  forest: { trees: 100 } satisfies ForestOptions,
  /** The memorising model trains on half of 0..9999 and is also scored on the other half. */
  memoriserRows: 5000,
  /** One fully grown tree without bootstrap: it sees every row once and can isolate each. */
  memoriser: { trees: 1, bagging: false } satisfies ForestOptions,
};

export interface Precision {
  /** Rows the model called "hit", and how many of them had label 1. */
  predictedPositive: number;
  truePositive: number;
  /** truePositive / predictedPositive (null when it predicted none). */
  precision: number | null;
}

export interface PredictorReport {
  zeroBits: number;
  trainingJobs: number;
  trainingRows: number;
  trees: number;
  evaluationJobs: number;
  topK: number;
  distinctFeatureVectors: number;
  hashes: number;
  hits: number;
  sequentialHits: number;
  sequentialHashes: number;
  ratio: number;
  ci95: Interval;
  pValue: number;
  auc: number;
  aucCi95: Interval;
  aucPositives: number;
  aucNegatives: number;
  leakage: {
    fakeLabelsOnTrainingRows: Precision;
    memorisedOnTrainingRows: Precision;
    memorisedOnHeldOutRows: Precision;
  };
  alternation: {
    modelHits: number;
    plainHits: number;
    hashesEach: number;
    ratio: number;
    ci95: Interval;
  };
  /** The model's ranking of 0..9999 (top first), for the page's charts. */
  topNonces: number[];
}

function precisionOf(scores: Float64Array, labels: readonly boolean[]): Precision {
  let predictedPositive = 0;
  let truePositive = 0;
  scores.forEach((s, i) => {
    if (s >= 0.5) {
      predictedPositive++;
      if (labels[i]) truePositive++;
    }
  });
  return {
    predictedPositive,
    truePositive,
    precision: predictedPositive ? truePositive / predictedPositive : null,
  };
}

/** Fake-label and memorisation demo on the nonces 0..9999 (no hashing at all). */
export function leakageDemo(random: Random): PredictorReport['leakage'] {
  const n = PREDICTOR.candidates;
  const rows = Array.from({ length: n }, (_, i) => stringFeatures(i));
  const fake = rows.map((_, i) => i % 2 === 0); // the design's "1 if row index is even"
  const plain = trainForest(rows, fake, PREDICTOR.forest, random.derive('fake'));
  // The memoriser: a random half of the rows to train on, the other half held out.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < PREDICTOR.memoriserRows; i++) {
    const j = random.int(i, n - 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const train = order.slice(0, PREDICTOR.memoriserRows);
  const held = order.slice(PREDICTOR.memoriserRows);
  const pick = (ix: number[]) => ix.map((i) => [...rows[i]!, i]);
  const labelsOf = (ix: number[]) => ix.map((i) => fake[i]!);
  const memoriser = trainForest(
    pick(train),
    labelsOf(train),
    PREDICTOR.memoriser,
    random.derive('memo'),
  );
  return {
    fakeLabelsOnTrainingRows: precisionOf(plain.score(rows), fake),
    memorisedOnTrainingRows: precisionOf(memoriser.score(pick(train)), labelsOf(train)),
    memorisedOnHeldOutRows: precisionOf(memoriser.score(pick(held)), labelsOf(held)),
  };
}

export interface PredictorOptions {
  random: Random;
  zeroBits: number;
  evaluationJobs: number;
}

/** The honest run, the leakage demo and the alternation. */
export async function runPredictorExperiment(
  options: PredictorOptions,
  hooks: HarnessHooks = {},
): Promise<PredictorReport> {
  const { random, zeroBits } = options;
  const n = PREDICTOR.candidates;
  const features = Array.from({ length: n }, (_, i) => stringFeatures(i));
  const rows: number[][] = [];
  const labels: boolean[] = [];
  for (const header of makeJobHeaders(random.derive('training-jobs'), PREDICTOR.trainingJobs)) {
    const hit = new Set(hitsForRange(createZeroBitsJob(header, zeroBits), 0, n).hitNonces);
    features.forEach((f, i) => {
      rows.push(f);
      labels.push(hit.has(i));
    });
  }
  const forest = trainForest(rows, labels, PREDICTOR.forest, random.derive('forest'));
  const scores = forest.score(features);
  const ranking = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => scores[b]! - scores[a]! || a - b,
  );
  const top = ranking.slice(0, PREDICTOR.topK);

  const evalJobs = makeJobHeaders(random.derive('evaluation-jobs'), options.evaluationJobs);
  const result = await runHarness(
    { jobs: evalJobs, zeroBits, budgetPerJob: PREDICTOR.topK, random: random.derive('arms') },
    [{ id: 'oracleForest', propose: () => top }],
    hooks,
  );
  const arm = result.arms[0]!;

  const aucScores: number[] = [];
  const aucLabels: boolean[] = [];
  let modelHits = 0;
  let plainHits = 0;
  const half = PREDICTOR.topK / 2;
  evalJobs.forEach((header, j) => {
    const job = createZeroBitsJob(header, zeroBits);
    if (j < PREDICTOR.aucJobs) {
      const hit = new Set(hitsForRange(job, 0, n).hitNonces);
      for (let i = 0; i < n; i++) {
        aucScores.push(scores[i]!);
        aucLabels.push(hit.has(i));
      }
    }
    // One model nonce, one plain nonce, alternating: the model's top half against a counter.
    modelHits += hitsForNonces(job, ranking.slice(0, half)).hitNonces.length;
    plainHits += hitsForRange(job, n, half).hitNonces.length;
  });
  const auc = rocAuc(aucScores, aucLabels);
  const hashesEach = half * evalJobs.length;
  const ab = rateRatio(modelHits, hashesEach, plainHits, hashesEach);
  return {
    zeroBits,
    trainingJobs: PREDICTOR.trainingJobs,
    trainingRows: forest.trainedRows,
    trees: PREDICTOR.forest.trees,
    evaluationJobs: evalJobs.length,
    topK: PREDICTOR.topK,
    distinctFeatureVectors: new Set(features.map((f) => f.join())).size,
    hashes: arm.hashes,
    hits: arm.hits,
    sequentialHits: result.sequential.hits,
    sequentialHashes: result.sequential.hashes,
    ratio: arm.vsSequential.ratio,
    ci95: arm.vsSequential.ci,
    pValue: arm.vsSequential.pValue,
    auc: auc.auc,
    aucCi95: auc.ci,
    aucPositives: auc.positives,
    aucNegatives: auc.negatives,
    leakage: leakageDemo(random.derive('leakage')),
    alternation: { modelHits, plainHits, hashesEach, ratio: ab.ratio, ci95: ab.ci },
    topNonces: top.slice(0, 20),
  };
}
