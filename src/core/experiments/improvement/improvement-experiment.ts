/**
 * Case study 3, "Proof of Improvement", end to end, over an injected clock: the noise-only run
 * of the design's evaluator (nothing changes between rounds, there is no model), the same times
 * read in milliseconds, the effect of the benchmark's length, a small chain mined from the
 * rounds that "minted", a forged improvement record put through the design's validation, and
 * issuance with the improvement multiplier against the fixed schedule.
 *
 * The seed fixes the benchmark inputs, the forgery and the chain's virtual clock; the measured
 * times are whatever this machine's clock says, which is the point: they do not reproduce.
 */
import type { Seed } from '../../random';
import { createRandom } from '../../random';
import { clopperPearson, type Interval } from '../../stats/intervals';
import { evaluatorTasks, sumOfSquares } from './benchmarks';
import { mineChain } from './chain-builder';
import { forgeImprovements, validateChain } from './chain';
import { issuanceSeries } from './issuance';
import { countNoiseMints, measureRounds, type NoiseRunReport } from './noise-run';

export interface ImprovementExperimentOptions {
  seed: Seed;
  rounds: number;
  windowRounds: number;
  chainZeros: number;
  /** The toy miner's stated rate for the chain's virtual clock, hashes per second. */
  virtualHashesPerSec: number;
  nowMs: () => number;
}

export interface LengthResult {
  n: number;
  medianMs: number;
  secondsMints: number;
  secondsRate: number;
  secondsCi95: Interval;
  millisecondsMints: number;
  millisecondsRate: number;
  millisecondsCi95: Interval;
}

/** Median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The length study: sum of squares at four lengths, first round as the record, both units. */
export function lengthStudy(rounds: number, nowMs: () => number): LengthResult[] {
  return [10_000, 100_000, 1_000_000, 10_000_000].map((n) => {
    const times = measureRounds(
      [{ id: 'sumOfSquares', run: () => sumOfSquares(n) }],
      rounds,
      nowMs,
    );
    const inS = countNoiseMints(times, 's', rounds, null);
    const inMs = countNoiseMints(times, 'ms', rounds, null);
    const trials = rounds - 1;
    return {
      n,
      medianMs: median(times.map((t) => t.sumOfSquares! * 1000)),
      secondsMints: inS.mints,
      secondsRate: inS.mints / trials,
      secondsCi95: clopperPearson(inS.mints, trials),
      millisecondsMints: inMs.mints,
      millisecondsRate: inMs.mints / trials,
      millisecondsCi95: clopperPearson(inMs.mints, trials),
    };
  });
}

/** The chain, the forgery and the issuance, from the records of the rounds that minted. */
export function chainPart(
  seed: Seed,
  run: NoiseRunReport,
  chainZeros: number,
  virtualHashesPerSec: number,
) {
  const records = run.mintRecords;
  const mined = mineChain({
    records,
    startZeros: chainZeros,
    nowSeconds: (hashes) => 1_700_000_000 + Math.floor(hashes / virtualHashesPerSec),
  });
  const random = createRandom(seed).derive('forgery');
  const forgedIndex = mined.blocks.length > 1 ? random.int(1, mined.blocks.length - 1) : 0;
  const forgedRecord = { eigenvalues: 0.5 + random.int(0, 500) / 1000 };
  const forged = forgeImprovements(mined.blocks, forgedIndex, forgedRecord);
  const meanSum = run.mintSums.length
    ? run.mintSums.slice(1).reduce((a, b) => a + b, 0) / Math.max(1, run.mintSums.length - 1)
    : 0;
  const issuance = issuanceSeries(840_000, 105_000, () => meanSum);
  return {
    chain: {
      blocks: mined.blocks.length,
      startZeros: chainZeros,
      zerosByBlock: mined.zerosByBlock,
      hashes: mined.hashes,
      virtualHashesPerSec,
      valid: validateChain(mined.blocks, chainZeros).valid,
      tip: mined.blocks[mined.blocks.length - 1]!.hash,
    },
    forgery: {
      block: forgedIndex,
      original: mined.blocks[forgedIndex]!.improvements,
      forged: forgedRecord,
      hashUnchanged: forged[forgedIndex]!.hash === mined.blocks[forgedIndex]!.hash,
      accepted: validateChain(forged, chainZeros).valid,
    },
    issuance: {
      meanImprovementSumPerBlock: meanSum,
      points: issuance,
    },
  };
}

/** Runs the whole case study. */
export function runImprovementExperiment(options: ImprovementExperimentOptions) {
  const { seed, rounds, windowRounds, nowMs } = options;
  const tasks = evaluatorTasks(createRandom(seed).derive('tasks'));
  tasks.forEach((task) => task.run()); // warm-up, not counted
  const times = measureRounds(tasks, rounds, nowMs);
  const seconds = countNoiseMints(times, 's', windowRounds);
  const milliseconds = countNoiseMints(times, 'ms', windowRounds, null);
  const medianMsByTask = Object.fromEntries(
    tasks.map((t) => [t.id, median(times.map((r) => r[t.id]! * 1000))]),
  );
  return {
    seed,
    rounds,
    windowRounds,
    medianMsByTask,
    noiseOnly: { seconds, milliseconds },
    byLength: lengthStudy(rounds, nowMs),
    ...chainPart(seed, seconds, options.chainZeros, options.virtualHashesPerSec),
  };
}

export type ImprovementExperimentReport = ReturnType<typeof runImprovementExperiment>;
