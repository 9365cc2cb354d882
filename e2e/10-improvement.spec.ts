/**
 * Case study 3, "Proof of Improvement" (issue 7): nothing runs before a click; with seed 1 the
 * design's evaluator, fed the same tasks with nothing changed, mints at least the first round
 * (and whatever noise adds); the chain is mined live in the worker, validates, accepts a forged
 * improvement record and rejects a changed nonce; the issuance table shows the multiplier;
 * Stop stops; Spanish; screenshots.
 */
import { test, expect } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

test('noise alone mints; the forged record validates; issuance runs ahead', async ({
  page,
  watch,
}) => {
  test.setTimeout(180_000);
  await page.goto('./#/improvement');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Case study: Proof of Improvement',
  );
  await expect(page.getByTestId('improvement-claims')).toContainText('Mine a block only when');
  await expect(page.getByTestId('noise-status')).toContainText('Nothing runs until');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);

  await page.getByTestId('improvement-seed').fill('1');
  await page.getByTestId('noise-rounds').selectOption('60');
  await page.getByTestId('noise-run').click();
  await expect(page.getByTestId('noise-status')).toContainText('Done:', { timeout: 120_000 });
  expect(watch.workerUrls.length).toBeGreaterThan(0);
  await expect(page.getByTestId('noise-seed-used')).toHaveText('1');
  const mints = Number(await page.getByTestId('noise-mints-s').getAttribute('data-value'));
  expect(mints, 'the first round always mints').toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('noise-length').locator('tbody tr')).toHaveCount(4);
  await page.getByTestId('noise-synthetic').check();
  await expect(page.getByTestId('noise-synthetic-note')).toContainText('SYNTHETIC');

  await page.getByTestId('chain-run').click();
  await expect(page.getByTestId('chain-status')).toContainText('Done:', { timeout: 120_000 });
  await expect(page.getByTestId('chain-table').locator('tbody tr')).toHaveCount(mints + 1);
  await page.getByTestId('chain-validate').click();
  await expect(page.getByTestId('chain-verdict')).toHaveAttribute('data-valid', 'true');
  await page.getByTestId('chain-tamper').click();
  await expect(page.getByTestId('chain-verdict')).toHaveAttribute('data-valid', 'false');
  await page.getByTestId('chain-forge').click();
  await expect(page.getByTestId('chain-verdict')).toHaveAttribute('data-valid', 'true');
  await expect(page.getByTestId('chain-verdict')).toContainText('Its hash did not change');

  await expect(page.getByTestId('issuance')).toContainText('genesis wallet');
  await screenshotAtBothWidths(page, '10-improvement');
});

test('Stop stops the noise run; the page reads in Spanish', async ({ page }) => {
  await page.goto('./#/improvement');
  await page.getByTestId('noise-rounds').selectOption('300');
  await page.getByTestId('noise-run').click();
  await expect(page.getByTestId('noise-stop')).toBeEnabled();
  await page.waitForTimeout(500);
  await page.getByTestId('noise-stop').click();
  await expect(page.getByTestId('noise-status')).toContainText('Stopped');
  await expect(page.getByTestId('noise-run')).toBeEnabled();
  await page
    .getByRole('button', { name: /Español|ES/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Caso de estudio: prueba de mejora',
  );
  await expect(page.getByTestId('improvement-lesson')).toContainText('nunca la suerte por hash');
});
