/**
 * Chapter 1, "The hash": the playground hashes as you type (NIST "abc" vector), bad hex is
 * explained inline, one flip shows the right Hamming distance, 10,000 seeded flips average
 * within 4 standard errors of 128, the uniformity run shows p-values in [0, 1], a 10 MB paste
 * hashes off the main thread (no long task over 200 ms) to the digest Node computes, and the
 * language switch changes the prose. Screenshots at 360 and 1280 px.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

const NIST_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

function hamming(a: Uint8Array, b: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    for (let x = a[i]! ^ b[i]!; x; x >>= 1) count += x & 1;
  }
  return count;
}

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

test('typing "abc" shows the NIST SHA-256, its SHA-256d, the size, and one flip', async ({
  page,
}) => {
  await page.goto('./#/hash');
  const input = page.getByTestId('hash-input');
  await input.fill('');
  await input.pressSequentially('abc');
  await expect(page.getByTestId('sha256').locator('code.hash')).toHaveAttribute(
    'data-hash',
    NIST_ABC,
  );
  const abc = new TextEncoder().encode('abc');
  await expect(page.getByTestId('sha256d').locator('code.hash')).toHaveAttribute(
    'data-hash',
    bytesToHex(sha256(sha256(abc))),
  );
  await expect(page.getByTestId('input-size')).toHaveText('3 bytes = 24 bits');

  // Flip bit 7 ('a' 0x61 -> '`' 0x60): the distance the page shows is the one Node computes.
  await page.getByTestId('flip-bit').fill('7');
  const expected = hamming(sha256(abc), sha256(new TextEncoder().encode('`bc')));
  await expect.poll(() => statValue(page, 'flip-distance')).toBe(expected);
  await expect(page.getByTestId('flip-grid').locator('.bit.changed')).toHaveCount(expected);

  // Bad hex is explained inline, nothing throws.
  await page.getByTestId('mode-hex').check();
  await input.fill('00ff zz');
  await expect(page.getByTestId('input-problem')).toHaveText(
    'Character 5 ("z") is not a hex digit: use 0-9 and a-f.',
  );
  await input.fill('abc');
  await expect(page.getByTestId('input-problem')).toContainText('odd number of hex digits (3)');
  await input.fill('616263');
  await expect(page.getByTestId('sha256').locator('code.hash')).toHaveAttribute(
    'data-hash',
    NIST_ABC,
  );
});

test('10,000 flips with seed 1: mean within 4 SE of 128, table toggle shows the counts', async ({
  page,
}) => {
  await page.goto('./#/hash');
  await page.getByTestId('avalanche-bet').getByLabel('About 128').check();
  await page.getByTestId('avalanche-seed').fill('1');
  await page.getByTestId('avalanche-run').click();
  await expect(page.getByTestId('avalanche-result')).toBeVisible({ timeout: 30_000 });
  const mean = await statValue(page, 'avalanche-mean');
  const sd = await statValue(page, 'avalanche-sd');
  const p = await statValue(page, 'avalanche-p');
  console.log(`avalanche seed 1: mean ${mean}, sd ${sd}, p ${p}`);
  // SE = sqrt(64 / 10,000) = 0.08 (theory: Binomial(256, 1/2) has variance 64).
  expect(Math.abs(mean - 128)).toBeLessThan(4 * 0.08);
  expect(Math.abs(sd - 8)).toBeLessThan(0.5);
  expect(p).toBeGreaterThan(0);
  expect(p).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('avalanche-result')).toContainText('Your bet: About 128.');

  const chart = page.getByTestId('avalanche-chart');
  // One bar per distance 96..160, the theoretical curve drawn over them.
  await expect(chart.locator('svg rect.bar')).toHaveCount(65 + 1); // + the direct-label swatch
  await expect(chart.locator('svg path.curve')).toHaveCount(1);
  await chart.getByRole('button', { name: 'Show as table' }).click();
  const row128 = chart.getByRole('row', { name: /^128 / });
  await expect(row128).toBeVisible();
  const measured = Number(
    (await row128.getByRole('cell').first().textContent())!.replace(/,/g, ''),
  );
  expect(measured).toBeGreaterThan(300); // about 10,000 x 0.0498 = 498
  await expect(chart.getByRole('row')).not.toHaveCount(0);
});

test('uniformity: 10,000 hashes with seed 1 give p-values between 0 and 1', async ({ page }) => {
  await page.goto('./#/hash');
  await page.getByTestId('uniformity-size').selectOption('10000');
  await page.getByTestId('uniformity-seed').fill('1');
  await page.getByTestId('uniformity-run').click();
  await expect(page.getByTestId('uniformity-result')).toBeVisible({ timeout: 30_000 });
  for (const id of ['uniformity-p-byte', 'uniformity-p-zeros']) {
    const p = await statValue(page, id);
    console.log(`${id}: ${p}`);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
  }
  const share = await statValue(page, 'uniformity-share8');
  // 4 SE of a proportion 1/256 over 10,000 hashes.
  expect(Math.abs(share - 1 / 256)).toBeLessThan(4 * Math.sqrt(((1 / 256) * (255 / 256)) / 10_000));
  await expect(page.getByTestId('zeros-chart')).toContainText('(log scale)');
});

test('a pasted 10 MB text hashes in a worker, matches Node, no long task over 200 ms', async ({
  page,
}) => {
  const unit = 'Nonce Sense, 10 MB of text. ';
  const chars = 10 * 1024 * 1024;
  await page.goto('./#/hash');
  await page.evaluate(
    ([u, n]) => {
      const text = u!.repeat(Math.ceil(Number(n) / u!.length)).slice(0, Number(n));
      const transfer = new DataTransfer();
      transfer.setData('text/plain', text);
      (window as unknown as { __paste: DataTransfer }).__paste = transfer;
    },
    [unit, String(chars)],
  );
  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('hash-input').evaluate((element) => {
    const clipboardData = (window as unknown as { __paste: DataTransfer }).__paste;
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true }));
  });
  const digest = page.getByTestId('large-digest');
  await expect(digest).toBeVisible({ timeout: 30_000 });
  const endedAt = await page.evaluate(() => performance.now());
  const text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  await expect(digest).toHaveAttribute(
    'data-sha256',
    bytesToHex(sha256(new TextEncoder().encode(text))),
  );
  await expect(digest).toHaveAttribute('data-bytes', String(chars));
  // The page shows a preview, never the whole input.
  const pageText = (await page.locator('main').textContent()) ?? '';
  expect(pageText.length).toBeLessThan(20_000);
  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  expect(
    longTasks.filter((task) => task.duration > 200),
    'long tasks over 200 ms',
  ).toEqual([]);
});

test('a 10 MB file hashes in a worker to the digest Node computes', async ({ page }) => {
  const bytes = new Uint8Array(10 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >>> 8)) & 255;
  await page.goto('./#/hash');
  await page.getByTestId('hash-file').setInputFiles({
    name: 'ten-mb.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
  await expect(page.getByTestId('large-digest')).toHaveAttribute(
    'data-sha256',
    bytesToHex(sha256(bytes)),
    { timeout: 30_000 },
  );
});

test('the Spanish switch changes the prose and the labels; screenshots', async ({ page }) => {
  await page.goto('./#/hash');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The hash');
  await expect(page.getByText('Change one letter of a message')).toBeVisible();
  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('El hash');
  await expect(page.getByText('Cambia una letra de un mensaje')).toBeVisible();
  await expect(page.getByTestId('avalanche-run')).toHaveText('Hacer 10.000 cambios');
  await page.getByTestId('lang-en').click();

  await page.getByTestId('avalanche-run').click();
  await expect(page.getByTestId('avalanche-result')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('uniformity-size').selectOption('10000');
  await page.getByTestId('uniformity-run').click();
  await expect(page.getByTestId('uniformity-result')).toBeVisible({ timeout: 30_000 });
  await screenshotAtBothWidths(page, 'hash');
});
