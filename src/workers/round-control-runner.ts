/**
 * The job of the "Inside SHA-256" chapter, run in a worker: the round-reduced control swept
 * over R (core's `runRoundControl`), awaiting the engine's checkpoint after every job so that
 * Stop and pause-while-hidden work and progress reaches the page.
 */
import {
  runRoundControl,
  type RoundControlReport,
  type RoundControlSettings,
} from '../core/experiments/round-control';
import type { ExperimentControl } from './experiment-protocol';

export type RoundControlJob = RoundControlSettings;
export type RoundControlResult = RoundControlReport;

export function runRoundControlJob(
  job: RoundControlJob,
  control: ExperimentControl,
): Promise<RoundControlResult> {
  return runRoundControl(job, {
    checkpoint: (done, total) => control.checkpoint(done, total),
  });
}
