/**
 * Chapter 15, "Difficulty adjustment" (issue 10 §3): the real headers load and every
 * recomputable retarget matches the real bits (413 of 413); the retarget table is there with
 * height 32,256; the seeded simulation reacts to its seed and settings, keeps the seed in the
 * URL and rejects a bad one with a message; Spanish shows the same verdict; screenshots.
 */
import { test, expect } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

test('difficulty: real retargets all match, the simulation follows its seed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/difficulty');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Difficulty adjustment');
  const verdict = page.getByTestId('difficulty-verdict');
  await expect(verdict).toHaveText('413 of 413 recomputed retargets match the real bits', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('difficulty-mismatch')).toHaveCount(0);

  // The text alternative: one row per recomputed retarget.
  const chart = page.getByTestId('difficulty-chart');
  await chart.getByRole('button', { name: 'Show as table' }).click();
  const rows = chart.locator('tbody tr');
  await expect(rows).toHaveCount(413);
  await expect(chart.locator('tbody tr', { hasText: '32,256' })).toContainText('1d00d86a');
  await expect(chart.locator('tbody tr', { hasText: '68,544' })).toContainText('yes');
  await chart.getByRole('button', { name: 'Show as chart' }).click();

  // The simulation: change the seed and the summary changes; the seed is kept in the URL.
  const summary = page.getByTestId('difficulty-sim-summary');
  await expect(summary).toContainText('Seed 2016');
  const before = await summary.textContent();
  await page.getByTestId('difficulty-seed').fill('7');
  await expect(summary).toContainText('Seed 7');
  expect(await summary.textContent()).not.toBe(before);
  await expect(page).toHaveURL(/seed=7/);
  await page.getByTestId('difficulty-factor').selectOption('double');
  await expect(summary).toContainText(/period 3 took [0-9.]+ days/);
  await page.getByTestId('difficulty-seed').fill('abc');
  await expect(page.getByRole('alert')).toContainText('whole number');
  await page.getByTestId('difficulty-seed').fill('2016');
  await page.getByTestId('difficulty-factor').selectOption('half');

  // Replaying the link gives the same run.
  const text = await summary.textContent();
  await page.reload();
  await expect(summary).toHaveText(text!);

  await screenshotAtBothWidths(page, '15-difficulty');
});
