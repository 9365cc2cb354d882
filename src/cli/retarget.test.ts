/**
 * `nonce-sense retarget`: the real command recomputes every retarget the bundled headers
 * allow and all of them match the real bits.
 */
import { describe, expect, it } from 'vitest';
import { runNonceSense } from './run-bin.test-support';

const run = (args: string[]) => runNonceSense(args);

describe('nonce-sense retarget', () => {
  it('--json: 413 of 413 recomputed retargets match', async () => {
    const { code, stdout, stderr } = await run(['retarget', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as Record<string, unknown>;
    expect(r).toMatchObject({
      headers: 29_650,
      recomputed: 413,
      matching: 413,
      mismatches: [],
      firstHeight: 2016,
      lastHeight: 832_608,
      cappedAtPowLimit: 15,
    });
    expect(r).not.toHaveProperty('retargets');
  });

  it('--json --all lists every retarget, 32256 among them', async () => {
    const { stdout } = await run(['retarget', '--json', '--all']);
    const r = JSON.parse(stdout) as { retargets: { height: number; computedBits: string }[] };
    expect(r.retargets).toHaveLength(413);
    expect(r.retargets.find((x) => x.height === 32_256)?.computedBits).toBe('1d00d86a');
  });

  it('prints a readable summary, and rejects an extra argument with exit code 2', async () => {
    const text = await run(['retarget']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/retargets recomputed\s+413/);
    expect(text.stdout).toMatch(/matching real bits\s+413/);
    const bad = await run(['retarget', 'extra']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^nonce-sense: retarget: unexpected extra argument 'extra'/);
  });
});
