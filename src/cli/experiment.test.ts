/**
 * `nonce-sense experiment strategies`: the seeded run that the README quotes. For full SHA-256d
 * no strategy's Holm-adjusted interval excludes 1, and the positive control (the same model
 * against SHA-256d cut to 4 rounds) has an interval entirely above 1.
 */
import { describe, expect, it } from 'vitest';
import type { StrategyExperimentReport } from '../core/experiments/strategy-experiment';
import { runNonceSense } from './run-bin.test-support';

const run = (args: string[]) => runNonceSense(args);

describe('nonce-sense experiment strategies', () => {
  it('--seed 1 --json: 20 arms, every Holm interval contains 1, the positive control wins', async () => {
    const { code, stdout, stderr } = await run([
      'experiment',
      'strategies',
      '--seed',
      '1',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as StrategyExperimentReport;
    expect(report.seed).toBe(1);
    expect(report.arms).toHaveLength(20);
    expect(report.arms.map((a) => a.id)).toContain('learnedModel');
    for (const arm of report.arms) {
      expect(arm.hashes).toBe(64 * 2048);
      expect(arm.ci95[0]).toBeLessThanOrEqual(arm.ratio);
      expect(arm.ci95[1]).toBeGreaterThanOrEqual(arm.ratio);
      // The Holm interval is never narrower than the unadjusted one.
      expect(arm.ci95Holm[0]).toBeLessThanOrEqual(arm.ci95[0]);
      expect(arm.ci95Holm[0]).toBeLessThan(1);
      expect(arm.ci95Holm[1]).toBeGreaterThan(1);
    }
    expect(report.holmMisses).toEqual([]);
    const pc = report.positiveControl!;
    expect(pc.rounds).toBe(4);
    expect(pc.ci95[0]).toBeGreaterThan(1);
    expect(pc.pValue).toBeLessThan(1e-6);
    expect(report.retest.ci95[0]).toBeLessThan(1);
  });

  it('the same seed prints the same numbers', async () => {
    const args = [
      'experiment',
      'strategies',
      '--seed',
      'class-7b',
      '--jobs',
      '8',
      '--budget',
      '256',
      '--json',
    ];
    const [a, b] = await Promise.all([run(args), run(args)]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect((JSON.parse(a.stdout) as StrategyExperimentReport).seed).toBe('class-7b');
  });

  it('prints a table for people', async () => {
    const { code, stdout } = await run([
      'experiment',
      'strategies',
      '--jobs',
      '4',
      '--budget',
      '64',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^arm\s+hits\s+ratio/m);
    expect(stdout).toContain('positive control');
    expect(stdout).toContain('Holm-adjusted intervals excluding 1');
  });

  it.each([
    [['experiment'], 'missing strategies'],
    [['experiment', 'luck'], "unknown experiment 'luck'"],
    [
      ['experiment', 'strategies', '--budget', '10'],
      '--budget must be a whole number from 64 to 65536',
    ],
    [['experiment', 'strategies', '--jobs', 'x'], '--jobs must be a whole number from 4 to 1024'],
    [
      ['experiment', 'strategies', '--zero-bits', '40'],
      '--zero-bits must be a whole number from 4 to 16',
    ],
    [['experiment', 'strategies', '--seed', ''], '--seed must be 1 to 200 characters'],
  ])('bad input %j exits 2 with one line', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
