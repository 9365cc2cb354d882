/**
 * `nonce-sense retarget`: replays Bitcoin's difficulty retarget rule on the bundled real
 * headers and checks every recomputable retarget against the real bits.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHeaderFile } from '../core/data/header-file';
import { replayRetargets } from '../core/difficulty/retarget-replay';
import { expectPositionals, parseCommandArgs } from './args';
import { formatCount, unixToIso, writeFields, writeJson, type CliIo } from './output';

const DATA_FILE = fileURLToPath(new URL('../../public/data/btc-headers.bin', import.meta.url));

/** The text of `nonce-sense retarget --help`. */
export const RETARGET_HELP = `Usage: nonce-sense retarget [--json] [--all]

Replays Bitcoin's retarget rule (every 2,016 blocks; timespan from the first to the last
block of the period, clamped to [3.5, 56] days; result capped at 0x1d00ffff and rounded
through the compact bits encoding) on the bundled real headers. Every retarget height h
whose headers h-2016, h-1 and h are in the file is recomputed and compared with the
real bits of block h.

Options:
  --json        print a JSON object {recomputed, matching, mismatches, firstHeight, lastHeight}
  --all         with --json, also list every recomputed retarget
  -h, --help    show this help
`;

/** Runs the retarget command. */
export function runRetarget(argv: string[], io: CliIo): void {
  const { values, positionals } = parseCommandArgs('retarget', argv, {
    json: { type: 'boolean' },
    all: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(RETARGET_HELP);
    return;
  }
  expectPositionals('retarget', positionals, 0, '');
  const file = parseHeaderFile(new Uint8Array(readFileSync(DATA_FILE)));
  const replay = replayRetargets(file);
  const { retargets, ...summary } = replay;
  if (values.json) {
    writeJson(io.stdout, {
      headers: file.count,
      ...summary,
      clamped: retargets.filter((r) => r.clamp !== 'none').map((r) => r.height),
      cappedAtPowLimit: retargets.filter((r) => r.cappedAtPowLimit).length,
      ...(values.all ? { retargets } : {}),
    });
    return;
  }
  writeFields(io.stdout, [
    ['headers in file', formatCount(file.count)],
    ['retargets recomputed', formatCount(replay.recomputed)],
    ['matching real bits', formatCount(replay.matching)],
    ['not recomputable', `${formatCount(replay.skipped)} (a needed header is not in the file)`],
    [
      'heights',
      replay.firstHeight === null ? '-' : `${replay.firstHeight} .. ${replay.lastHeight}`,
    ],
  ]);
  for (const m of replay.mismatches) {
    io.stdout.write(
      `MISMATCH at ${m.height} (${unixToIso(m.time)}): computed ${m.computedBits}, real ${m.realBits}\n`,
    );
  }
}
