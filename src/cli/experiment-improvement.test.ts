/**
 * `nonce-sense experiment improvement`: noise alone mints (the first round always does, from the
 * design's 0.5 start), windows carry ci95 intervals, the toy chain validates, the forged record
 * is accepted with its hash unchanged, and issuance runs ahead of the schedule. Bad input exits
 * 2 with one line on stderr.
 */
import { describe, expect, it } from 'vitest';
import { runNonceSense } from './run-bin.test-support';

const run = (args: string[]) => runNonceSense(args);

interface Window {
  firstRound: number;
  rounds: number;
  mints: number;
  rate: number;
  ci95: [number, number];
}

interface ImprovementJson {
  seed: number;
  rounds: number;
  noiseOnly: {
    seconds: { mints: number; mintRounds: number[]; windows: Window[] };
    milliseconds: { windows: Window[] };
  };
  byLength: { n: number; secondsCi95: [number, number]; millisecondsCi95: [number, number] }[];
  chain: { blocks: number; valid: boolean; startZeros: number; tip: string };
  forgery: { accepted: boolean; hashUnchanged: boolean };
  issuance: { points: { height: number; fixed: number; withMultiplier: number }[] };
}

describe('nonce-sense experiment improvement', () => {
  it('--seed 1 --json: noise mints, the forged record is accepted, issuance exceeds the schedule', async () => {
    const { code, stdout, stderr } = await run([
      'experiment',
      'improvement',
      '--seed',
      '1',
      '--rounds',
      '20',
      '--window',
      '10',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as ImprovementJson;
    expect(r.seed).toBe(1);
    expect(r.noiseOnly.seconds.mintRounds[0]).toBe(1);
    for (const w of [...r.noiseOnly.seconds.windows, ...r.noiseOnly.milliseconds.windows]) {
      expect(w.rounds).toBe(10);
      expect(w.ci95[0]).toBeLessThanOrEqual(w.rate);
      expect(w.ci95[1]).toBeGreaterThanOrEqual(w.rate);
    }
    expect(r.byLength.map((l) => l.n)).toEqual([10_000, 100_000, 1_000_000, 10_000_000]);
    expect(r.chain.blocks).toBe(r.noiseOnly.seconds.mints + 1);
    expect(r.chain.valid).toBe(true);
    expect(r.chain.tip.startsWith('00')).toBe(true);
    expect(r.forgery).toMatchObject({ accepted: true, hashUnchanged: true });
    const last = r.issuance.points.at(-1)!;
    expect(last.withMultiplier).toBeGreaterThan(last.fixed);
  }, 120_000);

  it('prints a table without --json', async () => {
    const { code, stdout } = await run([
      'experiment',
      'improvement',
      '--rounds',
      '10',
      '--window',
      '5',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/accepted: true/);
  }, 120_000);

  it('bad input exits 2 with one line on stderr', async () => {
    for (const args of [
      ['experiment', 'improvement', '--rounds', '5'],
      ['experiment', 'improvement', '--zeros', 'x'],
      ['experiment', 'improvement', '--window', '0'],
      ['experiment', 'improvement', 'extra'],
    ]) {
      const { code, stdout, stderr } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^nonce-sense: experiment: /);
    }
  }, 60_000);
});
