/**
 * Home page (issue "Foundation" §7-§8): loads clean (no console error, no foreign request, strict
 * CSP), switches language, mines on Start without janking the page, stops on Stop, and works
 * from the keyboard.
 */
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';
import { setVisibility } from './support/visibility';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

test('the built home page carries a strict own-origin CSP and loads cleanly', async ({
  page,
  watch,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Can you guess a nonce? Can an AI?',
  );
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByText('Optimise hashes per second, never luck per hash.')).toBeVisible();
  // Every planned chapter now exists: each is a link, none is marked "coming soon".
  await expect(page.getByText('coming soon')).toHaveCount(0);
  for (const name of ['The hash', 'Real nonces', 'SHA-256 step by step', 'The majority attack']) {
    await expect(
      page.getByRole('main').getByRole('link', { name, exact: true }).first(),
    ).toBeVisible();
  }
  await expect(page.getByTestId('demo-status')).toContainText('Nothing runs until you press Start');
  // Nothing mines before a click: no worker exists yet.
  await page.waitForTimeout(500);
  expect(watch.workerUrls).toEqual([]);
});

test('switching to Spanish changes the text and <html lang>, and is remembered', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('lang-es').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '¿Sabes adivinar un nonce? ¿Y una IA?',
  );
  await expect(page.getByTestId('demo-start')).toHaveText('Empezar');
  await expect(page.getByRole('link', { name: 'Fuentes' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('lang-es')).toHaveAttribute('aria-pressed', 'true');
});

test('Start hashes in workers without long main-thread tasks; Stop stops the count', async ({
  page,
  watch,
}) => {
  await page.goto('./');
  await page.getByTestId('lang-es').click();
  await page.getByTestId('demo-start').click();
  const startedAt = await page.evaluate(() => performance.now());

  await expect
    .poll(() => statValue(page, 'hashes-per-sec'), { timeout: 15_000 })
    .toBeGreaterThan(0);
  const firstCount = await statValue(page, 'hashes-done');
  await expect
    .poll(() => statValue(page, 'hashes-done'), { timeout: 15_000 })
    .toBeGreaterThan(firstCount);
  await expect(page.getByTestId('demo-status')).toHaveText('En marcha hasta que pulses Parar.');
  expect(watch.workerUrls.length).toBeGreaterThan(0);

  // Spanish grouping (1.234.567) in the visible count, the raw value in data-value.
  await page.waitForTimeout(3_000);
  const shown = (await page.getByTestId('hashes-done').textContent()) ?? '';
  expect(shown).toMatch(/^\d{1,3}(\.\d{3})+$/);
  const endedAt = await page.evaluate(() => performance.now());
  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  expect(
    longTasks.filter((task) => task.duration > 200),
    'long tasks over 200 ms while mining',
  ).toEqual([]);

  await expect(page.getByTestId('best-hash').locator('code.hash')).toHaveAttribute(
    'data-hash',
    /^[0-9a-f]{64}$/,
  );
  await expect(page.locator('.hash-group')).toHaveCount(8);

  await page.getByTestId('demo-stop').click();
  await expect(page.getByTestId('demo-status')).toHaveText('Parado.');
  await page.waitForTimeout(500);
  const afterStop = await statValue(page, 'hashes-done');
  await page.waitForTimeout(1_000);
  expect(await statValue(page, 'hashes-done')).toBe(afterStop);
  expect(afterStop).toBeGreaterThan(firstCount);
});

test('the keyboard reaches Start with Tab; Enter starts and Space stops', async ({ page }) => {
  await page.goto('./');
  const start = page.getByTestId('demo-start');
  let reached = false;
  for (let presses = 0; presses < 25 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await start.evaluate((element) => element === document.activeElement);
  }
  expect(reached, 'Tab reaches the Start button').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('demo-status')).toHaveText('Running until you press Stop.');
  await expect.poll(() => statValue(page, 'hashes-done'), { timeout: 15_000 }).toBeGreaterThan(0);
  // Focus moved to Stop, so the same hand can stop it.
  await expect(page.getByTestId('demo-stop')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('demo-status')).toHaveText('Stopped.');
  await expect(start).toBeFocused();
});

test('the skip link moves focus to the main content without changing the route', async ({
  page,
}) => {
  await page.goto('./#/about');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/about');
});

test('mining pauses while the tab is hidden and goes on when it is shown again', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByTestId('demo-start').click();
  await expect.poll(() => statValue(page, 'hashes-done'), { timeout: 15_000 }).toBeGreaterThan(0);
  await setVisibility(page, 'hidden');
  await expect(page.getByTestId('demo-status')).toHaveText(
    'Paused because this tab is hidden. It goes on when you come back.',
  );
  // Chunks already handed out may finish; after that the count must not move.
  await page.waitForTimeout(500);
  const whilePaused = await statValue(page, 'hashes-done');
  await page.waitForTimeout(1_000);
  expect(await statValue(page, 'hashes-done')).toBe(whilePaused);
  await setVisibility(page, 'visible');
  await expect(page.getByTestId('demo-status')).toHaveText('Running until you press Stop.');
  await expect
    .poll(() => statValue(page, 'hashes-done'), { timeout: 10_000 })
    .toBeGreaterThan(whilePaused);
  await page.getByTestId('demo-stop').click();
});
