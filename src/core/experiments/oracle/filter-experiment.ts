/**
 * The quality filters put to the test: score random 32-bit nonces with each filter and count
 * how many reach the design's threshold of 0.75 (none do), then lower the threshold until some
 * pass and measure, with real SHA-256d on fresh jobs, (a) the hits per hash of the nonces that
 * pass, against the sequential scan (the ratio stays about 1: a filter on the nonce's own bytes
 * cannot see the hash), and (b) the effective hashes per second once the filter's own cost is
 * paid: every hashed nonce costs one hash plus 1 / passFraction scores.
 *
 * Timing is measured by the caller's clock (`now`, in ms; core has no clock of its own), in the
 * same run, as scores per second and hashes per second on this machine.
 */
import type { Random } from '../../random';
import type { Interval } from '../../stats/intervals';
import { makeJobHeaders } from '../experiment-jobs';
import { runHarness, type HarnessHooks, type Strategy } from '../harness';
import { createZeroBitsJob, hitsForRange } from '../nonce-hits';
import {
  ALL_REWRITE_READINGS,
  ethicalFilter,
  originalQualityScore,
  QUALITY_THRESHOLD,
  rewriteQualityScore,
  type RewriteReading,
} from './quality-filters';

/** Thresholds of the sweep: the design's 0.75, then lower until most nonces pass. */
export const FILTER_THRESHOLDS = [0.75, 0.7, 0.65, 0.6, 0.5, 0.45] as const;

export interface ScoreHistogram {
  /** Lower edge of each bin of width `binWidth`, from 0. */
  binStarts: number[];
  binWidth: number;
  counts: number[];
}

export interface FilterPassRates {
  samples: number;
  threshold: number;
  original: { passRate: number; bestScore: number; histogram: ScoreHistogram };
  /** The rewrite under each reading; the first is the default. */
  rewrite: { reading: RewriteReading; passRate: number; bestScore: number }[];
  rewriteHistogram: ScoreHistogram;
  ethical: { passRate: number; bestHexEntropyBits: number };
}

export interface ThresholdArm {
  threshold: number;
  /** Fraction of candidates whose original score reaches the threshold. */
  passFraction: number;
  hashes: number;
  hits: number;
  /** Hits per hash against the sequential scan, same jobs and budget (null: nothing passed). */
  ratio: number | null;
  ci95: Interval | null;
  /** 1 / (1 / hashesPerSec + 1 / (passFraction x scoresPerSec)); 0 when nothing passes. */
  effectiveHashesPerSec: number;
}

export interface ThresholdSweep {
  zeroBits: number;
  jobs: number;
  budgetPerJob: number;
  sequentialHits: number;
  sequentialHashes: number;
  hashesPerSec: number;
  scoresPerSec: number;
  arms: ThresholdArm[];
}

function histogram(scores: readonly number[], binWidth: number): ScoreHistogram {
  const bins = Math.ceil(1 / binWidth);
  const counts = new Array<number>(bins).fill(0);
  for (const s of scores) counts[Math.min(bins - 1, Math.max(0, Math.floor(s / binWidth)))]!++;
  return { binStarts: counts.map((_, i) => +(i * binWidth).toFixed(6)), binWidth, counts };
}

/** Scores `samples` random nonces with every filter. */
export function filterPassRates(random: Random, samples: number): FilterPassRates {
  const nonces = Array.from({ length: samples }, () => random.nextUint32());
  const original = nonces.map((n) => originalQualityScore(n).score);
  const rewrites = ALL_REWRITE_READINGS.map((reading) => {
    const scores = nonces.map((n) => rewriteQualityScore(n, reading));
    return { reading, scores };
  });
  const ethical = nonces.map(ethicalFilter);
  const rate = (scores: number[]) =>
    scores.filter((s) => s >= QUALITY_THRESHOLD).length / scores.length;
  return {
    samples,
    threshold: QUALITY_THRESHOLD,
    original: {
      passRate: rate(original),
      bestScore: Math.max(...original),
      histogram: histogram(original, 0.025),
    },
    rewrite: rewrites.map(({ reading, scores }) => ({
      reading,
      passRate: rate(scores),
      bestScore: Math.max(...scores),
    })),
    rewriteHistogram: histogram(rewrites[0]!.scores, 0.025),
    ethical: {
      passRate: ethical.filter((v) => v.passes).length / samples,
      bestHexEntropyBits: Math.max(...ethical.map((v) => v.hexEntropyBits)),
    },
  };
}

/**
 * The filter as a miner would use it: draw random 32-bit candidates (as the filter was measured;
 * the nonces 0, 1, 2 ... have three zero bytes and score lower still) and hash only those that
 * pass.
 */
function filteredScan(threshold: number, counter: { scored: number; passed: number }): Strategy {
  return {
    id: `filter-${threshold}`,
    propose({ budget, random }) {
      const out: number[] = [];
      // Above the best possible score (0.7433) nothing passes: stop after a fixed look.
      const limit = budget * 50;
      for (let k = 0; out.length < budget && k < limit; k++) {
        const n = random.nextUint32();
        counter.scored++;
        if (originalQualityScore(n).score >= threshold) {
          counter.passed++;
          out.push(n);
        }
      }
      return out;
    },
  };
}

export interface ThresholdSweepOptions {
  random: Random;
  zeroBits: number;
  jobs: number;
  budgetPerJob: number;
  /** A clock in milliseconds, for the throughput measurement. */
  now: () => number;
}

/** Measures scores per second and hashes per second in this run. */
function measureThroughput(now: () => number): { hashesPerSec: number; scoresPerSec: number } {
  const job = createZeroBitsJob(new Uint8Array(80), 8);
  let t = now();
  let hashes = 0;
  do {
    hitsForRange(job, hashes, 65_536);
    hashes += 65_536;
  } while (now() - t < 150);
  const hashesPerSec = (hashes / (now() - t)) * 1000;
  t = now();
  let scores = 0;
  do {
    // Spread the nonces over all 32 bits, as the random candidates are.
    for (let i = 0; i < 1000; i++) originalQualityScore(Math.imul(scores + i, 0x9e3779b1) >>> 0);
    scores += 1000;
  } while (now() - t < 150);
  return { hashesPerSec, scoresPerSec: (scores / (now() - t)) * 1000 };
}

/** Lowers the threshold step by step and measures hits per hash and effective hashes/s. */
export async function thresholdSweep(
  options: ThresholdSweepOptions,
  hooks: HarnessHooks = {},
): Promise<ThresholdSweep> {
  const counters = FILTER_THRESHOLDS.map(() => ({ scored: 0, passed: 0 }));
  const result = await runHarness(
    {
      jobs: makeJobHeaders(options.random.derive('filter-jobs'), options.jobs),
      zeroBits: options.zeroBits,
      budgetPerJob: options.budgetPerJob,
      random: options.random.derive('filter-arms'),
    },
    FILTER_THRESHOLDS.map((t, i) => filteredScan(t, counters[i]!)),
    hooks,
  );
  const { hashesPerSec, scoresPerSec } = measureThroughput(options.now);
  return {
    zeroBits: options.zeroBits,
    jobs: options.jobs,
    budgetPerJob: options.budgetPerJob,
    sequentialHits: result.sequential.hits,
    sequentialHashes: result.sequential.hashes,
    hashesPerSec,
    scoresPerSec,
    arms: result.arms.map((arm, i) => {
      const c = counters[i]!;
      const passFraction = c.passed / c.scored;
      return {
        threshold: FILTER_THRESHOLDS[i]!,
        passFraction,
        hashes: arm.hashes,
        hits: arm.hits,
        ratio: arm.hashes ? arm.vsSequential.ratio : null,
        ci95: arm.hashes ? arm.vsSequential.ci : null,
        effectiveHashesPerSec:
          passFraction === 0 ? 0 : 1 / (1 / hashesPerSec + 1 / (passFraction * scoresPerSec)),
      };
    }),
  };
}
