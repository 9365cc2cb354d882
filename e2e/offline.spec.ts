/**
 * Offline and install: after the first visit the service worker has precached the whole site,
 * so with the network off the chapters still load, the real-header data still loads, and the
 * workers still hash. The manifest makes the site installable.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './support/guarded-test';

test('the precache holds every built file, the 2.5 MB real-header data included', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  expect(sw).toContain('"data/btc-headers.bin"');
  expect(sw).toContain('"index.html"');
  expect(sw).toMatch(/strategy-experiment\.worker-[\w-]+\.js/);
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as {
    icons: { sizes: string }[];
    display: string;
  };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toContain('512x512');
});

test('with the network off, a chapter loads, real blocks load, and a bet is hashed', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Wait until the service worker is active (precache complete) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await page.goto('./#/header');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByTestId('load-height-input').fill('30000');
  await page.getByTestId('load-height').click();
  await expect(page.getByTestId('loaded-origin')).toContainText('30,000');

  await page.goto('./#/bets');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Place your bets');
  await page.getByTestId('bets-lock').click();
  await page.getByTestId('bets-reveal').click();
  await expect(page.getByTestId('bets-status')).toHaveText('Done.', { timeout: 30_000 });
  await context.setOffline(false);
});
