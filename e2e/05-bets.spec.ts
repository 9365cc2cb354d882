/**
 * Part II, "Place your bets" (issue 4): a bet is locked (its commitment hash is SHA-256 of the
 * shown text) before anything is hashed, then revealed on real hashes against the counter; a
 * copy of the counter ties exactly; lucky numbers and map regions work by keyboard and mouse;
 * bad input is explained; the tournament gives the same numbers as the core run in Node for the
 * same seed (the CLI's code), with every Holm interval containing 1 and the positive control
 * above 1; Stop stops; no long main-thread task; Spanish; screenshots.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseHeaderFile } from '../src/core/data/header-file';
import { realWinningNonces } from '../src/core/data/real-nonces';
import { runStrategyExperiment } from '../src/core/experiments/strategy-experiment';
import { screenshotAtBothWidths } from './support/screenshots';
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

test('a locked strategy bet is revealed on real hashes, with its commitment and interval', async ({
  page,
  watch,
}) => {
  await page.goto('./#/bets');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Place your bets');
  await expect(page.getByTestId('bets-status')).toContainText('Nothing runs until');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);

  await page.getByTestId('bets-strategy').selectOption('primes');
  await page.getByTestId('bets-seed').fill('7');
  await page.getByTestId('bets-lock').click();
  const text = await page.getByTestId('bets-commitment-text').textContent();
  expect(text).toContain('bet=strategy:primes');
  expect(text).toContain('seed=7');
  const shown = await page
    .getByTestId('bets-commitment')
    .locator('[data-hash]')
    .getAttribute('data-hash');
  expect(shown).toBe(createHash('sha256').update(text!).digest('hex'));
  // Locked: the bet cannot change any more.
  await expect(page.getByTestId('bets-strategy')).toBeDisabled();
  await expect(page.getByTestId('bets-seed')).toBeDisabled();
  expect(watch.workerUrls, 'locking hashes nothing').toEqual([]);

  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('bets-reveal').click();
  await expect(page.getByTestId('bets-status')).toHaveText('Done.', { timeout: 30_000 });
  const endedAt = await page.evaluate(() => performance.now());
  expect(await statValue(page, 'bets-hashes')).toBe(64 * 2048);
  const yours = await statValue(page, 'bets-your-hits');
  const counter = await statValue(page, 'bets-counter-hits');
  // Both near 64 * 2048 / 256 = 512 (within 6 standard deviations).
  for (const hits of [yours, counter])
    expect(Math.abs(hits - 512)).toBeLessThan(6 * Math.sqrt(512));
  expect(await statValue(page, 'bets-ratio')).toBeCloseTo(yours / counter, 3);
  const [low, high] = (await page.getByTestId('bets-ci').getAttribute('data-value'))!
    .split(',')
    .map(Number);
  expect(low).toBeLessThan(yours / counter);
  expect(high).toBeGreaterThan(yours / counter);
  await expect(page.getByTestId('bets-seed-used')).toHaveText('7');
  await expect(page.getByTestId('bets-verdict')).not.toBeEmpty();
  expect(
    (await longTasksBetween(page, startedAt, endedAt)).filter((task) => task.duration > 200),
    'no long main-thread task while hashing',
  ).toEqual([]);
  await screenshotAtBothWidths(page, 'bets-reveal');
});

test('a copy of the counter ties exactly; Stop stops a run', async ({ page }) => {
  await page.goto('./#/bets');
  await page.getByTestId('bets-strategy').selectOption('sequentialCopy');
  await page.getByTestId('bets-lock').click();
  await page.getByTestId('bets-reveal').click();
  await expect(page.getByTestId('bets-status')).toHaveText('Done.', { timeout: 30_000 });
  expect(await statValue(page, 'bets-your-hits')).toBe(await statValue(page, 'bets-counter-hits'));
  expect(await statValue(page, 'bets-ratio')).toBe(1);
  await expect(page.getByTestId('bets-verdict')).toContainText('No evidence of an advantage');

  // A long run (256 jobs x 8,192 hashes for a learned model) stopped at once.
  await page.getByTestId('bets-unlock').click();
  await page.getByTestId('bets-strategy').selectOption('learnedModel');
  await page.getByTestId('bets-jobs').fill('256');
  await page.getByTestId('bets-budget').fill('8192');
  await page.getByTestId('bets-lock').click();
  await page.getByTestId('bets-reveal').click();
  await expect(page.getByTestId('bets-stop')).toBeEnabled();
  await page.getByTestId('bets-stop').click();
  await expect(page.getByTestId('bets-status')).toHaveText('Stopped. Nothing was scored.');
  await expect(page.getByTestId('bets-reveal-result')).toHaveCount(0);
});

test('lucky numbers and map regions, by keyboard; bad input is explained', async ({ page }) => {
  await page.goto('./#/bets');
  await page.getByTestId('bets-kind-lucky').check();
  const lucky = page.getByTestId('bets-lucky');
  await lucky.fill('7, 42, -3');
  await expect(page.getByRole('alert')).toHaveText('“-3” is not a whole number.');
  await expect(page.getByTestId('bets-lock')).toBeDisabled();
  await lucky.fill('4294967296');
  await expect(page.getByRole('alert')).toContainText('too big');
  await lucky.fill('x'.repeat(25_000));
  await expect(page.getByRole('alert')).toContainText('is not a whole number');
  await lucky.fill('7 42 777 2024');
  await page.getByTestId('bets-lock').click();
  await expect(page.getByTestId('bets-commitment-text')).toContainText('bet=nonces:7,42,777,2024');
  await page.getByTestId('bets-reveal').click();
  await expect(page.getByTestId('bets-status')).toHaveText('Done.', { timeout: 30_000 });
  expect(await statValue(page, 'bets-hashes')).toBe(4 * 64);
  await expect(page.getByTestId('bets-verdict')).toContainText('Too few hashes');

  await page.getByTestId('bets-unlock').click();
  await page.getByTestId('bets-kind-map').check();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByTestId('bets-lock')).toBeDisabled();
  const first = page.getByTestId('bets-map').locator('[data-region="0"]');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('bets-map').locator('[data-region="17"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByTestId('bets-map').locator('[data-region="255"]').click();
  await page.getByTestId('bets-lock').click();
  await expect(page.getByTestId('bets-commitment-text')).toContainText('bet=regions:17,255');
  await expect(page.getByTestId('bets-jobs')).toBeDisabled();
  await expect(page.getByTestId('bets-zero-bits')).toBeDisabled();
  await screenshotAtBothWidths(page, 'bets-map');
  await page.getByTestId('bets-unlock').click();
  await page.getByTestId('bets-zero-bits').fill('40');
  await expect(page.getByRole('alert')).toHaveText('Type a whole number from 4 to 16.');
});

test('the tournament: same numbers as the core run in Node, Holm contains 1, control above 1', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./#/bets');
  await page.getByTestId('tournament-bet').getByRole('radio').nth(1).check();
  await page.getByTestId('tournament-seed').fill('1');
  await expect(page.getByTestId('tournament-run')).toBeEnabled({ timeout: 20_000 });
  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('tournament-run').click();
  await expect(page.getByTestId('tournament-status')).toContainText('Done', { timeout: 150_000 });
  const endedAt = await page.evaluate(() => performance.now());
  expect(
    (await longTasksBetween(page, startedAt, endedAt)).filter((task) => task.duration > 200),
    'no long main-thread task while hashing',
  ).toEqual([]);

  const real = realWinningNonces(
    parseHeaderFile(new Uint8Array(readFileSync('public/data/btc-headers.bin'))),
  );
  const expected = await runStrategyExperiment({
    seed: 1,
    jobs: 64,
    budgetPerJob: 2048,
    zeroBits: 8,
    realNonces: real,
  });
  expect(await statValue(page, 'tournament-counter-hits')).toBe(expected.sequential.hits);
  const rows = page.getByTestId('tournament-chart').locator('.forest-row');
  await expect(rows).toHaveCount(20);
  await expect(page.getByTestId('tournament-misses')).toHaveAttribute(
    'data-count',
    String(expected.unadjustedMisses.length),
  );
  await expect(page.getByTestId('tournament-holm')).toHaveAttribute('data-count', '0');
  expect(expected.holmMisses).toEqual([]);
  const control = page.getByTestId('tournament-control');
  expect(Number(await control.getAttribute('data-low'))).toBeGreaterThan(1);
  expect(Number(await control.getAttribute('data-low'))).toBeCloseTo(
    expected.positiveControl!.ci95[0],
    9,
  );
  await page.getByTestId('tournament-chart').getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByTestId('tournament-chart').locator('tbody tr');
  await expect(table).toHaveCount(20);
  await expect(table.first().locator('td').first()).toHaveText(String(expected.arms[0]!.hits));
  await page.getByTestId('tournament-chart').getByRole('button', { name: 'Show as chart' }).click();
  await screenshotAtBothWidths(page, 'bets-tournament');

  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haz tu apuesta');
  await expect(page.getByTestId('tournament-control')).toContainText('Control positivo');
});
