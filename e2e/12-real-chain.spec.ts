/**
 * Chapter 12, "Real nonces" (issue 8): the 29,650 real headers load; the scatter, the summary
 * table and the histograms show; an era is chosen and the height range changed by keyboard
 * alone; a bad height gives a message; the hash check recomputes every header in a worker with
 * none above its target; the predictor's coverage beats its area share while the harness ratio
 * of hits per hash has an interval around 1 (seed 1); no long main-thread task; screenshots.
 */
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

test('real nonces: data, eras by keyboard, hash check and the predictor test', async ({
  page,
  watch,
}) => {
  test.setTimeout(180_000);
  await page.goto('./#/real');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Real nonces');
  await expect(page.getByTestId('real-range-count')).toHaveText('29,650 blocks in this range', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('real-scatter-canvas')).toBeVisible();
  await expect(page.getByTestId('real-histogram')).toContainText('p =');
  await expect(page.getByTestId('real-byte-0')).toContainText('p =');
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);

  // The summary table: one row per era, counts adding up to all blocks.
  await page.getByTestId('real-scatter').getByRole('button', { name: 'Show as table' }).click();
  const rows = page.getByTestId('real-scatter').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('20,051');
  await page.getByTestId('real-scatter').getByRole('button', { name: 'Show as chart' }).click();

  // Era by keyboard: focus the "All" radio and arrow to the next ones.
  await page.getByTestId('real-era-all').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('real-era-cpu')).toBeChecked();
  await expect(page.getByTestId('real-range-count')).toHaveText('20,051 blocks in this range');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('real-era-modernAsic')).toBeChecked();
  await expect(page.getByTestId('real-from')).toHaveValue('391000');
  // A typed range, then a bad one.
  await page.getByTestId('real-from').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('822527');
  expect(await statValue(page, 'real-range-count')).toBeGreaterThan(8000);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('abc');
  await expect(page.getByRole('alert')).toContainText('Type two whole heights');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0');
  await page.getByTestId('real-era-all').check();

  // The hash check in a worker.
  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('real-hash-start').click();
  await expect(page.getByTestId('real-hash-status')).toContainText('29,650 headers hashed', {
    timeout: 90_000,
  });
  await expect(page.getByTestId('real-hash-status')).toContainText('0 above their target');
  expect(watch.workerUrls.length).toBeGreaterThan(0);
  const hashP = Number(await page.getByTestId('real-hash-p').getAttribute('data-value'));
  expect(hashP).toBeGreaterThan(0.001);

  // The predictor: coverage above its area share, harness ratio around 1.
  const share = await statValue(page, 'real-area-share');
  const ciLow = Number(
    (await page.getByTestId('real-coverage-ci').getAttribute('data-value'))!.split(' ')[0],
  );
  expect(ciLow).toBeGreaterThan(share);
  await page.getByTestId('real-seed').fill('1');
  await page.getByTestId('real-predictor-start').click();
  await expect(page.getByTestId('real-predictor-result')).toBeVisible({ timeout: 120_000 });
  const [low, high] = (await page.getByTestId('real-ratio-ci').getAttribute('data-value'))!
    .split(' ')
    .map(Number);
  expect(low).toBeLessThan(1);
  expect(high).toBeGreaterThan(1);
  const endedAt = await page.evaluate(() => performance.now());

  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  // Screenshots first, so a timing failure on a loaded machine still leaves them to look at.
  await screenshotAtBothWidths(page, '12-real-chain');
  expect(
    longTasks.filter((task) => task.duration > 200),
    'long tasks while hashing',
  ).toEqual([]);
});
