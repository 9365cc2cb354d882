/**
 * `nonce-sense experiment oracle`: the seeded run the page and the README quote. The filters
 * pass 0%, the honest forest's ratio interval contains 1 and its AUC is near 0.5, the printed
 * "precision" of a model scored on its own training rows is high, and the positive control
 * (the same forest against SHA-256d cut to 4 rounds) has an interval entirely above 1.
 */
import { describe, expect, it } from 'vitest';
import type { OracleJson } from './command-experiment-oracle';
import { runNonceSense } from './run-bin.test-support';

const run = (args: string[]) => runNonceSense(args);

const contains = ([low, high]: [number, number], x: number) => low <= x && x <= high;

describe('nonce-sense experiment oracle', () => {
  it('--seed 1 --json: the facts of case study 1', async () => {
    const { code, stdout, stderr } = await run(['experiment', 'oracle', '--seed', '1', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as OracleJson;
    expect(r.seed).toBe(1);
    expect(r.hash).toBe('SHA-256d');
    // Filters: nothing passes 0.75, under any reading.
    expect(r.filters.original.passRate).toBe(0);
    expect(r.filters.original.bestScore).toBeLessThan(0.75);
    for (const w of r.filters.rewrite) expect(w.passRate).toBe(0);
    expect(r.filters.ethical.passRate).toBe(0);
    // Lowered thresholds: hits per hash unchanged (every interval contains 1), fewer hashes/s.
    const [first, ...lowered] = r.thresholdSweep.arms;
    expect(first!.passFraction).toBe(0);
    for (const a of lowered) {
      expect(a.passFraction).toBeGreaterThan(0);
      expect(contains(a.ci95!, 1)).toBe(true);
      expect(a.effectiveHashesPerSec).toBeLessThan(r.thresholdSweep.hashesPerSec);
    }
    // The honest forest: ratio interval contains 1, AUC near 0.5 and its interval contains 0.5.
    const p = r.predictor;
    expect(p.hashes).toBe(64 * 300);
    expect(contains(p.ci95, 1)).toBe(true);
    expect(Math.abs(p.auc - 0.5)).toBeLessThan(0.03);
    expect(contains(p.aucCi95, 0.5)).toBe(true);
    expect(p.distinctFeatureVectors).toBe(129);
    // Leakage: fake labels with string features ~0.5; memorised on training rows ~1; fixed ~0.5 or less.
    const fake = p.leakage.fakeLabelsOnTrainingRows.precision!;
    expect(fake).toBeGreaterThan(0.49);
    expect(fake).toBeLessThan(0.6);
    expect(p.leakage.memorisedOnTrainingRows.precision).toBeGreaterThan(0.95);
    expect(p.leakage.memorisedOnHeldOutRows.precision).toBeLessThan(0.6);
    expect(contains(p.alternation.ci95, 1)).toBe(true);
    // Generators: every interval contains 1.
    expect(r.generators.map((g) => g.id)).toEqual(['rangeBandit', 'softmaxBins', 'retrainingLoop']);
    for (const g of r.generators) expect(contains(g.ci95, 1)).toBe(true);
    // The positive control: the same forest wins clearly against the weakened hash.
    const c = r.positiveControl;
    expect(c.rounds).toBe(4);
    expect(c.ci95[0]).toBeGreaterThan(2);
    expect(c.pValue).toBeLessThan(1e-6);
  });

  it('prints a table for people', async () => {
    const { code, stdout } = await run(['experiment', 'oracle', '--jobs', '16', '--seed', 'x']);
    expect(code).toBe(0);
    expect(stdout).toContain('quality filters on 20,000 random nonces');
    expect(stdout).toContain('positive control');
  });

  it.each([
    [
      ['experiment', 'oracle', '--zero-bits', '40'],
      '--zero-bits must be a whole number from 4 to 10',
    ],
    [['experiment', 'oracle', '--jobs', 'x'], '--jobs must be a whole number from 16 to 256'],
    [['experiment', 'oracle', '--seed', ''], '--seed must be 1 to 200 characters'],
    [['experiment', 'oracle', 'extra'], "unexpected extra argument 'extra'"],
    [['experiment', 'oracle', '--budget', '5'], "Unknown option '--budget'"],
  ])('bad input %j exits 2 with one line', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
