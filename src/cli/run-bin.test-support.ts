/**
 * For the CLI tests: runs `bin/nonce-sense.mjs` in a child Node process and collects its exit
 * code and output, so each test checks the command exactly as a user would run it.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const NONCE_SENSE_BIN = fileURLToPath(new URL('../../bin/nonce-sense.mjs', import.meta.url));

export interface BinRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `nonce-sense <args>`; `timeoutMs` kills a run that hangs (the exit code is then -1). */
export function runNonceSense(args: string[], timeoutMs = 110_000): Promise<BinRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [NONCE_SENSE_BIN, ...args],
      { timeout: timeoutMs },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}
