/**
 * The job of the "nonce oracle" chapter, run in a worker: the whole case-study experiment
 * (core's `runOracleExperiment`), awaiting the engine's checkpoint after every job of every
 * phase so that Stop and pause-while-hidden work; progress is reported as steps over all
 * phases (`oracleProgressSteps` gives each phase's share, for the page's label).
 */
import {
  ORACLE_PHASES,
  ORACLE_SIZES,
  runOracleExperiment,
  type OracleExperimentReport,
  type OraclePhase,
} from '../core/experiments/oracle/oracle-experiment';
import { FOREST_CONTROL } from '../core/experiments/oracle/forest-control';
import type { Seed } from '../core/random';
import type { ExperimentControl } from './experiment-protocol';

export interface OracleJob {
  seed: Seed;
  zeroBits: number;
  evaluationJobs: number;
}
export type OracleResult = OracleExperimentReport;

/** Steps per phase, in order (the jobs each phase runs). */
export function oracleProgressSteps(evaluationJobs: number): Record<OraclePhase, number> {
  return {
    filters: 1,
    sweep: ORACLE_SIZES.sweep.jobs,
    predictor: evaluationJobs,
    rangeBandit: ORACLE_SIZES.bandit.jobs,
    softmaxBins: ORACLE_SIZES.bandit.jobs,
    retrainingLoop: ORACLE_SIZES.retraining.jobs,
    positiveControl: FOREST_CONTROL.jobs,
  };
}

/** The phase that a step count falls in (for the page's "now: ..." label). */
export function oraclePhaseAt(done: number, evaluationJobs: number): OraclePhase {
  const steps = oracleProgressSteps(evaluationJobs);
  let offset = 0;
  for (const phase of ORACLE_PHASES) {
    offset += steps[phase];
    if (done < offset) return phase;
  }
  return 'positiveControl';
}

export function runOracleJob(job: OracleJob, control: ExperimentControl): Promise<OracleResult> {
  const steps = oracleProgressSteps(job.evaluationJobs);
  const total = ORACLE_PHASES.reduce((s, p) => s + steps[p], 0);
  const offsets = new Map<OraclePhase, number>();
  let offset = 0;
  for (const phase of ORACLE_PHASES) {
    offsets.set(phase, offset);
    offset += steps[phase];
  }
  return runOracleExperiment(
    {
      seed: job.seed,
      zeroBits: job.zeroBits,
      evaluationJobs: job.evaluationJobs,
      now: () => performance.now(),
    },
    { checkpoint: (phase, done) => control.checkpoint(offsets.get(phase)! + done, total) },
  );
}
