/**
 * The double-spend race, simulated block by block with the seeded generator, to check the exact
 * formula (exact.ts) by an independent route: no Poisson, no negative binomial, no gambler's
 * ruin formula, just coin flips.
 *
 * One race: each new block is the attacker's with probability q. Until the honest chain has z
 * blocks the attacker mines in secret; then, if he is behind by d blocks, the race goes on
 * block by block until he draws level (d = 0: he wins, as in the paper) or falls so far behind
 * that catching up is negligible. That cut-off is the only approximation: it is placed at the
 * deficit D where (q/p)^D <= 1e-12, so a race counted as lost there would have been won with
 * probability at most 1e-12 (under 1e-5 misjudged races expected in 10 million). For q > 1/2
 * the attacker drifts ahead and every race ends with his win; q = 1/2 is refused, because a
 * fair race ends only after an unbounded mean number of blocks.
 *
 * The estimate comes with a 95 % Clopper-Pearson interval (stats/intervals.ts).
 */
import type { Random } from '../random';
import { clopperPearson, type Interval } from '../stats/intervals';
import { checkAttackInput } from './paper';

/** The largest number of races one run may ask for. */
export const MAX_RACES = 10_000_000;

/** How unlikely a comeback must be before a race far behind is counted as lost. */
export const NEGLIGIBLE_COMEBACK = 1e-12;

export interface RaceSimulation {
  q: number;
  z: number;
  races: number;
  wins: number;
  estimate: number;
  ci95: Interval;
  seed: number | string;
  /** The deficit at which a race is counted as lost (Infinity for q > 1/2). */
  giveUpDeficit: number;
}

/** Throws a RangeError when the simulation cannot run for these settings. */
export function checkSimulationInput(q: number, z: number, races: number): void {
  checkAttackInput(q, z);
  if (q === 0.5) {
    throw new RangeError('the race cannot be simulated at q = 0.5: a fair race has no mean length');
  }
  if (!Number.isSafeInteger(races) || races < 1 || races > MAX_RACES) {
    throw new RangeError(`races must be a whole number from 1 to ${MAX_RACES}, got ${races}`);
  }
}

/** The deficit D with (q/p)^D <= NEGLIGIBLE_COMEBACK, for 0 < q < 1/2. */
export function giveUpDeficitFor(q: number): number {
  if (q >= 0.5) return Infinity;
  if (q === 0) return 1;
  return Math.ceil(Math.log(NEGLIGIBLE_COMEBACK) / Math.log(q / (1 - q)));
}

/** One race from the start: true when the attacker draws level with the honest chain. */
export function raceOnce(q: number, z: number, giveUpDeficit: number, random: Random): boolean {
  let attacker = 0;
  let honest = 0;
  while (honest < z) {
    if (random.next() < q) attacker++;
    else honest++;
  }
  let deficit = z - attacker;
  while (deficit > 0 && deficit < giveUpDeficit) {
    if (random.next() < q) deficit--;
    else deficit++;
  }
  return deficit <= 0;
}

/** Runs `races` races; `checkpoint` (if given) is awaited every `racesPerCheckpoint` races. */
export async function simulateRaces(options: {
  q: number;
  z: number;
  races: number;
  random: Random;
  checkpoint?: (done: number, total: number) => Promise<void>;
  racesPerCheckpoint?: number;
}): Promise<RaceSimulation> {
  const { q, z, races, random, checkpoint } = options;
  checkSimulationInput(q, z, races);
  const giveUpDeficit = giveUpDeficitFor(q);
  const every = options.racesPerCheckpoint ?? 2_000;
  let wins = 0;
  for (let done = 0; done < races;) {
    const end = Math.min(races, done + every);
    for (; done < end; done++) if (raceOnce(q, z, giveUpDeficit, random)) wins++;
    if (checkpoint) await checkpoint(done, races);
  }
  return {
    q,
    z,
    races,
    wins,
    estimate: wins / races,
    ci95: clopperPearson(wins, races),
    seed: random.seed,
    giveUpDeficit,
  };
}
