/**
 * Chapter 16, "The majority attack" (issue 10 §4): q and z typed with the keyboard give the
 * paper's published value and the exact one; 100,000 seeded races in a worker give an interval
 * that contains the exact value (and, at q = 0.3, z = 5, excludes the paper's); no worker before
 * the click and no long main-thread task while racing; a bad q shows a message and the page
 * recovers; the settings live in the URL; screenshots at both widths.
 */
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';
import { setVisibility } from './support/visibility';
import { screenshotAtBothWidths } from './support/screenshots';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

async function typeInto(page: import('@playwright/test').Page, testId: string, text: string) {
  const field = page.getByTestId(testId);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('q = 0.1, z = 6 shows the paper’s 0.0002428 and the exact 0.0005914', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/attack');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The majority attack');
  await typeInto(page, 'attack-q', '0.1');
  await typeInto(page, 'attack-z', '6');
  await expect(page.getByTestId('attack-paper')).toHaveText('0.0002428');
  await expect(page.getByTestId('attack-exact')).toHaveText('0.0005914');
  expect(await statValue(page, 'attack-ratio')).toBeCloseTo(0.41055, 4);
  await expect(page.getByTestId('attack-summary')).toContainText('understates the risk');
  await expect(
    page.getByTestId('attack-chart').locator('[data-series="exact"] path'),
  ).toBeVisible();
  await expect(page.getByTestId('attack-chart')).toContainText('10⁻⁴');
  await page.getByTestId('attack-chart').getByRole('button', { name: 'Show as table' }).click();
  await expect(
    page.getByTestId('attack-chart').getByRole('row', { name: /^6 0\.0002428 0\.0005914/ }),
  ).toBeVisible();
  // The go-deeper table recomputes the paper's "P < 0.001" column: 5, 8, 11, 15, 24, 41, 89, 340.
  await page.getByText('Go deeper').click();
  const paperColumn = page.getByTestId('attack-threshold').locator('tbody tr td:nth-child(2)');
  await expect(paperColumn).toHaveText(['5', '8', '11', '15', '24', '41', '89', '340']);
});

test('100,000 seeded races at q = 0.3, z = 5: the interval contains the exact value', async ({
  page,
  watch,
}) => {
  test.setTimeout(150_000);
  await page.goto('./#/attack');
  await typeInto(page, 'attack-q', '0.3');
  await typeInto(page, 'attack-z', '5');
  await expect(page.getByTestId('attack-paper')).toHaveText('0.1773523');
  const exact = await statValue(page, 'attack-exact');
  expect(exact).toBeCloseTo(0.19761732, 7);
  await expect(page.getByTestId('attack-status')).toContainText('Nothing runs until');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);
  await typeInto(page, 'attack-seed', '2008');
  await page.getByTestId('attack-races').selectOption('100000');
  expect(page.url()).toContain('seed=2008');

  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('attack-run').click();
  await expect(page.getByTestId('attack-status')).toHaveText(
    'Done: 100,000 races with seed 2008.',
    { timeout: 60_000 },
  );
  const endedAt = await page.evaluate(() => performance.now());
  expect(watch.workerUrls.length).toBeGreaterThan(0);
  const ci = page.getByTestId('attack-ci');
  const low = Number(await ci.getAttribute('data-low'));
  const high = Number(await ci.getAttribute('data-high'));
  expect(low).toBeLessThanOrEqual(exact);
  expect(high).toBeGreaterThanOrEqual(exact);
  expect(low).toBeGreaterThan(0.1773523);
  await expect(page.getByTestId('attack-verdict')).toContainText(
    'The interval contains the exact value',
  );
  await expect(page.getByTestId('attack-verdict')).toContainText('It excludes the paper’s');
  await expect(page.getByTestId('attack-seed-used')).toHaveText('2008');
  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  await screenshotAtBothWidths(page, '16-attack');
  expect(
    longTasks.filter((task) => task.duration > 200),
    'no long main-thread task while racing',
  ).toEqual([]);
});

test('a bad q shows a message, the reveal goes, and a good q brings it back', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/attack');
  await typeInto(page, 'attack-q', '1.5');
  await expect(page.getByTestId('attack-q-error')).toHaveText(
    'Type a decimal from 0 to 1, such as 0.1 or 0.3.',
  );
  await expect(page.getByTestId('attack-q')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('attack-reveal')).toHaveCount(0);
  await typeInto(page, 'attack-q', '0.6');
  await expect(page.getByTestId('attack-exact')).toHaveText('1.0000000');
  await expect(page.getByTestId('attack-summary')).toContainText('wins sooner or later');
  await typeInto(page, 'attack-q', '0.5');
  await expect(page.getByTestId('attack-half')).toBeVisible();
  await expect(page.getByTestId('attack-run')).toBeDisabled();
});

test('the races pause while the tab is hidden, go on when it is shown, and Stop ends them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#/attack');
  // Long races (q near 1/2, many confirmations), a million of them: still running after seconds.
  await typeInto(page, 'attack-q', '0.45');
  await typeInto(page, 'attack-z', '30');
  await page.getByTestId('attack-races').selectOption('1000000');
  await page.getByTestId('attack-run').click();
  const sim = page.getByTestId('attack-sim');
  const done = async () => Number(await sim.getAttribute('data-done'));
  await expect.poll(done, { timeout: 30_000 }).toBeGreaterThan(0);
  await setVisibility(page, 'hidden');
  await expect(page.getByTestId('attack-status')).toHaveText(
    'Paused because this tab is hidden. It goes on when you come back.',
  );
  // A chunk already under way may finish; after that the count must not move.
  await page.waitForTimeout(1_000);
  const whilePaused = await done();
  await page.waitForTimeout(1_500);
  expect(await done(), 'no race finishes while hidden').toBe(whilePaused);
  expect(whilePaused).toBeLessThan(1_000_000);
  await setVisibility(page, 'visible');
  await expect(page.getByTestId('attack-status')).toContainText('Racing:');
  await expect.poll(done, { timeout: 30_000 }).toBeGreaterThan(whilePaused);
  await page.getByTestId('attack-stop').click();
  await expect(sim).toHaveAttribute('data-status', 'stopped');
  const afterStop = await done();
  await page.waitForTimeout(1_000);
  expect(await done()).toBe(afterStop);
});
