/**
 * Classroom replay and export (issue 8): a link carries a page's seed and settings after the
 * route (`#/inside?seed=5&rounds=4,64`), the fields show them, the run uses them, editing a field
 * rewrites the link, and "Download CSV" / "Download JSON" give files whose numbers are the ones
 * the page shows. A malformed link (`?seed=abc`, `?zeroBits=99999`) shows the usual field error
 * or falls back to the default; the page keeps working and nothing starts.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, statValue } from './support/guarded-test';

/** Clicks a download button and returns the file's name and text. */
async function download(page: Page, testId: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** A CSV's header and its rows as objects (the files here have no quoted commas). */
function parseCsv(text: string) {
  const [head, ...lines] = text.trim().split('\n');
  const columns = head!.split(',');
  return {
    columns,
    rows: lines.map((line) => {
      const cells = line.split(',');
      return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    }),
  };
}

test('luck: the link sets difficulty, races and seed; the files hold the races shown', async ({
  page,
  watch,
}) => {
  test.setTimeout(90_000);
  await page.goto('./#/luck?seed=5&zeroBits=12&races=20');
  await expect(page.getByTestId('luck-seed')).toHaveValue('5');
  await expect(page.getByTestId('luck-bits')).toHaveValue('12');
  await expect(page.getByTestId('luck-races')).toHaveValue('20');
  await expect(page.getByTestId('luck-run')).toContainText('Run 20 races at 12 bits');
  expect(watch.workerUrls, 'nothing runs from a link alone').toEqual([]);

  await page.getByTestId('luck-run').click();
  await expect(page.getByTestId('luck-reveal')).toBeVisible({ timeout: 60_000 });
  expect(await statValue(page, 'luck-seed-used')).toBe(5);
  expect(await statValue(page, 'luck-count')).toBe(20);
  const mean = await statValue(page, 'luck-mean');

  const csv = await download(page, 'luck-export-csv');
  expect(csv.name).toBe('nonce-sense-luck-races-seed-5-bits-12.csv');
  const table = parseCsv(csv.text);
  expect(table.columns).toEqual(['race', 'tries', 'zeroBits', 'seed']);
  expect(table.rows).toHaveLength(20);
  expect(table.rows.every((r) => r.seed === '5' && r.zeroBits === '12')).toBe(true);
  const tries = table.rows.map((r) => Number(r.tries));
  expect(tries.every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
  expect(tries.reduce((a, b) => a + b, 0) / tries.length).toBeCloseTo(mean, 6);

  const json = await download(page, 'luck-export-json');
  const file = JSON.parse(json.text);
  expect(file.app).toBe('nonce-sense');
  expect(file.page).toBe('/luck');
  expect(file.replayUrl).toContain('#/luck?');
  expect(file.result.settings).toEqual({ seed: 5, zeroBits: 12, races: 20 });
  expect(file.result.tries).toEqual(tries);
  expect(file.result.mean).toBeCloseTo(mean, 6);
  const [low, high] = file.result.ci95;
  expect(low).toBe(Number(await page.getByTestId('luck-ci').getAttribute('data-low')));
  expect(high).toBe(Number(await page.getByTestId('luck-ci').getAttribute('data-high')));

  // Same link, same run: the replay gives the same tries.
  await page.goto('./#/luck?seed=5&zeroBits=12&races=20');
  await page.reload();
  await page.getByTestId('luck-run').click();
  await expect(page.getByTestId('luck-reveal')).toBeVisible({ timeout: 60_000 });
  expect(await statValue(page, 'luck-mean')).toBe(mean);

  await page.getByTestId('luck-seed').fill('77');
  await page.getByTestId('luck-bits').selectOption('13');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('seed=77');
  expect(await page.evaluate(() => location.hash)).toContain('zeroBits=13');
  expect(await page.evaluate(() => location.hash)).toMatch(/^#\/luck\?/);
});

test('luck: a malformed link shows the field errors, falls back and starts nothing', async ({
  page,
  watch,
}) => {
  await page.goto('./#/luck?seed=abc&zeroBits=99999&races=-3');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('luck-seed')).toHaveValue('abc');
  await expect(page.getByText('Type a whole number from 0 to 4,294,967,295.')).toBeVisible();
  await expect(page.getByText('Type a whole number from 1 to 2,000.')).toBeVisible();
  await expect(page.getByTestId('luck-bits')).toHaveValue('14');
  await expect(page.getByTestId('luck-run')).toBeDisabled();
  await page.waitForTimeout(300);
  expect(watch.workerUrls).toEqual([]);
  // Fixing the field makes the page usable again.
  await page.getByTestId('luck-seed').fill('9');
  await page.getByTestId('luck-races').fill('5');
  await expect(page.getByTestId('luck-run')).toBeEnabled();
});

test('inside: the link sets seed, rounds and bits; the CSV has one row per round count', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('./#/inside?seed=5&rounds=4,64&bits=0');
  await expect(page.getByTestId('inside-seed')).toHaveValue('5');
  await expect(page.getByTestId('inside-rounds')).toHaveValue('4,64');
  await expect(page.getByTestId('inside-bits')).toHaveValue('0');
  await expect(page.getByTestId('inside-run')).toContainText('2 round counts');
  await page.getByTestId('inside-run').click();
  await expect(page.getByTestId('inside-reveal')).toBeVisible({ timeout: 120_000 });
  expect(await statValue(page, 'inside-seed-used')).toBe(5);
  const full = await statValue(page, 'inside-full');

  const csv = await download(page, 'inside-export-csv');
  expect(csv.name).toBe('nonce-sense-inside-sweep-seed-5.csv');
  const table = parseCsv(csv.text);
  expect(table.columns.slice(0, 7)).toEqual([
    'rounds',
    'hashes',
    'hits',
    'expectedHits',
    'ratio',
    'ci95Low',
    'ci95High',
  ]);
  expect(table.columns).toContain('aucHitLow');
  expect(table.columns).toContain('aucBit0High');
  expect(table.rows.map((r) => r.rounds)).toEqual(['4', '64']);
  expect(table.rows.every((r) => r.seed === '5')).toBe(true);
  expect(Number(table.rows[1]!.ratio)).toBeCloseTo(full, 9);
  // The R = 64 row's interval is the one the chart draws.
  const g = page.getByTestId('ratio-chart').locator('[data-series] [data-rounds="64"]').first();
  expect(Number(table.rows[1]!.ci95Low)).toBeCloseTo(Number(await g.getAttribute('data-low')), 9);
  expect(Number(table.rows[1]!.ci95High)).toBeCloseTo(Number(await g.getAttribute('data-high')), 9);

  const json = await download(page, 'inside-export-json');
  const file = JSON.parse(json.text);
  expect(file.page).toBe('/inside');
  expect(file.result.settings.seed).toBe(5);
  expect(file.result.settings.rounds).toEqual([4, 64]);
  expect(file.result.settings.outputBits).toEqual([0]);
  expect(file.result.points).toHaveLength(2);
  expect(file.result.points[1].ratio).toBeCloseTo(full, 9);

  await page.getByTestId('inside-seed').fill('12');
  await page.getByTestId('inside-rounds').fill('1-8');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('seed=12');
  expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain('rounds=1-8');
});

test('inside: a malformed link shows the field errors and Run stays off', async ({ page }) => {
  await page.goto('./#/inside?seed=abc&rounds=0-999&bits=x');
  await expect(page.getByTestId('inside-seed')).toHaveValue('abc');
  await expect(page.getByTestId('inside-seed')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('inside-rounds')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('inside-bits')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('inside-run')).toBeDisabled();
  await expect(page.getByText('Type a whole number from 0 to 4,294,967,295.')).toBeVisible();
});

test('bets: the tournament seed comes from the link; the CSV has one row per strategy', async ({
  page,
}) => {
  test.setTimeout(200_000);
  await page.goto('./#/bets?tournamentSeed=5');
  await expect(page.getByTestId('tournament-seed')).toHaveValue('5');
  await expect(page.getByTestId('tournament-run')).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId('tournament-run').click();
  await expect(page.getByTestId('tournament-status')).toContainText('Done', { timeout: 170_000 });
  expect(await statValue(page, 'tournament-seed-used')).toBe(5);
  const counterHits = await statValue(page, 'tournament-counter-hits');

  const csv = await download(page, 'tournament-export-csv');
  expect(csv.name).toBe('nonce-sense-bets-tournament-seed-5.csv');
  const table = parseCsv(csv.text);
  expect(table.columns).toEqual([
    'strategy',
    'hits',
    'hashes',
    'ratio',
    'ci95Low',
    'ci95High',
    'pValue',
    'holmPValue',
    'ci95HolmLow',
    'ci95HolmHigh',
    'counterHits',
    'seed',
  ]);
  const shownRows = await page.getByTestId('tournament-chart').locator('.forest-row').count();
  expect(table.rows).toHaveLength(shownRows);
  expect(table.rows.every((r) => r.seed === '5' && Number(r.counterHits) === counterHits)).toBe(
    true,
  );
  for (const r of table.rows) {
    expect(Number(r.ci95Low)).toBeLessThanOrEqual(Number(r.ratio));
    expect(Number(r.ratio)).toBeLessThanOrEqual(Number(r.ci95High));
  }
  const retest = page.getByTestId('tournament-retest');
  const json = await download(page, 'tournament-export-json');
  const file = JSON.parse(json.text);
  expect(file.page).toBe('/bets');
  expect(file.result.settings.seed).toBe(5);
  expect(file.result.report.seed).toBe(5);
  expect(file.result.report.arms.map((a: { id: string }) => a.id)).toEqual(
    table.rows.map((r) => r.strategy),
  );
  expect(file.result.report.retest.ci95[0]).toBe(Number(await retest.getAttribute('data-low')));
  expect(file.result.report.retest.ci95[1]).toBe(Number(await retest.getAttribute('data-high')));

  await page.getByTestId('tournament-seed').fill('31');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/bets?tournamentSeed=31');
});

test('bets: a malformed tournament seed shows the field error; the page keeps working', async ({
  page,
}) => {
  await page.goto('./#/bets?tournamentSeed=abc');
  await expect(page.getByTestId('tournament-seed')).toHaveValue('abc');
  await expect(page.getByTestId('tournament-widget')).toContainText(
    'Type a whole number from 0 to 4,294,967,295.',
  );
  await expect(page.getByTestId('tournament-run')).toBeDisabled();
  await page.getByTestId('tournament-seed').fill('3');
  await expect(page.getByTestId('tournament-run')).toBeEnabled({ timeout: 20_000 });
});

test('hash, header and mine: the link sets their settings; the uniformity run exports its counts', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./#/header?sliderBits=40');
  await expect(page.getByTestId('zero-bits-slider')).toHaveValue('40');
  await page.getByTestId('zero-bits-slider').fill('44');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('sliderBits=44');
  await page.goto('./#/header?sliderBits=999');
  await expect(page.getByTestId('zero-bits-slider')).toHaveValue('32');

  await page.goto('./#/mine?zeroBits=12');
  await expect(page.getByTestId('mine-bits')).toHaveValue('12');
  // A shared link is opened fresh, not typed into the open page: reload to read it anew.
  await page.goto('./#/mine?zeroBits=abc');
  await page.reload();
  await expect(page.getByTestId('mine-bits')).toHaveValue('20');

  await page.goto('./#/hash?uniformitySeed=5');
  await expect(page.getByTestId('uniformity-seed')).toHaveValue('5');
  await page.getByTestId('uniformity-size').selectOption('10000');
  await page.getByTestId('uniformity-run').click();
  await expect(page.getByTestId('uniformity-result')).toBeVisible({ timeout: 30_000 });
  const csv = parseCsv((await download(page, 'uniformity-export-csv')).text);
  expect(csv.columns.slice(0, 4)).toEqual(['table', 'value', 'measured', 'expected']);
  const byteRows = csv.rows.filter((r) => r.table === 'firstByte');
  expect(byteRows).toHaveLength(256);
  expect(byteRows.reduce((sum, r) => sum + Number(r.measured), 0)).toBe(10_000);
  expect(new Set(csv.rows.map((r) => r.seed))).toEqual(new Set(['5']));
  const json = JSON.parse((await download(page, 'uniformity-export-json')).text) as {
    result: { seed: number; firstBytePValue: number };
  };
  expect(json.result.seed).toBe(5);
  expect(json.result.firstBytePValue).toBeCloseTo(await statValue(page, 'uniformity-p-byte'), 12);
});
