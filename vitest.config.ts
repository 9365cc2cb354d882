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
