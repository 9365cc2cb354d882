/**
 * `nonce-sense attack`: the double-spend race of section 11 of the Bitcoin paper. Prints the
 * paper's Poisson approximation, the exact (negative binomial) probability, and optionally a
 * seeded block-by-block simulation with its 95 % Clopper-Pearson interval.
 */
import { compareAt } from '../core/attack/exact';
import { MAX_RACES, checkSimulationInput, simulateRaces } from '../core/attack/race-sim';
import { createRandom } from '../core/random';
import { parseCommandArgs, expectPositionals, parseWholeNumber } from './args';
import { writeFields, writeJson, type CliIo } from './output';
import { UsageError } from './usage-error';

/** The largest z the command accepts. */
const MAX_Z = 10_000;

/** The text of `nonce-sense attack --help`. */
export const ATTACK_HELP = `Usage: nonce-sense attack --q <Q> --z <Z> [--simulate <N>] [--seed <S>] [--json]

An attacker with a share Q of the hash rate tries to reverse a payment after Z
confirmations. Prints the probability that he ever catches up: the Bitcoin paper's
formula (section 11, attacker blocks counted as Poisson) and the exact value
(negative binomial); with --simulate, N seeded races block by block and a 95%
Clopper-Pearson interval for the share he wins.

Options:
  --q <Q>          attacker's share of the hash rate, a decimal from 0 to 1
  --z <Z>          confirmations the merchant waits for, a whole number from 0 to ${MAX_Z}
  --simulate <N>   also race N times (1 to ${MAX_RACES}; not at Q = 0.5)
  --seed <S>       seed of the simulation, 0 to 4294967295 (default 1)
  --json           print a JSON object
  -h, --help       show this help
`;

function parseShare(text: string | undefined): number {
  if (text === undefined)
    throw new UsageError(`attack: missing --q (see 'nonce-sense attack --help')`);
  const value = /^(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= 0 && value <= 1)) {
    throw new UsageError(`attack: --q must be a decimal from 0 to 1, got '${text}'`);
  }
  return value;
}

/** Runs the attack command. */
export async function runAttack(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandArgs('attack', argv, {
    q: { type: 'string' },
    z: { type: 'string' },
    simulate: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(ATTACK_HELP);
    return;
  }
  expectPositionals('attack', positionals, 0, 'nothing');
  const q = parseShare(values.q);
  if (values.z === undefined) {
    throw new UsageError(`attack: missing --z (see 'nonce-sense attack --help')`);
  }
  const z = parseWholeNumber('attack', '--z', values.z, { min: 0, max: MAX_Z });
  const races =
    values.simulate === undefined
      ? null
      : parseWholeNumber('attack', '--simulate', values.simulate, { min: 1, max: MAX_RACES });
  const seed =
    values.seed === undefined
      ? 1
      : parseWholeNumber('attack', '--seed', values.seed, { min: 0, max: 0xffffffff });
  if (races !== null) {
    try {
      checkSimulationInput(q, z, races);
    } catch (error) {
      throw new UsageError(`attack: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const { paper, exact } = compareAt(q, z);
  const sim =
    races === null ? null : await simulateRaces({ q, z, races, random: createRandom(seed) });
  const simulation = sim && {
    races: sim.races,
    wins: sim.wins,
    estimate: sim.estimate,
    ci95: sim.ci95,
    seed,
  };
  if (values.json) {
    writeJson(io.stdout, { q, z, paper, exact, ...(simulation ? { simulation } : {}) });
    return;
  }
  const rows: [string, string][] = [
    ['attacker share q', String(q)],
    ['confirmations z', String(z)],
    ['paper (Poisson)', paper.toPrecision(7)],
    ['exact (neg. binomial)', exact.toPrecision(7)],
    ['paper / exact', exact > 0 ? (paper / exact).toPrecision(4) : 'n/a'],
  ];
  if (simulation) {
    rows.push(
      ['simulated races', `${simulation.wins} won of ${simulation.races} (seed ${seed})`],
      [
        'simulated share',
        `${simulation.estimate.toPrecision(5)}, 95% CI [${simulation.ci95[0].toPrecision(5)}, ${simulation.ci95[1].toPrecision(5)}]`,
      ],
    );
  }
  writeFields(io.stdout, rows);
}
