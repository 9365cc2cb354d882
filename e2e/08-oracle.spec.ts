/**
 * Case study 1, "The nonce oracle": the claims are shown before anything runs and nothing runs
 * without a click; one run with seed 1 in the worker gives the same numbers as the core run in
 * Node for the same seed (the CLI's code): the filters pass 0%, the honest forest's interval
 * contains 1, the positive control's lies above 1; no long main-thread task; Stop works from the
 * keyboard; Spanish; screenshots at 360 and 1280 px.
 */
import { runOracleExperiment } from '../src/core/experiments/oracle/oracle-experiment';
import { screenshotAtBothWidths } from './support/screenshots';
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

test('seed 1: every claim tested live, the same numbers as in Node', async ({ page, watch }) => {
  test.setTimeout(180_000);
  await page.goto('./#/oracle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The nonce oracle');
  await expect(page.getByTestId('oracle-claims')).toContainText('92%');
  await expect(page.getByTestId('oracle-status')).toContainText('Nothing runs until');
  await expect(page.getByTestId('oracle-blob').locator('mark')).toHaveText('40080215');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);

  await page.getByTestId('oracle-seed').fill('1');
  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('oracle-run').click();
  await expect(page.getByTestId('oracle-status')).toContainText('Running');
  await expect(page.getByTestId('oracle-status')).toContainText('Done in', { timeout: 150_000 });
  const endedAt = await page.evaluate(() => performance.now());
  // The same run in Node, after the page's: run alongside, it would compete for the two cores
  // and starve the page's main thread.
  const r = await runOracleExperiment({ seed: 1, now: () => performance.now() });

  expect(await statValue(page, 'oracle-pass-original')).toBe(0);
  // The pass line is drawn on the score histogram, labelled in words.
  await expect(page.getByTestId('oracle-filter-chart').getByTestId('chart-marker')).toContainText(
    '0.75',
  );
  expect(await statValue(page, 'oracle-pass-rewrite')).toBe(0);
  expect(await statValue(page, 'oracle-pass-ethical')).toBe(0);
  expect(await statValue(page, 'oracle-forest-ratio')).toBeCloseTo(r.predictor.ratio, 10);
  expect(await statValue(page, 'oracle-forest-auc')).toBeCloseTo(r.predictor.auc, 10);
  expect(await statValue(page, 'oracle-control-ratio')).toBeCloseTo(r.positiveControl.ratio, 10);
  expect(r.predictor.ci95[0]).toBeLessThan(1);
  expect(r.predictor.ci95[1]).toBeGreaterThan(1);
  expect(r.positiveControl.ci95[0]).toBeGreaterThan(1);
  const leak = page.getByTestId('oracle-leakage-bars').locator('li');
  expect(Number(await leak.nth(1).getAttribute('data-value'))).toBe(1);
  expect(Number(await leak.nth(0).getAttribute('data-value'))).toBeCloseTo(
    r.predictor.leakage.fakeLabelsOnTrainingRows.precision!,
    10,
  );
  for (const id of ['oracle-filters', 'oracle-sweep', 'oracle-predictor', 'oracle-leakage']) {
    await expect(page.getByTestId(id)).toBeVisible();
  }
  await expect(page.getByTestId('oracle-generators')).toBeVisible();
  await expect(page.getByTestId('oracle-control')).toBeVisible();
  expect(watch.workerUrls.length, 'the run used a worker').toBeGreaterThan(0);
  expect(
    (await longTasksBetween(page, startedAt, endedAt)).filter((task) => task.duration > 200),
    'no long main-thread task during the run',
  ).toEqual([]);
  await screenshotAtBothWidths(page, 'oracle-done');
});

test('Stop from the keyboard stops a run; the page reads in Spanish', async ({ page }) => {
  await page.goto('./#/oracle');
  await page.getByTestId('oracle-run').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('oracle-status')).toContainText('Running');
  await expect(page.getByTestId('oracle-stop')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('oracle-status')).toContainText('Stopped');
  await expect(page.getByTestId('oracle-results')).toHaveCount(0);
  await page.getByTestId('oracle-seed').fill('x');
  await expect(page.getByTestId('oracle-run')).toBeDisabled();
  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('El oráculo de nonces');
  await expect(page.getByTestId('oracle-status')).toContainText('Detenido');
});

test('the home page links to the case study', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('link', { name: 'The nonce oracle' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The nonce oracle');
});
