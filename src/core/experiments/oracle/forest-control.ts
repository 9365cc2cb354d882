/**
 * The positive control with the oracle's own forest: can the *same* forest (forest.ts, the same
 * library and settings) find a real signal when there is one? Against SHA-256d with every
 * compression cut to 4 rounds, a hit depends only on the nonce's top byte plus a per-job
 * constant (docs/case-studies.md, "Facts about the round-reduced control"). The per-job midstate
 * hides that signal across jobs, so the forest trains and is tested within each job: it labels
 * random 32-bit nonces by hashing them (its own work), trains on their 4 bytes, ranks fresh
 * random candidates disjoint from the training nonces, and the harness hashes the top
 * `budgetPerJob`. Hits are compared with the known p = 2^-zeroBits (a sequential scan of 0..B-1
 * shares one top byte, so it scores all or nothing per job).
 *
 * Why byte features and not the design's string features: the weakness lives in the top byte,
 * which the string features barely see; the control asks "would this forest and this harness
 * detect a real signal", so the forest is given features that contain it.
 */
import type { Random } from '../../random';
import type { Interval } from '../../stats/intervals';
import { makeJobHeaders } from '../experiment-jobs';
import { runHarness, type HarnessHooks, type Strategy } from '../harness';
import { trainForest, type ForestOptions } from './forest';
import { byteFeatures } from './nonce-features';

export const FOREST_CONTROL = {
  rounds: 4,
  zeroBits: 4,
  jobs: 12,
  trainingNoncesPerJob: 512,
  budgetPerJob: 256,
  poolFactor: 4,
  forest: { trees: 10 } satisfies ForestOptions,
};

export interface ForestControlReport {
  id: 'forestWithinJob';
  rounds: number;
  zeroBits: number;
  jobs: number;
  trainingNoncesPerJob: number;
  trees: number;
  hashes: number;
  hits: number;
  expectedHits: number;
  baseline: 'expected';
  /** Hits against hashes x p. */
  ratio: number;
  ci95: Interval;
  pValue: number;
  ownWorkHashes: number;
}

function distinctRandom(random: Random, count: number, exclude: Set<number>): number[] {
  const out: number[] = [];
  while (out.length < count) {
    const n = random.nextUint32();
    if (exclude.has(n)) continue;
    exclude.add(n);
    out.push(n);
  }
  return out;
}

/** The forest trained and used within each job. */
export function forestWithinJobStrategy(settings = FOREST_CONTROL): Strategy {
  return {
    id: 'forestWithinJob',
    propose({ random, budget, labelNonces }) {
      const seen = new Set<number>();
      const training = distinctRandom(random, settings.trainingNoncesPerJob, seen);
      const labels = labelNonces(training);
      const forest = trainForest(
        training.map(byteFeatures),
        labels,
        settings.forest,
        random.derive('forest'),
      );
      const candidates = distinctRandom(random, budget * settings.poolFactor, seen);
      const scores = forest.score(candidates.map(byteFeatures));
      const order = candidates.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
      return order.slice(0, budget).map((i) => candidates[i]!);
    },
  };
}

/** Runs the control on fresh jobs. */
export async function runForestControl(
  random: Random,
  hooks: HarnessHooks = {},
  settings = FOREST_CONTROL,
): Promise<ForestControlReport> {
  const result = await runHarness(
    {
      jobs: makeJobHeaders(random.derive('control-jobs'), settings.jobs),
      zeroBits: settings.zeroBits,
      budgetPerJob: settings.budgetPerJob,
      rounds: settings.rounds,
      random: random.derive('control-arms'),
    },
    [forestWithinJobStrategy(settings)],
    hooks,
  );
  const arm = result.arms[0]!;
  return {
    id: 'forestWithinJob',
    rounds: settings.rounds,
    zeroBits: settings.zeroBits,
    jobs: settings.jobs,
    trainingNoncesPerJob: settings.trainingNoncesPerJob,
    trees: settings.forest.trees,
    hashes: arm.hashes,
    hits: arm.hits,
    expectedHits: arm.expectedHits,
    baseline: 'expected',
    ratio: arm.vsExpected.ratio,
    ci95: arm.vsExpected.ci,
    pValue: arm.vsExpected.pValue,
    ownWorkHashes: arm.ownWorkHashes,
  };
}
