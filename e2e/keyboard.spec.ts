/**
 * A chapter walked by keyboard alone: from the top of "Place your bets", Tab reaches every
 * control in order; a strategy is chosen with the arrow keys, the bet is locked and revealed
 * with Enter, and the reveal's table toggle works with Space. No mouse at all.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-test';

/** Presses Tab until the focused element has `testId` (at most `limit` presses). */
async function tabTo(page: Page, testId: string, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return presses;
  }
  throw new Error(`Tab never reached ${testId}`);
}

test('"Place your bets" by keyboard alone: choose, lock, reveal, read the table', async ({
  page,
}) => {
  await page.goto('./#/bets');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Place your bets');
  // The skip link comes first, then the page's controls in reading order.
  await tabTo(page, 'bets-kind-strategy');
  await tabTo(page, 'bets-strategy');
  await page.keyboard.press('ArrowDown'); // primes -> small numbers
  await expect(page.getByTestId('bets-strategy')).toHaveValue('small');
  await tabTo(page, 'bets-seed');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('11');
  await tabTo(page, 'bets-lock');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('bets-commitment-text')).toContainText('bet=strategy:small');
  await tabTo(page, 'bets-reveal');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('bets-status')).toHaveText('Done.', { timeout: 30_000 });
  await expect(page.getByTestId('bets-seed-used')).toHaveText('11');
  // The chart's table toggle, reached by Tab and pressed with Space.
  let reached = false;
  for (let presses = 0; presses < 40 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () =>
        document.activeElement?.textContent === 'Show as table' &&
        document.activeElement.closest('[data-testid="bets-chart"]') !== null,
    );
  }
  expect(reached, 'Tab reaches the table toggle').toBe(true);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('bets-chart').locator('table')).toBeVisible();
});
