/**
 * Case study 2, "The geometric miner" (issue 6): the claims are quoted first; nothing runs
 * before a click; with seed 1 each section runs in a worker and shows the case study's facts
 * (the pre-filter rejects every real block, the matched test is at chance, the solver stalls
 * and its nonces tie the counter, attempts keep their mean); Stop stops; the energy calculator
 * answers by keyboard; Spanish; screenshots at 1280 and 360 px.
 */
import { screenshotAtBothWidths } from './support/screenshots';
import { test, expect } from './support/guarded-test';

test.setTimeout(180_000);

test('seed 1: every section tested live on the real headers', async ({ page, watch }) => {
  await page.goto('./#/geometric');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The geometric miner');
  await expect(page.getByTestId('geometric-claims')).toContainText(
    '27.37x reduction with 100% coverage',
  );
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);
  await page.getByTestId('geometric-seed').fill('1');

  await page.getByTestId('geometric-run-sweep').click();
  await expect(page.getByTestId('geometric-sweep-table')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('geometric-sweep-chart')).toBeVisible();
  await expect(page.getByTestId('geometric-sweep-takeaway')).toContainText('D1 stays between 0.7');

  await page.getByTestId('geometric-run-prefilter').click();
  await expect(page.getByTestId('geometric-prefilter-takeaway')).toContainText('100.0 %', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('geometric-prefilter-table')).toContainText('0 / 29,650');

  await page.getByTestId('geometric-run-coverage').click();
  await expect(page.getByTestId('geometric-coverage-table')).toContainText('Constraints, level 4', {
    timeout: 30_000,
  });

  await page.getByTestId('geometric-run-confound').click();
  const confound = page.getByTestId('geometric-confound-table');
  await expect(confound).toContainText('Matched', { timeout: 30_000 });
  await expect(page.getByTestId('geometric-confound-takeaway')).toContainText('AUC 0.499');

  // Stop works, then a full run.
  await page.getByTestId('geometric-run-solver').click();
  await page.getByTestId('geometric-stop-solver').click();
  await expect(page.getByTestId('geometric-run-solver')).toBeEnabled();
  await page.getByTestId('geometric-run-solver').click();
  await expect(page.getByTestId('geometric-solver-takeaway')).toContainText(
    'It stalls at a distance of 0.523',
    {
      timeout: 90_000,
    },
  );
  await expect(page.getByTestId('geometric-solver-harness')).toContainText('Inverse solver');

  await page.getByTestId('geometric-run-composition').click();
  await expect(page.getByTestId('geometric-composition-table')).toContainText('Fee-rate knapsack', {
    timeout: 60_000,
  });
  // Attempts per template against the geometric law: the chart, its fit, a computed takeaway.
  const fit = page.getByTestId('geometric-attempts-fit');
  await expect(fit.locator('[data-series="theory"]')).toBeVisible();
  await expect(fit).toContainText('chi-square p =');

  // The calculator: the claim's own figures give a tenth of the blocks per joule.
  await expect(page.getByTestId('geometric-energy-result')).toContainText(
    '0.10× the blocks per joule',
  );
  await page.getByTestId('geometric-energy-hashedPerSec').fill('100');
  await page.getByTestId('geometric-energy-systemWatts').fill('3000');
  await expect(page.getByTestId('geometric-energy-result')).toContainText(
    '1.00× the blocks per joule',
  );

  await screenshotAtBothWidths(page, '09-geometric');
});

test('Spanish', async ({ page }) => {
  await page.goto('./#/geometric');
  await page.getByTestId('lang-es').click();
  await expect(page.getByTestId('geometric-claims')).toContainText('27,37x');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('El minero geométrico');
});
