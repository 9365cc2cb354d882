import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { resultsCsv, resultsFileName, resultsJson } from './results-file';

describe('results-file', () => {
  it('resultsCsv writes a header of every column in first-seen order and empty cells for null', () => {
    const csv = resultsCsv([
      { arm: 'sequential', hits: 12, ratio: 1 },
      { arm: 'lucky, "7"', hits: 9, ratio: 0.75, note: null },
    ]);
    expect(csv).toBe('arm,hits,ratio,note\nsequential,12,1,\n"lucky, ""7""",9,0.75,\n');
  });

  it('resultsCsv round-trips through a CSV parser', () => {
    const rows = [
      { a: 'x\ny', b: 1.5, c: true },
      { a: 'ñ', b: -2, c: false },
    ];
    const parsed = csvParse(resultsCsv(rows));
    expect(parsed.map((r) => ({ ...r }))).toEqual([
      { a: 'x\ny', b: '1.5', c: 'true' },
      { a: 'ñ', b: '-2', c: 'false' },
    ]);
  });

  it('resultsCsv of no rows is an empty line', () => {
    expect(resultsCsv([])).toBe('\n');
  });

  it('resultsJson wraps the result with its page and replay link, and writes bigints as text', () => {
    const text = resultsJson({
      page: '/bets',
      replayUrl: 'http://localhost/#/bets?tournamentSeed=7',
      exportedAtIso: '2026-12-01T00:00:00.000Z',
      data: { seed: 7, work: 2n ** 70n },
    });
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toEqual({
      app: 'nonce-sense',
      page: '/bets',
      replayUrl: 'http://localhost/#/bets?tournamentSeed=7',
      exportedAt: '2026-12-01T00:00:00.000Z',
      result: { seed: 7, work: '1180591620717411303424' },
    });
  });

  it('resultsFileName keeps only safe characters', () => {
    expect(resultsFileName('bets tournament/seed 7', 'csv')).toBe(
      'nonce-sense-bets-tournament-seed-7.csv',
    );
    expect(resultsFileName('///', 'json')).toBe('nonce-sense-results.json');
  });
});
