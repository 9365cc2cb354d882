/**
 * "The geometric miner" (case study 2), every test in one seeded run: the report the CLI
 * prints (`nonce-sense experiment geometric --json`). The page runs the same sections one click
 * at a time (geometric-sections.ts), so the same seed gives the same numbers in both.
 *
 * Expected: the pre-filter rejects every real block (D1 alone does, under any reading); the
 * restrictor and each constraint level cover about the share of nonces they keep, so blocks
 * per hash stay at about 1 and blocks per joule can only fall; the confounded test gives a high
 * recall and full rejection, the matched one chance (AUC about 0.5); the inverse solver stalls
 * near a distance of 0.39 and its nonces hit at the sequential scan's rate; attempts to a block
 * stay geometric with the same mean for any composition; only fees differ.
 */
import { createRandom, type Seed } from '../../random';
import { realWinningNonces } from '../../data/real-nonces';
import type { HeaderFile } from '../../data/header-file';
import type { Interval } from '../../stats/intervals';
import { CLAIMED_ENERGY, energyOutcome, type EnergyOutcome } from './energy';
import {
  compositionTest,
  confound,
  coverageOnRealWinners,
  inverseSolverTest,
  prefilterOnRealBlocks,
  DEFAULT_COMPOSITION_SETTINGS,
  DEFAULT_SOLVER_SETTINGS,
  type CompositionSettings,
  type ConfoundReport,
  type CoverageReport,
  type HarnessArm,
  type SolverSettings,
} from './geometric-sections';
import type { PrefilterVerdicts } from './prefilter';

export interface GeometricExperimentOptions {
  seed: Seed;
  solver?: Partial<SolverSettings>;
  composition?: Partial<CompositionSettings>;
  confoundPerSet?: number;
}

export interface GeometricExperimentReport {
  seed: Seed;
  blocks: number;
  prefilter: {
    /** Share of real blocks the pre-filter would have thrown away (default reading). */
    realWinnerRejectionRate: number;
    passed: number;
    readings: PrefilterVerdicts[];
  };
  coverage: CoverageReport;
  confound: ConfoundReport;
  solver: {
    bestDistance: number;
    floor: number;
    reachedTarget: boolean;
    harness: {
      ratio: number;
      ci95: Interval;
      pValue: number;
      hits: number;
      sequentialHits: number;
      jobs: number;
      budgetPerJob: number;
      zeroBits: number;
      geometricEvaluations: number;
      arms: HarnessArm[];
    };
  };
  composition: {
    zeroBits: number;
    expectedAttempts: number;
    arms: {
      id: string;
      templates: number;
      meanAttempts: number;
      ci95: Interval;
      /** Chi-square p-value of the attempts against the geometric law. */
      geometricFitP: number;
      meanFees: number;
      meanDistance: number;
    }[];
    reroll: {
      shared: number;
      expectedShared: number;
      hitsA: number;
      hitsB: number;
      nonces: number;
    };
    fees: { knapsack: number; upperBound: number; randomFill: number; geometric: number };
  };
  energy: EnergyOutcome;
}

export async function runGeometricExperiment(
  file: HeaderFile,
  options: GeometricExperimentOptions,
  checkpoint?: (done: number, total: number) => void | Promise<void>,
): Promise<GeometricExperimentReport> {
  const root = createRandom(options.seed);
  const solverSettings = { ...DEFAULT_SOLVER_SETTINGS, ...options.solver };
  const compositionSettings = { ...DEFAULT_COMPOSITION_SETTINGS, ...options.composition };
  const total =
    4 + solverSettings.runs + solverSettings.jobs + 2 * compositionSettings.templatesPerArm;
  let offset = 0;
  const phase = (done: number) => checkpoint?.(offset + done, total);

  const readings = await prefilterOnRealBlocks(file.headers, phase);
  offset += 4;
  const coverage = coverageOnRealWinners(realWinningNonces(file), root.derive('coverage'));
  const confounded = confound(file.headers, root.derive('confound'), options.confoundPerSet);
  const nonces = realWinningNonces(file);
  const solver = await inverseSolverTest(
    file.headers,
    file.heights,
    nonces,
    root.derive('solver'),
    solverSettings,
    phase,
  );
  offset += solverSettings.runs + solverSettings.jobs;
  const base = file.headers[file.count - 1]!;
  const composition = await compositionTest(
    base,
    root.derive('composition'),
    compositionSettings,
    phase,
  );
  const best = solver.runs.reduce((b, r) => (r.bestDistance < b.bestDistance ? r : b));
  return {
    seed: options.seed,
    blocks: file.count,
    prefilter: {
      realWinnerRejectionRate: readings[0]!.rejectedFraction,
      passed: readings[0]!.passed,
      readings,
    },
    coverage,
    confound: confounded,
    solver: {
      bestDistance: best.bestDistance,
      floor: best.floor,
      reachedTarget: solver.runs.some((r) => r.reachedTarget),
      harness: {
        ratio: solver.harness.ratio,
        ci95: solver.harness.ci95,
        pValue: solver.harness.pValue,
        hits: solver.harness.hits,
        sequentialHits: solver.harness.sequentialHits,
        jobs: solver.harness.jobs,
        budgetPerJob: solver.harness.budgetPerJob,
        zeroBits: solver.harness.zeroBits,
        geometricEvaluations: solver.harness.geometricEvaluations,
        arms: solver.harness.arms,
      },
    },
    composition: {
      zeroBits: compositionSettings.zeroBits,
      expectedAttempts: composition.expectedAttempts,
      arms: composition.arms.map((a) => ({
        id: a.id,
        templates: a.attempts.length,
        meanAttempts: a.mean.mean,
        ci95: [a.mean.lower, a.mean.upper],
        geometricFitP: a.fit.pValue,
        meanFees: a.meanFees,
        meanDistance: a.meanDistance,
      })),
      reroll: {
        shared: composition.reroll.shared,
        expectedShared: composition.reroll.expectedShared,
        hitsA: composition.reroll.hitsA.length,
        hitsB: composition.reroll.hitsB.length,
        nonces: composition.reroll.nonces,
      },
      fees: composition.fees,
    },
    energy: energyOutcome(CLAIMED_ENERGY),
  };
}
