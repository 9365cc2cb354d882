/**
 * The geometric miner's tests, one function per section of the page, each seeded and pure.
 * The CLI runs them all (geometric-experiment.ts); the page's worker runs one per click.
 */
import { geometricFit } from '../../stats/geometric-fit';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Random } from '../../random';
import { meanTriesInterval, type MeanInterval } from '../../stats/geometric';
import type { Interval } from '../../stats/intervals';
import { runHarness, type HarnessHooks, type Strategy } from '../harness';
import {
  attemptsToFirstHit,
  feeRateKnapsack,
  feeUpperBound,
  geometricComposer,
  makeMempool,
  randomFill,
  sharedHits,
  templateFor,
  totalFees,
} from './composition';
import { evaluateDetector, matchedSets, unmatchedSets, type DetectorResult } from './confound';
import {
  constraintCoverage,
  passesConstraints,
  type ConstraintLevel,
  type CoverageRow,
} from './constraints';
import {
  DEFAULT_READING,
  dimensionsAtNonce,
  DIMENSION_COUNT,
  type DimensionReading,
} from './dimensions';
import { solveNonce, unambiguousFloor, weightedDistance } from './inverse-solver';
import { prefilterVerdicts, type PrefilterVerdicts } from './prefilter';
import { learnByteRanges, rangesCoverage, type ByteRanges } from './restrictor';

type Checkpoint = (done: number, total: number) => void | Promise<void>;

/** Distinct seeded indices into `length` items (all of them if count >= length). */
export function sampleIndices(random: Random, length: number, count: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  const take = Math.min(count, length);
  for (let i = 0; i < take; i++) {
    const j = random.int(i, length - 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, take);
}

// ---- 1. The dimensions as the nonce sweeps ----

export interface NonceSweep {
  nonces: Uint32Array;
  /** dimension d of sample i at [d * n + i]. */
  values: Float64Array;
  min: number[];
  max: number[];
  /** Pearson correlation of D6 with the hash's leading zero bits. */
  corrD6ZeroBits: number;
}

function hashZeroBits(header: Uint8Array): number {
  const h = sha256(sha256(header));
  let zeros = 0;
  for (let i = 31; i >= 0; i--) {
    if (h[i] !== 0) return zeros + Math.clz32(h[i]!) - 24;
    zeros += 8;
  }
  return zeros;
}

function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]! / n;
    my += y[i]! / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** The seven dimensions of `header` at `samples` seeded nonces (ascending), and corr(D6, zeros). */
export async function nonceSweep(
  header: Uint8Array,
  random: Random,
  samples: number,
  checkpoint?: Checkpoint,
): Promise<NonceSweep> {
  const nonces = Uint32Array.from({ length: samples }, () => random.nextUint32()).sort();
  const values = new Float64Array(DIMENSION_COUNT * samples);
  const zeros = new Float64Array(samples);
  const copy = header.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i < samples; i++) {
    const d = dimensionsAtNonce(header, nonces[i]!);
    for (let k = 0; k < DIMENSION_COUNT; k++) values[k * samples + i] = d[k]!;
    view.setUint32(76, nonces[i]!, true);
    zeros[i] = hashZeroBits(copy);
    if (i % 512 === 511) await checkpoint?.(i + 1, samples);
  }
  const min: number[] = [];
  const max: number[] = [];
  for (let k = 0; k < DIMENSION_COUNT; k++) {
    const row = values.subarray(k * samples, (k + 1) * samples);
    min.push(Math.min(...row));
    max.push(Math.max(...row));
  }
  return {
    nonces,
    values,
    min,
    max,
    corrD6ZeroBits: pearson(values.subarray(5 * samples, 6 * samples), zeros),
  };
}

// ---- 2. The pre-filter on every real block ----

/** The readings the page compares: both nibble orders x both D6 scalings. */
export const COMPARED_READINGS: DimensionReading[] = (['high-first', 'low-first'] as const).flatMap(
  (nibbleOrder) =>
    (['plus-pi', 'mod-one'] as const).map((d6) => ({ ...DEFAULT_READING, nibbleOrder, d6 })),
);

export async function prefilterOnRealBlocks(
  headers: readonly Uint8Array[],
  checkpoint?: Checkpoint,
): Promise<PrefilterVerdicts[]> {
  const out: PrefilterVerdicts[] = [];
  for (const reading of COMPARED_READINGS) {
    out.push(prefilterVerdicts(headers, reading));
    await checkpoint?.(out.length, COMPARED_READINGS.length);
  }
  return out;
}

// ---- 3. Coverage of the restrictor and the constraints on real winners ----

export interface RestrictorReport {
  id: 'conservative' | 'aggressive';
  percentiles: [number, number];
  claimedReduction: number;
  ranges: [number, number][];
  reduction: number;
  keptFraction: number;
  /** On the 100 nonces it was learned from. */
  inSampleCovered: number;
  inSampleTotal: number;
  /** On every other bundled real winning nonce. */
  heldOutCovered: number;
  heldOutTotal: number;
  heldOutCoverage: number;
  /** Held-out coverage / kept share: blocks per hash against hashing everything. */
  blocksPerHashRatio: number;
}

export interface CoverageReport {
  trainingIndices: number[];
  restrictor: RestrictorReport[];
  constraints: CoverageRow[];
}

export function coverageOnRealWinners(
  nonces: Uint32Array,
  random: Random,
  trainingCount = 100,
): CoverageReport {
  const trainingIndices = sampleIndices(random, nonces.length, trainingCount);
  const inTraining = new Set(trainingIndices);
  const training = trainingIndices.map((i) => nonces[i]!);
  const heldOut = nonces.filter((_, i) => !inTraining.has(i));
  const restrictor = (
    [
      ['conservative', [0.05, 0.95], 2.15],
      ['aggressive', [0.25, 0.75], 27.37],
    ] as const
  ).map(([id, [lo, hi], claimed]): RestrictorReport => {
    const r = learnByteRanges(training, lo, hi);
    const heldOutCovered = rangesCoverage(r, heldOut);
    const heldOutCoverage = heldOutCovered / heldOut.length;
    return {
      id,
      percentiles: [lo * 100, hi * 100],
      claimedReduction: claimed,
      ranges: r.ranges,
      reduction: r.reduction,
      keptFraction: r.keptFraction,
      inSampleCovered: rangesCoverage(r, training),
      inSampleTotal: training.length,
      heldOutCovered,
      heldOutTotal: heldOut.length,
      heldOutCoverage,
      blocksPerHashRatio: heldOutCoverage / r.keptFraction,
    };
  });
  return { trainingIndices, restrictor, constraints: constraintCoverage(nonces) };
}

// ---- 4. The confound ----

export interface ConfoundReport {
  perSet: number;
  unmatched: DetectorResult;
  matched: DetectorResult;
}

export function confound(
  headers: readonly Uint8Array[],
  random: Random,
  perSet = 1000,
): ConfoundReport {
  const u = unmatchedSets(headers, perSet, random.derive('unmatched'));
  const m = matchedSets(headers, perSet, random.derive('matched'));
  const unmatched = evaluateDetector(u.winners, u.randoms);
  return {
    perSet,
    unmatched,
    // The threshold that gave the impressive number, applied to a fair test.
    matched: evaluateDetector(m.winners, m.randoms, unmatched.threshold),
  };
}

// ---- 5. The inverse solver ----

export interface SolverSettings {
  /** Real headers the full-length descent runs on. */
  runs: number;
  iterations: number;
  /** Harness: real headers as jobs, nonces per arm per job, target in zero bits. */
  jobs: number;
  budgetPerJob: number;
  zeroBits: number;
  /** Each proposal: twice the budget of seeded starts, this many descent steps each, best half. */
  stepsPerStart: number;
}

export const DEFAULT_SOLVER_SETTINGS: SolverSettings = {
  runs: 6,
  iterations: 5000,
  jobs: 32,
  budgetPerJob: 512,
  zeroBits: 6,
  stepsPerStart: 2,
};

export interface SolverReport {
  settings: SolverSettings;
  runs: {
    height: number;
    startNonce: number;
    bestDistance: number;
    finalDistance: number;
    floor: number;
    iterations: number;
    reachedTarget: boolean;
    trace: number[];
  }[];
  bestDistance: number;
  harness: {
    jobs: number;
    budgetPerJob: number;
    zeroBits: number;
    hits: number;
    hashes: number;
    sequentialHits: number;
    sequentialHashes: number;
    ratio: number;
    ci95: Interval;
    pValue: number;
    geometricEvaluations: number;
    /** Every arm against sequential: the solver and two filters (hash only what they keep). */
    arms: HarnessArm[];
  };
}

export interface HarnessArm {
  id: string;
  hits: number;
  hashes: number;
  ratio: number;
  ci95: Interval;
  pValue: number;
}

/** "Hash only the nonces the filter keeps", in ascending order: the filter as a strategy. */
export function filterStrategy(id: string, keptNonces: (count: number) => number[]): Strategy {
  return { id, propose: ({ budget }) => keptNonces(budget) };
}

/** The first `count` nonces that pass constraint level `level`, ascending. */
export function firstConstrainedNonces(level: ConstraintLevel, count: number): number[] {
  const out: number[] = [];
  for (let n = 0; out.length < count && n < 2 ** 32; n++)
    if (passesConstraints(n, level)) out.push(n);
  return out;
}

/** The first `count` nonces the byte ranges allow, ascending. */
export function firstRangeNonces(r: ByteRanges, count: number): number[] {
  const out: number[] = [];
  const [r0, r1, r2, r3] = r.ranges as [
    [number, number],
    [number, number],
    [number, number],
    [number, number],
  ];
  for (let b3 = r3[0]; b3 <= r3[1]; b3++)
    for (let b2 = r2[0]; b2 <= r2[1]; b2++)
      for (let b1 = r1[0]; b1 <= r1[1]; b1++)
        for (let b0 = r0[0]; b0 <= r0[1]; b0++) {
          if (out.length === count) return out;
          out.push(((b3 << 24) | (b2 << 16) | (b1 << 8) | b0) >>> 0);
        }
  return out;
}

/** The design's search: descend from many seeded starts, hash the closest finishers. */
export function inverseSolverStrategy(
  stepsPerStart: number,
): Strategy & { evaluations: () => number } {
  let evaluations = 0;
  return {
    id: 'inverseSolver',
    evaluations: () => evaluations,
    propose({ header, budget, random }) {
      const finishers: { nonce: number; distance: number }[] = [];
      for (let s = 0; s < 2 * budget; s++) {
        const run = solveNonce(header, random.nextUint32(), {
          iterations: stepsPerStart,
          traceEvery: 1e9,
        });
        evaluations += run.evaluations;
        finishers.push({ nonce: run.finalNonce, distance: run.finalDistance });
      }
      finishers.sort((a, b) => a.distance - b.distance);
      return finishers.slice(0, budget).map((f) => f.nonce);
    },
  };
}

export async function inverseSolverTest(
  headers: readonly Uint8Array[],
  heights: ArrayLike<number>,
  realNonces: Uint32Array,
  random: Random,
  settings: SolverSettings = DEFAULT_SOLVER_SETTINGS,
  checkpoint?: Checkpoint,
): Promise<SolverReport> {
  const total = settings.runs + settings.jobs;
  const runIdx = sampleIndices(random.derive('solver-headers'), headers.length, settings.runs);
  const starts = random.derive('solver-starts');
  const runs: SolverReport['runs'] = [];
  for (const i of runIdx) {
    const start = starts.nextUint32();
    const r = solveNonce(headers[i]!, start, { iterations: settings.iterations, traceEvery: 50 });
    runs.push({
      height: heights[i]!,
      startNonce: r.startNonce,
      bestDistance: r.bestDistance,
      finalDistance: r.finalDistance,
      floor: unambiguousFloor(dimensionsAtNonce(headers[i]!, r.bestNonce)),
      iterations: r.iterations,
      reachedTarget: r.reachedTarget,
      trace: r.trace,
    });
    await checkpoint?.(runs.length, total);
  }
  const jobIdx = sampleIndices(random.derive('harness-jobs'), headers.length, settings.jobs);
  const strategy = inverseSolverStrategy(settings.stepsPerStart);
  const training = sampleIndices(random.derive('restrictor-training'), realNonces.length, 100);
  const aggressive = learnByteRanges(
    training.map((i) => realNonces[i]!),
    0.25,
    0.75,
  );
  const hooks: HarnessHooks = { checkpoint: (done) => checkpoint?.(settings.runs + done, total) };
  const result = await runHarness(
    {
      jobs: jobIdx.map((i) => headers[i]!),
      zeroBits: settings.zeroBits,
      budgetPerJob: settings.budgetPerJob,
      random: random.derive('harness-arms'),
    },
    [
      strategy,
      filterStrategy('constraintsLevel2', (n) => firstConstrainedNonces(2, n)),
      filterStrategy('aggressiveRestrictor', (n) => firstRangeNonces(aggressive, n)),
    ],
    hooks,
  );
  const arm = result.arms[0]!;
  return {
    settings,
    runs,
    bestDistance: Math.min(...runs.map((r) => r.bestDistance)),
    harness: {
      jobs: settings.jobs,
      budgetPerJob: settings.budgetPerJob,
      zeroBits: settings.zeroBits,
      hits: arm.hits,
      hashes: arm.hashes,
      sequentialHits: result.sequential.hits,
      sequentialHashes: result.sequential.hashes,
      ratio: arm.vsSequential.ratio,
      ci95: arm.vsSequential.ci,
      pValue: arm.vsSequential.pValue,
      geometricEvaluations: strategy.evaluations(),
      arms: result.arms.map((a) => ({
        id: a.id,
        hits: a.hits,
        hashes: a.hashes,
        ratio: a.vsSequential.ratio,
        ci95: a.vsSequential.ci,
        pValue: a.vsSequential.pValue,
      })),
    },
  };
}

// ---- 6. Block composition ----

export interface CompositionSettings {
  mempoolSize: number;
  capacityVbytes: number;
  templatesPerArm: number;
  zeroBits: number;
  composerCandidates: number;
}

export const DEFAULT_COMPOSITION_SETTINGS: CompositionSettings = {
  mempoolSize: 400,
  capacityVbytes: 100_000,
  templatesPerArm: 96,
  zeroBits: 10,
  composerCandidates: 8,
};

export interface CompositionArm {
  id: 'feeKnapsack' | 'geometricComposer';
  attempts: number[];
  mean: MeanInterval;
  /** Chi-square fit of the attempts to the geometric law with p = 2^-zeroBits. */
  fit: { statistic: number; degreesOfFreedom: number; pValue: number };
  meanFees: number;
  meanDistance: number;
}

export interface CompositionReport {
  settings: CompositionSettings;
  expectedAttempts: number;
  reroll: {
    hitsA: number[];
    hitsB: number[];
    shared: number;
    expectedShared: number;
    nonces: number;
    rootA: Uint8Array;
    rootB: Uint8Array;
  };
  arms: CompositionArm[];
  fees: { knapsack: number; upperBound: number; randomFill: number; geometric: number };
}

export async function compositionTest(
  base: Uint8Array,
  random: Random,
  settings: CompositionSettings = DEFAULT_COMPOSITION_SETTINGS,
  checkpoint?: Checkpoint,
): Promise<CompositionReport> {
  const mempool = makeMempool(random.derive('mempool'), settings.mempoolSize);
  const coinbase = random.derive('coinbase');
  const knapsack = feeRateKnapsack(mempool, settings.capacityVbytes);
  // Re-roll: the knapsack set, then the same set with its last transaction swapped out.
  const cb0 = coinbase.fillBytes(new Uint8Array(32));
  const a = templateFor(base, cb0, knapsack);
  const b = templateFor(base, cb0, knapsack.slice(0, -1));
  const rerollNonces = 1 << 16;
  const reroll = {
    ...sharedHits(a, b, settings.zeroBits, rerollNonces),
    nonces: rerollNonces,
    rootA: a.slice(36, 68),
    rootB: b.slice(36, 68),
  };
  const total = 2 * settings.templatesPerArm;
  let done = 0;
  const arms: CompositionArm[] = [];
  const composerRandom = random.derive('composer');
  let geometricFees = 0;
  for (const id of ['feeKnapsack', 'geometricComposer'] as const) {
    const attempts: number[] = [];
    let fees = 0;
    let distance = 0;
    for (let t = 0; t < settings.templatesPerArm; t++) {
      // Each template gets a fresh coinbase (extranonce), as a real miner's does.
      const cb = coinbase.fillBytes(new Uint8Array(32));
      const txs =
        id === 'feeKnapsack'
          ? knapsack
          : geometricComposer(
              base,
              cb,
              mempool,
              settings.capacityVbytes,
              settings.composerCandidates,
              composerRandom,
            ).txs;
      const template = templateFor(base, cb, txs);
      attempts.push(attemptsToFirstHit(template, settings.zeroBits));
      fees += totalFees(txs);
      distance += weightedDistance(dimensionsAtNonce(template, 0));
      await checkpoint?.(++done, total);
    }
    if (id === 'geometricComposer') geometricFees = fees / settings.templatesPerArm;
    arms.push({
      id,
      attempts,
      mean: meanTriesInterval(attempts),
      fit: (({ statistic, degreesOfFreedom, pValue }) => ({ statistic, degreesOfFreedom, pValue }))(
        geometricFit(attempts, 2 ** -settings.zeroBits),
      ),
      meanFees: fees / settings.templatesPerArm,
      meanDistance: distance / settings.templatesPerArm,
    });
  }
  return {
    settings,
    expectedAttempts: 2 ** settings.zeroBits,
    reroll,
    arms,
    fees: {
      knapsack: totalFees(knapsack),
      upperBound: feeUpperBound(mempool, settings.capacityVbytes),
      randomFill: totalFees(
        randomFill(mempool, settings.capacityVbytes, random.derive('random-fill')),
      ),
      geometric: geometricFees,
    },
  };
}
