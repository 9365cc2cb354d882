/**
 * Chapter 2, "The block header and the target": the genesis header verifies (its hash and
 * "valid"), an edited nonce makes it "not valid" with the hash Node computes, real blocks load
 * by height and by seed and verify, a missing height names the nearest bundled ones, bits
 * 1d00ffff give difficulty 1, impossible bits and bad raw hex are explained inline, the slider
 * shows 2^N expected hashes and one hex zero = 16x, and the language switch changes the prose.
 * Screenshots at 360 and 1280 px.
 */
import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { Page } from '@playwright/test';
import { parseHeaderFile } from '../src/core/data/header-file';
import { lookUpHeight, randomRecordIndex } from '../src/core/data/header-lookup';
import { test, expect, statValue } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

const GENESIS_HASH = '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f';
const bundled = parseHeaderFile(new Uint8Array(readFileSync('public/data/btc-headers.bin')));

/** SHA-256d of header hex, display order, computed here in Node with noble. */
function nodeHash(headerHex: string): string {
  return bytesToHex(sha256(sha256(hexToBytes(headerHex))).reverse());
}

/** The target of compact bits (valid bits only), for an independent hash <= target check. */
function nodeTarget(headerHex: string): bigint {
  const bytes = hexToBytes(headerHex);
  const bits = new DataView(bytes.buffer).getUint32(72, true);
  return BigInt(bits & 0x7fffff) << BigInt(8 * ((bits >>> 24) - 3));
}

async function expectVerifiesLikeNode(page: Page) {
  const raw = await page.getByTestId('raw-header').inputValue();
  const hash = nodeHash(raw);
  await expect(page.getByTestId('verify-hash').locator('code.hash')).toHaveAttribute(
    'data-hash',
    hash,
  );
  const valid = BigInt(`0x${hash}`) <= nodeTarget(raw);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-valid', String(valid));
  return { raw, hash, valid };
}

test('the genesis header verifies; an edited nonce fails with the hash noble computes', async ({
  page,
}) => {
  await page.goto('./#/header');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The block header and the target',
  );
  await expect(page.getByTestId('verify-hash').locator('code.hash')).toHaveAttribute(
    'data-hash',
    GENESIS_HASH,
  );
  await expect(page.getByTestId('verdict')).toHaveText('✓ valid: hash ≤ target');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-valid', 'true');
  await expect.poll(() => statValue(page, 'chain-difficulty')).toBe(1);
  await expect(page.getByTestId('aligned-hex')).toHaveAttribute('data-first-diff', '8');
  await expect(page.getByTestId('field-time-utc')).toContainText('2009');
  expect((await expectVerifiesLikeNode(page)).valid).toBe(true);

  // Focusing the nonce field highlights its 4 bytes in the grid (keyboard, not only hover).
  await page.getByTestId('field-nonce').focus();
  await expect(page.locator('.hex-field[data-field="nonce"]')).toHaveAttribute(
    'data-active',
    'true',
  );
  await expect(page.locator('.hex-field[data-field="nonce"] .hex-byte')).toHaveText([
    '1d',
    'ac',
    '2b',
    '7c',
  ]);

  // Nonce + 1: stored little-endian, the hash changes completely, not valid.
  await page.getByTestId('field-nonce').fill('2083236894');
  await expect(page.getByTestId('verdict')).toHaveText('✗ not valid: hash > target');
  await expect(page.getByTestId('raw-header')).toHaveValue(/1eac2b7c$/);
  const { hash, valid } = await expectVerifiesLikeNode(page);
  expect(valid).toBe(false);
  expect(hash).not.toBe(GENESIS_HASH);
  await expect(page.getByTestId('loaded-origin')).toHaveText('Edited by you.');

  // The bet widget does the same edit and reveals the verdict next to the bet.
  await page.getByTestId('load-genesis').click();
  await page.getByTestId('nonce-bet').getByLabel('Almost surely not').check();
  await page.getByTestId('nonce-plus-one').click();
  await expect(page.getByTestId('nonce-reveal')).toContainText('is not valid');
  await expect(page.getByTestId('nonce-reveal')).toContainText('Your bet: Almost surely not.');
  await expect(page.getByTestId('field-nonce')).toHaveValue('2083236894');
});

test('real blocks load by height and by seed and verify; a missing height names neighbours', async ({
  page,
}) => {
  await page.goto('./#/header');
  await page.getByTestId('load-height-input').fill('30000');
  await page.getByTestId('load-height').click();
  await expect(page.getByTestId('loaded-origin')).toHaveText(
    'Loaded block 30,000 (from the bundled headers).',
  );
  const index30000 = lookUpHeight(bundled, 30000);
  expect(index30000.found).toBe(true);
  if (index30000.found) {
    await expect(page.getByTestId('raw-header')).toHaveValue(
      bytesToHex(bundled.headers[index30000.index]!),
    );
  }
  expect((await expectVerifiesLikeNode(page)).valid).toBe(true);
  await expect(page.getByTestId('verdict')).toHaveText('✓ valid: hash ≤ target');

  // A height that is not bundled: the message names the nearest ones, computed here too.
  const missing = 20000;
  const lookup = lookUpHeight(bundled, missing);
  expect(lookup.found).toBe(false);
  await page.getByTestId('load-height-input').fill(String(missing));
  await page.getByTestId('load-height').click();
  const problem = page.getByTestId('height-problem');
  await expect(problem).toHaveAttribute('role', 'alert');
  await expect(problem).toContainText('Height 20,000 is not in the bundled set');
  if (!lookup.found) {
    await expect(problem).toContainText(`${lookup.below!.toLocaleString('en')} (below)`);
    await expect(problem).toContainText(`${lookup.above!.toLocaleString('en')} (above)`);
  }
  await page.getByTestId('load-height-input').fill('12x');
  await page.getByTestId('load-height').click();
  await expect(problem).toHaveText('A height is a whole number from 0 upwards.');

  // Random real block: the seed is shown and settable; seed 7 picks what core picks.
  await page.getByTestId('random-seed').fill('7');
  await page.getByTestId('load-random').click();
  const index = randomRecordIndex(7, bundled.count);
  await expect(page.getByTestId('loaded-origin')).toHaveText(
    `Loaded block ${bundled.heights[index]!.toLocaleString('en')}, picked by seed 7.`,
  );
  await expect(page.getByTestId('raw-header')).toHaveValue(bytesToHex(bundled.headers[index]!));
  expect((await expectVerifiesLikeNode(page)).valid).toBe(true);
});

test('bits 1d00ffff give difficulty 1; impossible bits and bad hex are explained inline', async ({
  page,
}) => {
  await page.goto('./#/header');
  await page.getByTestId('load-height-input').fill('300000');
  await page.getByTestId('load-height').click();
  await expect(page.getByTestId('loaded-origin')).toContainText('300,000');
  await expect.poll(() => statValue(page, 'chain-difficulty')).toBeGreaterThan(8e9);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-valid', 'true');

  const bits = page.getByTestId('field-bits');
  await bits.fill('1d00ffff');
  await expect(page.getByTestId('chain-bits')).toHaveText('0x1d00ffff');
  await expect.poll(() => statValue(page, 'chain-difficulty')).toBe(1);
  // Bits are hashed too: the header changed, so the verdict is whatever Node finds for it.
  await expectVerifiesLikeNode(page);
  await expect
    .poll(() => statValue(page, 'chain-expected'))
    .toBeCloseTo(2 ** 32 * (65536 / 65535), -3);

  await bits.fill('04923456');
  await expect(page.getByTestId('bits-problem')).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('bits-problem')).toContainText('negative target');
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await bits.fill('ff123456');
  await expect(page.getByTestId('bits-problem')).toContainText('overflow');
  await bits.fill('1d00zzff');
  await expect(page.getByTestId('field-bits-problem')).toHaveText(
    'Character 5 ("z") is not a hex digit: use 0-9 and a-f.',
  );
  await expect(page.getByTestId('editor-stale')).toBeVisible();

  const raw = page.getByTestId('raw-header');
  await raw.fill('0100000000');
  await expect(page.getByTestId('raw-problem')).toHaveText('Expected 160 hex digits, got 10.');
  await expect(page.getByTestId('raw-problem')).toHaveAttribute('role', 'alert');
  await raw.fill(`zz${'0'.repeat(158)}`);
  await expect(page.getByTestId('raw-problem')).toHaveText(
    'Character 1 ("z") is not a hex digit: use 0-9 and a-f.',
  );
  await page.getByTestId('field-nonce').fill('nine');
  await expect(page.getByTestId('field-nonce-problem')).toHaveText(
    'Use a whole number written with the digits 0-9.',
  );

  // Raw hex typed in full drives the fields: the genesis header again.
  const genesisHex =
    '01000000' +
    '0'.repeat(64) +
    '3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';
  await raw.fill(genesisHex);
  await expect(page.getByTestId('field-nonce')).toHaveValue('2083236893');
  await expect(page.getByTestId('field-bits')).toHaveValue('1d00ffff');
  await expect(page.getByTestId('verify-hash').locator('code.hash')).toHaveAttribute(
    'data-hash',
    GENESIS_HASH,
  );
});

test('the slider is in bits: p = 2^-N, 2^N hashes, one hex zero = 16x', async ({ page }) => {
  await page.goto('./#/header');
  await page.getByTestId('zero-bits-input').fill('40');
  await expect.poll(() => statValue(page, 'slider-p')).toBe(2 ** -40);
  await expect.poll(() => statValue(page, 'slider-expected')).toBe(2 ** 40);
  await expect.poll(() => statValue(page, 'slider-hex-zeros')).toBe(10);
  await expect(page.getByTestId('slider-target').locator('code.hash')).toHaveAttribute(
    'data-hash',
    '0000000000' + 'f'.repeat(54),
  );
  await page.getByTestId('zero-bits-input').fill('32');
  await expect(page.getByTestId('slider-bits')).toHaveText('0x1d00ffff');

  await page.getByTestId('zero-bits-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => statValue(page, 'slider-expected')).toBe(2 ** 33);

  await page.getByTestId('hex-zero-bet').getByLabel('16×').check();
  await page.getByTestId('add-hex-zero').click();
  await expect.poll(() => statValue(page, 'slider-expected')).toBe(2 ** 37);
  await expect(page.getByTestId('hex-zero-reveal')).toContainText('33 → 37 bits');
  await expect(page.getByTestId('hex-zero-reveal')).toContainText('16× more');
  await expect(page.getByTestId('hex-zero-reveal')).toContainText('Your bet: 16×.');

  await page.getByTestId('zero-bits-input').fill('99');
  await expect(page.getByTestId('zero-bits-problem')).toHaveText(
    'Out of range: use a whole number from 1 to 80.',
  );
});

test('the Spanish switch changes the prose and the labels; screenshots', async ({ page }) => {
  await page.goto('./#/header');
  await expect(page.getByText('Every Bitcoin block starts with 80 bytes.')).toBeVisible();
  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'La cabecera del bloque y el objetivo',
  );
  await expect(page.getByText('Cada bloque de Bitcoin empieza con 80 bytes.')).toBeVisible();
  await expect(page.getByTestId('verdict')).toHaveText('✓ válido: hash ≤ objetivo');
  await page.getByTestId('load-height-input').fill('30000');
  await page.getByTestId('load-height').click();
  await expect(page.getByTestId('loaded-origin')).toHaveText(
    'Cargado el bloque 30.000 (de las cabeceras incluidas).',
  );
  await page.getByTestId('lang-en').click();
  await page.getByTestId('load-genesis').click();

  await screenshotAtBothWidths(page, 'header');
});
