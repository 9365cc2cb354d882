/**
 * The chapter's one experiment job: N seeded double-spend races (core/attack/race-sim.ts), run in
 * an experiment worker with progress, so a million races never block the page.
 */
import { simulateRaces, type RaceSimulation } from '../../core/attack/race-sim';
import { createRandom } from '../../core/random';
import type { ExperimentControl } from '../../workers/experiment-protocol';

export interface RaceJob {
  q: number;
  z: number;
  races: number;
  seed: number;
}

export function runRaceJob(job: RaceJob, control: ExperimentControl): Promise<RaceSimulation> {
  return simulateRaces({
    q: job.q,
    z: job.z,
    races: job.races,
    random: createRandom(job.seed),
    checkpoint: (done, total) => control.checkpoint(done, total),
  });
}
