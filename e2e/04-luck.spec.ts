/**
 * Chapter 4, "Luck" (issue 3): real races with a fixed seed show the number of races and a mean
 * within a loose theory bound; the same seed replays the same races; the charts, the
 * memoryless check and the solo-vs-pool simulation appear from the reader's data; Stop stops;
 * the Spanish switch changes the prose; no long main-thread task while racing; screenshots.
 */
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

async function runRaces(
  page: import('@playwright/test').Page,
  { bits, races, seed }: { bits: number; races: number; seed: number },
) {
  await page.getByTestId('luck-bits').selectOption(String(bits));
  await page.getByTestId('luck-races').fill(String(races));
  await page.getByTestId('luck-seed').fill(String(seed));
  await expect(page.getByTestId('luck-run')).toContainText(`Run ${races} races at ${bits} bits`);
  await page.getByTestId('luck-run').click();
  await expect(page.getByTestId('luck-status')).toHaveText(`Done: ${races} races.`, {
    timeout: 45_000,
  });
}

test('200 races at 12 bits with seed 2009: the count, the mean within theory, the charts', async ({
  page,
  watch,
}) => {
  await page.goto('./#/luck');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luck');
  await expect(page.getByTestId('luck-status')).toContainText('Nothing runs until');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);
  await page.getByTestId('luck-bet').getByRole('radio').nth(1).check();

  const startedAt = await page.evaluate(() => performance.now());
  await runRaces(page, { bits: 12, races: 200, seed: 2009 });
  const endedAt = await page.evaluate(() => performance.now());

  expect(await statValue(page, 'luck-count')).toBe(200);
  expect(await statValue(page, 'luck-theory')).toBe(4096);
  await expect(page.getByTestId('luck-seed-used')).toHaveText('2009');
  const mean = await statValue(page, 'luck-mean');
  // Loose bound: 1/p +- 5 standard errors of a mean of 200 geometric samples (sd ~ 1/p).
  const se = 4096 / Math.sqrt(200);
  expect(Math.abs(mean - 4096)).toBeLessThan(5 * se);
  const ci = page.getByTestId('luck-ci');
  const low = Number(await ci.getAttribute('data-low'));
  const high = Number(await ci.getAttribute('data-high'));
  expect(low).toBeLessThan(mean);
  expect(high).toBeGreaterThan(mean);
  await expect(page.getByTestId('luck-reveal')).toContainText('Your 200 races took');

  await expect(page.getByTestId('hist-chart').locator('rect.bar').first()).toBeVisible();
  await expect(page.getByTestId('cdf-chart').locator('[data-series="measured"]')).toBeVisible();
  await expect(page.getByTestId('mean-chart')).toContainText('1/p = 4,096');
  // The histogram's table adds up to the races within range plus those beyond.
  await page.getByTestId('hist-chart').getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByTestId('hist-chart').locator('tbody tr')).toHaveCount(16);

  // Memorylessness from the same data.
  await page.getByTestId('memory-misses').selectOption('1');
  await expect(page.getByTestId('memory-result')).toContainText('races missed 4,096 times');
  const remaining = await statValue(page, 'memory-result');
  expect(remaining).toBeGreaterThan(0);
  // Solo vs pool, simulated from the measured rate, labelled with the seed.
  await expect(page.getByTestId('solo-vs-pool')).toContainText('with seed 2009');
  await expect(page.getByTestId('variance-chart').locator('[data-series="pool"]')).toBeVisible();

  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  expect(
    longTasks.filter((task) => task.duration > 200),
    'long tasks while racing',
  ).toEqual([]);
});

test('the same seed replays the same races; Stop stops and keeps the finished ones', async ({
  page,
}) => {
  await page.goto('./#/luck');
  await runRaces(page, { bits: 12, races: 50, seed: 7 });
  const first = await statValue(page, 'luck-mean');
  await runRaces(page, { bits: 12, races: 50, seed: 7 });
  expect(await statValue(page, 'luck-mean')).toBe(first);

  await page.getByTestId('luck-bits').selectOption('20');
  await page.getByTestId('luck-races').fill('2000');
  await page.getByTestId('luck-run').click();
  await expect(page.getByTestId('luck-status')).toContainText('Racing:');
  await page.waitForTimeout(1_500);
  await page.getByTestId('luck-stop').click();
  await expect(page.getByTestId('luck-status')).toContainText('Stopped after');
  await expect(page.getByTestId('luck-run')).toBeFocused();
  const count = await statValue(page, 'luck-count');
  await page.waitForTimeout(1_000);
  expect(await statValue(page, 'luck-count')).toBe(count);
  expect(count).toBeLessThan(2000);
});

test('bad input is explained inline; the Spanish switch changes the prose', async ({ page }) => {
  await page.goto('./#/luck');
  await page.getByTestId('luck-seed').fill('abc');
  await expect(page.getByText('Type a whole number from 0 to 4,294,967,295.')).toBeVisible();
  await expect(page.getByTestId('luck-run')).toBeDisabled();
  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('La suerte');
  await expect(page.getByText('¿Tiene un minero rachas?')).toBeVisible();
  await expect(page.getByText('Escribe un número entero del 0 al 4.294.967.295.')).toBeVisible();
});

for (const [width, height] of [
  [360, 780],
  [1280, 800],
] as const) {
  test(`screenshot at ${width}x${height} after 300 races`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./#/luck');
    await runRaces(page, { bits: 12, races: 300, seed: 2009 });
    await page.screenshot({ path: `artifacts/screenshots/04-luck-${width}.png`, fullPage: true });
  });
}
