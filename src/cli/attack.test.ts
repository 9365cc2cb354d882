/**
 * `nonce-sense attack`: the paper's value, the exact value, a seeded simulation whose interval
 * contains the exact value, and one-line errors with exit code 2 for bad input.
 */
import { describe, expect, it } from 'vitest';
import { runNonceSense } from './run-bin.test-support';

const run = (args: string[]) => runNonceSense(args, 60_000);

interface AttackJson {
  q: number;
  z: number;
  paper: number;
  exact: number;
  simulation?: {
    races: number;
    wins: number;
    estimate: number;
    ci95: [number, number];
    seed: number;
  };
}

describe('nonce-sense attack', () => {
  it('--q 0.1 --z 6 --json prints the paper value and the exact one', async () => {
    const { code, stdout, stderr } = await run(['attack', '--q', '0.1', '--z', '6', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as AttackJson;
    expect(r.q).toBe(0.1);
    expect(r.z).toBe(6);
    expect(r.paper.toFixed(7)).toBe('0.0002428');
    expect(r.exact).toBeCloseTo(0.00059141216, 11);
    expect(r.simulation).toBeUndefined();
  });

  it('--simulate gives a seeded interval that contains the exact value, replayable', async () => {
    const args = ['attack', '--q', '0.3', '--z', '4', '--simulate', '20000', '--seed', '7'];
    const first = await run([...args, '--json']);
    expect(first.code).toBe(0);
    const r = JSON.parse(first.stdout) as AttackJson;
    expect(r.simulation!.races).toBe(20_000);
    expect(r.simulation!.seed).toBe(7);
    expect(r.simulation!.estimate).toBe(r.simulation!.wins / 20_000);
    expect(r.simulation!.ci95[0]).toBeLessThanOrEqual(r.exact);
    expect(r.simulation!.ci95[1]).toBeGreaterThanOrEqual(r.exact);
    const again = await run([...args, '--json']);
    expect(again.stdout).toBe(first.stdout);
  });

  it('prints aligned fields without --json', async () => {
    const { code, stdout } = await run(['attack', '--q', '0.3', '--z', '5']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/paper \(Poisson\)\s+0\.1773523/);
    expect(stdout).toMatch(/exact \(neg\. binomial\)\s+0\.19761/);
  });

  it.each([
    [['--q', '1.5', '--z', '3'], /--q must be a decimal from 0 to 1/],
    [['--q=-0.2', '--z', '3'], /--q must be a decimal from 0 to 1/],
    [['--q', 'abc', '--z', '3'], /--q must be a decimal from 0 to 1/],
    [['--q', '0.2', '--z', '2.5'], /--z must be a whole number/],
    [['--q', '0.2', '--z=-1'], /--z must be a whole number/],
    [['--q', '0.2'], /missing --z/],
    [['--q', '0.5', '--z', '3', '--simulate', '100'], /q = 0\.5/],
  ])('attack %j exits 2 with one line', async (extra, message) => {
    const { code, stdout, stderr } = await run(['attack', ...extra]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
