/**
 * Entry point of the `nonce-sense` command (bin/nonce-sense.mjs loads it through tsx):
 * dispatches to one module per command. Bad input exits with code 2 and one line on stderr,
 * "nonce-sense: <what is wrong>"; an unexpected failure exits with 1, also in one line.
 */
import { runAttack } from './command-attack';
import { runBench } from './command-bench';
import { runExperiment } from './command-experiment';
import { runHash } from './command-hash';
import { runHeader } from './command-header';
import { runMine } from './command-mine';
import { runRetarget } from './command-retarget';
import { runTarget } from './command-target';
import type { CliIo } from './output';
import { isInputError, oneLineMessage, UsageError } from './usage-error';

const COMMANDS: Record<string, (argv: string[], io: CliIo) => void | Promise<void>> = {
  hash: runHash,
  header: runHeader,
  target: runTarget,
  mine: runMine,
  bench: runBench,
  experiment: runExperiment,
  attack: runAttack,
  retarget: runRetarget,
};

const HELP = `Usage: nonce-sense <command> [options]

Proof of work from the command line.

Commands:
  hash <text> | --hex <hex>     SHA-256 (or with --double, SHA-256d) of text or bytes
  header <160 hex digits>       decode a block header, hash it, check its proof of work
  target <bits>                 what compact bits mean: target, difficulty, odds, work
  mine --header <hex> --zero-bits <N> [--workers <K>]
                                search for a nonce with worker threads
  bench                         measure hashing speed in Node
  experiment strategies [--seed S] [--budget N] [--json]
                                can a nonce strategy beat a sequential scan?
  experiment oracle|geometric|improvement|tuner [--seed S] [--json]
                                the case studies, each tested with the same harness
  attack --q Q --z Z [--simulate N] [--seed S] [--json]
                                can an attacker with share Q undo Z confirmations?
  retarget [--json]             replay the difficulty retarget rule on the real headers

Run 'nonce-sense <command> --help' for a command's options.
`;

async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`missing command (try 'nonce-sense --help')`);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    throw new UsageError(`unknown command '${command}' (try 'nonce-sense --help')`);
  }
  await run(rest, io);
  return 0;
}

const io: CliIo = { stdout: process.stdout, stderr: process.stderr };
try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (error) {
  const input = isInputError(error);
  process.stderr.write(`nonce-sense: ${input ? '' : 'error: '}${oneLineMessage(error)}\n`);
  if (!input && process.env.NONCE_SENSE_DEBUG) console.error(error);
  process.exitCode = input ? 2 : 1;
}
