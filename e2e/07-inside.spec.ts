/**
 * Chapter 7, "Inside SHA-256: the positive control" (issue 4, section 4): with seed 1 the sweep
 * over 15 round counts runs in a worker; the R = 4 point's job-level interval lies entirely above
 * 1, the R = 64 point's inside the margin [0.9, 1.1], and the smallest R in the margin is shown;
 * no long main-thread task while it runs; Stop stops at once; the diffusion view shows nothing
 * before round 4; the Spanish switch changes the prose; screenshots at both widths.
 */
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

async function point(page: import('@playwright/test').Page, chart: string, rounds: number) {
  const g = page.getByTestId(chart).locator(`[data-series] [data-rounds="${rounds}"]`).first();
  return {
    low: Number(await g.getAttribute('data-low')),
    high: Number(await g.getAttribute('data-high')),
  };
}

test('seed 1: R = 4 wins, R = 64 is inside the margin, the smallest R in it is shown', async ({
  page,
  watch,
}) => {
  test.setTimeout(150_000);
  await page.goto('./#/inside');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Inside SHA-256: the positive control',
  );
  await expect(page.getByTestId('inside-status')).toContainText('Nothing runs until');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);
  await page.getByTestId('inside-bet').getByRole('radio').nth(1).check();
  await page.getByTestId('inside-seed').fill('1');
  await expect(page.getByTestId('inside-run')).toContainText('15 round counts × 64 jobs');

  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('inside-run').click();
  await expect(page.getByTestId('inside-status')).toContainText('Running in a worker');
  await expect(page.getByTestId('inside-status')).toContainText('Done: 15 round counts', {
    timeout: 120_000,
  });
  const endedAt = await page.evaluate(() => performance.now());
  expect(watch.workerUrls.length).toBeGreaterThan(0);

  const small = await point(page, 'ratio-chart', 4);
  expect(small.low, 'R = 4: interval entirely above 1').toBeGreaterThan(1);
  const full = await point(page, 'ratio-chart', 64);
  expect(full.low).toBeGreaterThanOrEqual(0.9);
  expect(full.high).toBeLessThanOrEqual(1.1);
  expect(await statValue(page, 'inside-smallest')).toBe(5);
  await expect(page.getByTestId('inside-smallest')).toHaveText('R = 5');
  await expect(page.getByTestId('inside-seed-used')).toHaveText('1');
  await expect(page.getByTestId('inside-reveal')).toContainText(
    'The smallest R whose interval lies inside the margin [0.90, 1.10] is R = 5',
  );
  // The AUC of "hit or miss" at R = 4 is far above chance, at R = 64 it contains 0.5.
  const aucSmall = await point(page, 'auc-chart', 4);
  expect(aucSmall.low).toBeGreaterThan(0.9);
  const aucFull = await point(page, 'auc-chart', 64);
  expect(aucFull.low).toBeLessThan(0.5);
  expect(aucFull.high).toBeGreaterThan(0.5);
  // The table gives the same numbers, with both intervals.
  await page.getByTestId('ratio-chart').getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByTestId('ratio-chart').locator('tbody tr')).toHaveCount(15);
  await page.getByTestId('ratio-chart').getByRole('button', { name: 'Show as chart' }).click();
  await expect(page.getByTestId('inside-lesson')).toContainText(
    'The full hash leaves nothing to learn',
  );

  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  expect(
    longTasks.filter((task) => task.duration > 200),
    'long tasks while sweeping',
  ).toEqual([]);

  await screenshotAtBothWidths(page, '07-inside');
});

test('Stop stops the sweep at once and hands focus back to Run', async ({ page }) => {
  await page.goto('./#/inside');
  await page.getByTestId('inside-rounds').fill('1-64');
  await expect(page.getByTestId('inside-run')).toContainText('64 round counts');
  await page.getByTestId('inside-run').click();
  await expect(page.getByTestId('inside-status')).toContainText('Running in a worker');
  await page.waitForTimeout(1_000);
  await page.getByTestId('inside-stop').click();
  await expect(page.getByTestId('inside-status')).toContainText('Stopped.');
  await expect(page.getByTestId('inside-run')).toBeFocused();
  await expect(page.getByTestId('inside-reveal')).toHaveCount(0);
});

test('diffusion: no bit differs before round 4; bad input is explained; Spanish', async ({
  page,
}) => {
  await page.goto('./#/inside');
  const grid = page.getByTestId('diffusion-grid');
  await expect(grid).toHaveAttribute('data-count', /^[1-9]\d*$/);
  await page.getByTestId('diffusion-round').fill('3');
  await expect(grid).toHaveAttribute('data-count', '0');
  await page.getByTestId('diffusion-round').fill('64');
  const late = Number(await grid.getAttribute('data-count'));
  // Two unrelated 256-bit states differ in Binomial(256, 1/2) bits: 128 +- 4 SD of 8.
  expect(Math.abs(late - 128)).toBeLessThanOrEqual(32);
  await page.getByTestId('inside-rounds').fill('0, 65');
  await expect(page.getByText('Type round counts from 1 to 64')).toBeVisible();
  await expect(page.getByTestId('inside-run')).toBeDisabled();
  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Dentro de SHA-256: el control positivo',
  );
  await expect(page.getByText('Eso es un control positivo.')).toBeVisible();
});
