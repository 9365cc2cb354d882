/**
 * Chapter 3, "Mine a block" (issue 3): mining at 16 bits finds a block whose header really hashes
 * (recomputed here with @noble/hashes) to >= 16 leading zero bits; workers change while mining;
 * Stop stops; the ladder's network rate is difficulty x 2^32 / 600 from the bundled bits; the
 * Spanish switch changes the prose; no long main-thread task while mining; screenshots.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { networkHashesPerSecFromBits } from '../src/core/hash/network-rate';
import { hashLeadingZeroBits } from '../src/core/hash/leading-zero-bits';
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

async function openChapter(page: import('@playwright/test').Page) {
  await page.goto('./#/mine');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine a block');
  await expect(page.getByTestId('block-fields')).toBeVisible();
}

async function setBits(page: import('@playwright/test').Page, bits: number) {
  await page.getByTestId('mine-bits').fill(String(bits));
  await expect(page.getByTestId('mine-start')).toContainText(`Mine at ${bits} bits`);
}

test('mining at 16 bits finds a block whose recomputed hash has >= 16 leading zero bits', async ({
  page,
  watch,
}) => {
  await openChapter(page);
  await expect(page.getByTestId('mine-status')).toContainText('Nothing mines until');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);
  await setBits(page, 16);
  await page.getByTestId('mine-bet').getByRole('radio').nth(1).check();
  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('mine-start').click();
  await expect(page.getByTestId('mine-status')).toHaveText('Found a block!', { timeout: 30_000 });
  const endedAt = await page.evaluate(() => performance.now());

  const block = page.getByTestId('found-block').first();
  const headerHex = (await block.getAttribute('data-header')) ?? '';
  const shownHash = (await block.getAttribute('data-hash')) ?? '';
  expect(headerHex).toMatch(/^[0-9a-f]{160}$/);
  // Recompute SHA-256d of the shown header, independently of the app's kernel.
  const digest = sha256(sha256(hexToBytes(headerHex)));
  const displayHash = bytesToHex(digest.slice().reverse());
  expect(displayHash).toBe(shownHash);
  expect(hashLeadingZeroBits(displayHash)).toBeGreaterThanOrEqual(16);
  await expect(block.locator('code.hash')).toHaveAttribute('data-hash', displayHash);
  // The header keeps the real block's merkle root (bytes 36..67) and carries the 16-bit bits.
  const tries = Number(await block.getAttribute('data-tries'));
  expect(tries).toBeGreaterThan(0);
  const reveal = page.getByTestId('mine-reveal');
  await expect(reveal).toContainText(`It took ${tries.toLocaleString('en')} tries`);
  await expect(reveal).toContainText('95 % of races end between');
  expect(await statValue(page, 'mine-done')).toBeGreaterThanOrEqual(tries);

  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  expect(
    longTasks.filter((task) => task.duration > 200),
    'long tasks while mining',
  ).toEqual([]);
});

test('workers change while mining, and Stop stops the count', async ({ page }) => {
  await openChapter(page);
  await page.getByTestId('mine-workers').selectOption('1');
  await setBits(page, 36); // far too hard to finish during the test
  await page.getByTestId('mine-start').click();
  await expect(page.getByTestId('mine-status')).toHaveText(/Mining until a block is found/);
  await expect.poll(() => statValue(page, 'mine-workers-in-use'), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => statValue(page, 'mine-done'), { timeout: 10_000 }).toBeGreaterThan(0);
  const startedAt = await page.evaluate(() => performance.now());

  await page.getByTestId('mine-workers').selectOption('2');
  await expect.poll(() => statValue(page, 'mine-workers-in-use'), { timeout: 10_000 }).toBe(2);
  const before = await statValue(page, 'mine-done');
  await expect
    .poll(() => statValue(page, 'mine-done'), { timeout: 10_000 })
    .toBeGreaterThan(before);
  await page.waitForTimeout(2_000);
  const endedAt = await page.evaluate(() => performance.now());
  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  expect(
    longTasks.filter((task) => task.duration > 200),
    'long tasks while mining',
  ).toEqual([]);
  // The progress bar is against 2^36 and the button said what it would do.
  await expect(page.getByTestId('mine-progress')).toBeVisible();

  await page.getByTestId('mine-stop').click();
  await expect(page.getByTestId('mine-status')).toHaveText('Stopped.');
  await expect(page.getByTestId('mine-start')).toBeFocused();
  await page.waitForTimeout(500);
  const afterStop = await statValue(page, 'mine-done');
  await page.waitForTimeout(1_000);
  expect(await statValue(page, 'mine-done')).toBe(afterStop);
  expect(afterStop).toBeGreaterThan(0);
});

test('the ladder shows the network rate computed from the newest bundled bits', async ({
  page,
}) => {
  await openChapter(page);
  const rate = page.getByTestId('network-rate');
  const bits = Number(await rate.getAttribute('data-bits'));
  expect(bits).toBeGreaterThan(0);
  const expected = networkHashesPerSecFromBits(bits);
  expect(Number(await rate.getAttribute('data-value')) / expected).toBeCloseTo(1, 12);
  // Shown as a power of ten, e.g. "7.9 × 10²⁰", with the bits in hex.
  await expect(rate).toContainText(`0x${bits.toString(16).padStart(8, '0')}`);
  await expect(rate).toContainText('× 10');
  const ladder = page.getByTestId('scale-ladder');
  await expect(ladder.locator('[data-row="network"]')).toBeVisible();
  await expect(ladder.locator('[data-row="cpu"]')).toHaveCount(0);
  await expect(page.getByTestId('ladder-sources')).toContainText('hashcat 6.2.3');
  await expect(page.getByTestId('ladder-sources')).toContainText('Antminer S21');

  // After mining, this device's measured row joins the ladder; the table shows the numbers.
  await setBits(page, 22);
  await page.getByTestId('mine-start').click();
  await expect(ladder.locator('[data-row="cpu"]')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('mine-stop').click();
  await ladder.getByRole('button', { name: 'Show as table' }).click();
  await expect(ladder.locator('table')).toContainText('This device (measured)');
});

test('the Spanish switch changes the prose and the controls', async ({ page }) => {
  await openChapter(page);
  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina un bloque');
  await expect(page.getByText('Los mineros de verdad hacen una sola cosa')).toBeVisible();
  await expect(page.getByTestId('mine-start')).toContainText('Minar con 20 bits');
  await page.getByTestId('mine-bits').fill('41');
  await expect(page.getByText('Escribe un número entero del 8 al 40.')).toBeVisible();
  await expect(page.getByTestId('mine-start')).toBeDisabled();
});

for (const [width, height] of [
  [360, 780],
  [1280, 800],
] as const) {
  test(`screenshot at ${width}x${height} after finding a block`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openChapter(page);
    await setBits(page, 18);
    await page.getByTestId('mine-start').click();
    await expect(page.getByTestId('mine-status')).toHaveText('Found a block!', {
      timeout: 30_000,
    });
    await page.screenshot({
      path: `artifacts/screenshots/03-mine-${width}.png`,
      fullPage: true,
    });
  });
}
