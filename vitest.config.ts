import { defineConfig } from 'vitest/config';

// Three projects, run separately by package.json scripts:
// - unit: fast tests beside the code (part of `npm run check`);
// - slow: long verification runs (all 29,650 real headers, 100,000-case property tests);
// - cli: spawns the real `nonce-sense` command.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.slow.test.ts', 'src/cli/**'],
          environment: 'node',
          // Pool tests hash for real; on a loaded 2-core machine 5 s is too tight a limit.
          testTimeout: 20_000,
          // Measured on this 2-core machine (119 files, 676 tests): the default (forks, each
          // file isolated) took 72 s, threads 53 s, threads without isolation 22 s, with the
          // tests themselves about 22 s of it; the rest was starting and importing per file.
          // Files share module state within a thread, so a test must not leave globals or
          // timers changed (vi.useRealTimers / unstubAllGlobals in afterEach, as they do).
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          name: 'slow',
          include: ['src/**/*.slow.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'cli',
          include: ['src/cli/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
  },
});
