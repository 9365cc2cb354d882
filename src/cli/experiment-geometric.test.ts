/**
 * `nonce-sense experiment geometric`: the seeded run of case study 2 checks the facts: the
 * pre-filter rejects every real block under every reading, coverage follows the kept share,
 * the confounded test looks impressive and the matched one is chance, the inverse solver
 * stalls far from its target and its nonces hit at the sequential scan's rate.
 */
import { describe, expect, it } from 'vitest';
import type { GeometricExperimentReport } from '../core/experiments/geometric/geometric-experiment';
import { runNonceSense } from './run-bin.test-support';

const run = (args: string[]) => runNonceSense(args);

describe('nonce-sense experiment geometric', () => {
  it('--seed 1 --json reports the facts of the case study', async () => {
    const { code, stdout, stderr } = await run([
      'experiment',
      'geometric',
      '--seed',
      '1',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as GeometricExperimentReport;
    expect(r.seed).toBe(1);
    expect(r.blocks).toBe(29_650);
    // The pre-filter throws away every real block, under every reading.
    expect(r.prefilter.realWinnerRejectionRate).toBe(1);
    for (const v of r.prefilter.readings) {
      expect(v.passed).toBe(0);
      expect(v.d1Inside).toBe(0);
      expect(v.d1Min).toBeGreaterThan(0.8);
    }
    // Each constraint level misses most real blocks; the restrictor covers far less than 100%.
    const levels = r.coverage.constraints;
    expect(levels.map((c) => c.claimedReduction)).toEqual([8, 32, 256, 4096]);
    expect(levels[3]!.coverage).toBeLessThan(0.01);
    const aggressive = r.coverage.restrictor.find((x) => x.id === 'aggressive')!;
    expect(aggressive.inSampleCovered).toBeLessThan(20);
    expect(aggressive.heldOutCoverage).toBeLessThan(0.1);
    // Confounded: impressive; matched: chance.
    expect(r.confound.unmatched.auc).toBeGreaterThan(0.95);
    expect(r.confound.unmatched.recall).toBeGreaterThan(0.9);
    expect(r.confound.matched.aucCi95[0]).toBeLessThan(0.5);
    expect(r.confound.matched.aucCi95[1]).toBeGreaterThan(0.5);
    // The solver stalls far from its target; its nonces are no better than sequential.
    expect(r.solver.reachedTarget).toBe(false);
    expect(r.solver.bestDistance).toBeGreaterThan(0.3);
    for (const arm of r.solver.harness.arms) {
      expect(arm.ci95[0]).toBeLessThan(1);
      expect(arm.ci95[1]).toBeGreaterThan(1);
    }
    // Attempts to a block: the same mean for any composition.
    for (const arm of r.composition.arms) {
      expect(arm.ci95[0]).toBeLessThan(r.composition.expectedAttempts);
      expect(arm.ci95[1]).toBeGreaterThan(r.composition.expectedAttempts);
    }
    expect(r.composition.fees.knapsack).toBeGreaterThan(r.composition.fees.geometric);
    expect(r.energy.blocksPerJouleRatio).toBeCloseTo(0.1, 9);
  });

  it('bad input exits 2 with one line on stderr', async () => {
    for (const args of [
      ['experiment', 'geometric', '--seed'],
      ['experiment', 'geometric', '--budget', '5'],
      ['experiment', 'geometric', 'extra'],
    ]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
