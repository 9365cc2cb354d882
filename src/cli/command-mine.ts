/**
 * `nonce-sense mine`: search for a nonce with worker threads (see mine-pool.ts).
 */
import { availableParallelism } from 'node:os';
import { bytesToHex, hexToBytesOfLength } from '../core/hex';
import { HEADER_BYTES } from '../core/hash/block-header';
import { parseCommandArgs, parseWholeNumber } from './args';
import { mine } from './mine-pool';
import { formatCount, formatHex32, unixToIso, writeFields, writeJson, type CliIo } from './output';
import { UsageError } from './usage-error';

const MAX_ZERO_BITS = 64;
const MAX_WORKERS = 256;

/** The text of `nonce-sense mine --help`. */
export const MINE_HELP = `Usage: nonce-sense mine --header <160 hex digits> --zero-bits <N> [--workers <K>] [--json]

Searches for a nonce that gives the header a SHA-256d hash with at least N leading
zero bits (probability 2^-N per hash, so about 2^N hashes). K worker threads scan
disjoint nonce ranges; if all 2^32 nonces fail, the header time is rolled forward
one second and the search goes on. The header's own nonce is ignored.
Hashes tried counts the batches the workers completed (65,536 nonces each), so a
short run does not count the partial batches other workers were in the middle of.

Options:
  --header <hex>    the 80-byte header as 160 hex digits
  --zero-bits <N>   leading zero bits wanted, 1 to ${MAX_ZERO_BITS}
  --workers <K>     worker threads, 1 to ${MAX_WORKERS} (default: ${availableParallelism()}, the available cores)
  --json            print a JSON object
  -h, --help        show this help
`;

/** Runs the mine command. */
export async function runMine(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandArgs('mine', argv, {
    header: { type: 'string' },
    'zero-bits': { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(MINE_HELP);
    return;
  }
  if (positionals.length > 0) {
    throw new UsageError(`mine: unexpected argument '${positionals[0]}' (use --header <hex>)`);
  }
  if (values.header === undefined) {
    throw new UsageError(`mine: missing --header <160 hex digits> (see 'nonce-sense mine --help')`);
  }
  if (values['zero-bits'] === undefined) {
    throw new UsageError(`mine: missing --zero-bits <N> (see 'nonce-sense mine --help')`);
  }
  const header = hexToBytesOfLength(values.header, HEADER_BYTES, 'header');
  const zeroBits = parseWholeNumber('mine', '--zero-bits', values['zero-bits'], {
    min: 1,
    max: MAX_ZERO_BITS,
  });
  const workers =
    values.workers === undefined
      ? availableParallelism()
      : parseWholeNumber('mine', '--workers', values.workers, { min: 1, max: MAX_WORKERS });

  const showProgress = !values.json && 'isTTY' in io.stderr && io.stderr.isTTY === true;
  let lastShown = 0;
  const result = await mine({
    header,
    zeroBits,
    workers,
    onProgress: showProgress
      ? (hashes, elapsedMs) => {
          if (elapsedMs - lastShown < 1000) return;
          lastShown = elapsedMs;
          const rate = (hashes / elapsedMs) * 1000;
          io.stderr.write(`\r${formatCount(hashes)} hashes, ${formatCount(rate)}/s ...`);
        }
      : undefined,
  });
  if (showProgress && lastShown > 0) io.stderr.write('\r\x1b[K');

  if (values.json) {
    writeJson(io.stdout, {
      nonce: result.nonce,
      time: result.time,
      timeRolls: result.timeRolls,
      header: bytesToHex(result.header),
      hash: result.hashDisplayHex,
      leadingZeroBits: result.leadingZeroBits,
      zeroBits,
      hashesTried: result.hashesTried,
      hashesPerSec: result.hashesPerSec,
      elapsedMs: result.elapsedMs,
      startupMs: result.startupMs,
      workers: result.workers,
    });
    return;
  }
  const rows: [string, string][] = [['nonce', `${result.nonce} (${formatHex32(result.nonce)})`]];
  if (result.timeRolls > 0) {
    rows.push([
      'time',
      `${result.time} (${unixToIso(result.time)}), rolled forward ${result.timeRolls} s: every nonce of the earlier times failed`,
    ]);
  }
  rows.push(
    ['hash', result.hashDisplayHex],
    ['leading zeros', `${result.leadingZeroBits} bits (asked for at least ${zeroBits})`],
    ['hashes tried', formatCount(result.hashesTried)],
    ['hashes/s', formatCount(result.hashesPerSec)],
    [
      'elapsed',
      `${(result.elapsedMs / 1000).toFixed(3)} s (+ ${(result.startupMs / 1000).toFixed(3)} s to start ${workers} worker${workers === 1 ? '' : 's'})`,
    ],
    ['header', bytesToHex(result.header)],
  );
  writeFields(io.stdout, rows);
}
