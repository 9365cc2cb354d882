/** Routes, theme and screenshots: deep links on a static host, not-found, light/dark. */
import { test, expect, statValue } from './support/guarded-test';

test('a deep link to #/sources loads directly and credits the data sources', async ({ page }) => {
  await page.goto('./#/sources');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources and credits');
  const bitcoin = page.getByTestId('bitcoin-sources');
  await expect(bitcoin.getByRole('link', { name: 'bitcoinj/bitcoinj' })).toBeVisible();
  await expect(bitcoin).toContainText('Apache-2.0');
  await expect(page.getByTestId('sha256-sources')).toContainText('bitcoin/bitcoin');
  await expect(page.getByText('MIT licence', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Sources and credits · Nonce Sense');
});

test('the about page states the promise', async ({ page }) => {
  await page.goto('./#/about');
  await expect(page.getByText('Every claim is tested live.')).toBeVisible();
  await expect(page.getByText('Nothing leaves the page.')).toBeVisible();
  await expect(page.getByText('Nothing mines without a click.')).toBeVisible();
});

test('an unknown route shows a not-found page with a link home', async ({ page }) => {
  await page.goto('./#/no-such-chapter');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Can you guess a nonce? Can an AI?',
  );
  expect(new URL(page.url()).hash).toBe('#/');
});

test('the theme follows the system, and a chosen theme is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

for (const { width, height } of [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots at ${width}x${height}, ${scheme}`, async ({ page }) => {
      const suffix = scheme === 'light' ? '' : '-dark';
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto('./');
      // A short run, so the picture shows live numbers and a grouped best hash.
      await page.getByTestId('demo-start').click();
      await expect
        .poll(() => statValue(page, 'hashes-done'), { timeout: 15_000 })
        .toBeGreaterThan(200_000);
      await page.getByTestId('demo-stop').click();
      await page.getByTestId('demo-start').blur();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'no horizontal scroll').toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `artifacts/screenshots/home-${width}${suffix}.png`,
        fullPage: true,
      });
      await page.goto('./#/sources');
      await expect(page.getByTestId('bitcoin-sources')).toBeVisible();
      await page.screenshot({
        path: `artifacts/screenshots/sources-${width}${suffix}.png`,
        fullPage: true,
      });
    });
  }
}
