/**
 * `nonce-sense experiment tuner`: from the poor start the tuner raises hashes per second (the
 * direction, with a wide margin: this machine's speed drifts and other tests load it), and the
 * same A/B on a nonce strategy with seed 1 finds no difference in hits per hash. Bad input exits
 * 2 with one line on stderr.
 */
import { describe, expect, it } from 'vitest';
import { runNonceSense } from './run-bin.test-support';

const run = (args: string[]) => runNonceSense(args);

interface TunerJson {
  seed: number;
  tuner: {
    start: { batchSize: number; workers: number; dutyCycle: number };
    final: { batchSize: number; workers: number; dutyCycle: number };
    hashesPerSecBefore: { mean: number; ci95: [number, number] };
    hashesPerSecAfter: { mean: number; ci95: [number, number] };
    ratio: { mean: number; ci95: [number, number] };
  };
  nonceStrategy: { ratio: number; ci95: [number, number]; rollOut: boolean; hashesPerArm: number };
}

describe('nonce-sense experiment tuner', () => {
  it('--seed 1 --json: hashes/s rise from the poor start; the nonce strategy does not win', async () => {
    const { code, stdout, stderr } = await run([
      'experiment',
      'tuner',
      '--seed',
      '1',
      '--slice-ms',
      '100',
      '--max-workers',
      '2',
      '--jobs',
      '16',
      '--budget',
      '2048',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as TunerJson;
    expect(report.seed).toBe(1);
    expect(report.tuner.start).toEqual({ batchSize: 64, workers: 1, dutyCycle: 0.5 });
    const { hashesPerSecBefore: before, hashesPerSecAfter: after, ratio } = report.tuner;
    // The start idles half the time and pays a message per 64 hashes: at least 2x is certain.
    expect(after.mean).toBeGreaterThan(2 * before.mean);
    expect(ratio.ci95[0]).toBeGreaterThan(1.5);
    const s = report.nonceStrategy;
    expect(s.hashesPerArm).toBe(16 * 2048);
    expect(s.ci95[0]).toBeLessThan(1);
    expect(s.ci95[1]).toBeGreaterThan(1);
    expect(s.rollOut).toBe(false);
  }, 120_000);

  it('bad input exits 2 with one line on stderr', async () => {
    for (const args of [
      ['experiment', 'tuner', '--slice-ms', '5'],
      ['experiment', 'tuner', '--strategy', 'psychic'],
      ['experiment', 'swarm', '--max-workers', 'x'],
      ['experiment', 'tuner', 'extra'],
    ]) {
      const { code, stdout, stderr } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^nonce-sense: experiment: /);
    }
  }, 60_000);
});
