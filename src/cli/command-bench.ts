/**
 * `nonce-sense bench`: a thin entry to the Node benchmark that lives in bench/node-bench.ts
 * (the full Node + Chromium benchmark is `npm run bench`).
 */
import { runNodeBench } from '../../bench/node-bench';
import { expectPositionals, parseCommandArgs } from './args';
import type { CliIo } from './output';

/** The text of `nonce-sense bench --help`. */
export const BENCH_HELP = `Usage: nonce-sense bench [--json]

Measures hashing speed in Node (bench/node-bench.ts): the two mining kernels (WebAssembly
SIMD and JavaScript), naive @noble/hashes and node:crypto, on 1 worker thread and on all
cores. Progress goes to stderr.
For Node and headless Chromium together, run \`npm run bench\`.

Options:
  --json        print a JSON object
  -h, --help    show this help
`;

/** Runs the bench command. */
export async function runBench(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandArgs('bench', argv, { json: { type: 'boolean' } });
  if (values.help) {
    io.stdout.write(BENCH_HELP);
    return;
  }
  expectPositionals('bench', positionals, 0, '');
  await runNodeBench({
    json: values.json === true,
    out: io.stdout,
    onProgress: (line) => io.stderr.write(`  ${line}\n`),
  });
}
