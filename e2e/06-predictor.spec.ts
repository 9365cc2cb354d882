/**
 * Chapter 6, "Bring your own predictor" (issue 4, section 3): every hostile or broken input
 * gets its clear message and the page keeps working (a normal run succeeds right after), the
 * sandbox really has no network, code from strings or dynamic import, and an honest run with a
 * fixed seed reports the numbers that seed determines (the same ones the unit test of the
 * runner checks: 121 hits against the counter's 131). Screenshots at both widths.
 */
import type { Page } from '@playwright/test';
import { test, expect, statValue, recordLongTasks, longTasksBetween } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

test.beforeEach(async ({ page }) => {
  await recordLongTasks(page);
});

async function setCode(page: Page, code: string) {
  await page.getByTestId('predictor-code').fill(code);
}

async function run(page: Page) {
  await page.getByTestId('predictor-run').click();
  await expect(page.getByTestId('predictor-run')).toBeEnabled({ timeout: 30_000 });
}

async function expectFailure(page: Page, code: string, message: string | RegExp) {
  await run(page);
  const failure = page.getByTestId('predictor-failure');
  await expect(failure).toHaveAttribute('data-code', code);
  await expect(failure).toContainText(message);
  await expect(failure).toContainText('The page keeps working');
  await expect(page.getByTestId('predictor-status')).toContainText('Nothing was scored.');
}

const COUNTER =
  'function propose(header, budget) { return Array.from({ length: budget }, (_, i) => i); }';

async function expectNormalRun(page: Page) {
  await setCode(page, COUNTER);
  await run(page);
  await expect(page.getByTestId('predictor-status')).toContainText('Done: 32 jobs, 32,768 hashes');
  expect(await statValue(page, 'predictor-ratio')).toBe(1);
}

test("an honest run with seed 2009 reports the seed's numbers and an interval containing 1", async ({
  page,
  watch,
}) => {
  await page.goto('./#/predictor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bring your own predictor');
  await expect(page.getByTestId('predictor-status')).toContainText('Nothing runs until');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);
  await page.getByTestId('predictor-bet').getByRole('radio').nth(1).check();
  await expect(page.getByTestId('predictor-code')).toHaveValue(/return -nonce;/);

  const startedAt = await page.evaluate(() => performance.now());
  await run(page);
  const endedAt = await page.evaluate(() => performance.now());
  await expect(page.getByTestId('predictor-status')).toHaveText(
    'Done: 32 jobs, 32,768 hashes for your predictor.',
  );
  expect(await statValue(page, 'predictor-hits')).toBe(121);
  expect(await statValue(page, 'predictor-counter-hits')).toBe(131);
  await expect(page.getByTestId('predictor-seed-used')).toHaveText('2009');
  const verdict = page.getByTestId('predictor-verdict');
  const low = Number(await verdict.getAttribute('data-low'));
  const high = Number(await verdict.getAttribute('data-high'));
  expect(low).toBeLessThan(121 / 131);
  expect(high).toBeGreaterThan(1);
  await expect(page.getByTestId('predictor-reveal')).toHaveAttribute('data-verdict', 'noEvidence');
  await expect(verdict).toContainText('No evidence of an advantage');
  expect(await statValue(page, 'predictor-own-work')).toBeGreaterThan(0);
  await expect(page.getByTestId('predictor-chart').locator('rect.bar').first()).toBeVisible();
  await page.getByTestId('predictor-chart').getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByTestId('predictor-chart').locator('tbody tr')).toHaveCount(32);
  // Sandbox and evaluation are two different workers.
  expect(watch.workerUrls.some((url) => url.includes('predictor-sandbox'))).toBe(true);
  expect(watch.workerUrls.some((url) => url.includes('predictor-experiment'))).toBe(true);
  const longTasks = await longTasksBetween(page, startedAt, endedAt);
  expect(
    longTasks.filter((task) => task.duration > 200),
    'long tasks',
  ).toEqual([]);
});

test('hostile and broken code each get a clear message, and a normal run works afterwards', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#/predictor');
  const cases: [string, string, string | RegExp][] = [
    ['function score(nonce) { while (true) {} }', 'timeout', 'Stopped after 5 s'],
    [
      'function propose() { throw new Error("not trained yet"); }',
      'threw',
      'threw an error on job 1: not trained yet',
    ],
    [
      'function propose() { const big = new ArrayBuffer(2 ** 30); return []; }',
      'violation',
      'asked for 1 GB of memory (ArrayBuffer)',
    ],
    [
      'function propose() { const big = new Uint8Array(2 ** 30); return []; }',
      'violation',
      '(Uint8Array)',
    ],
    [
      'function propose() { try { fetch("https://example.com/x"); } catch {} return []; }',
      'violation',
      'tried to use fetch',
    ],
    [
      'function propose() { self["import" + "Scripts"]("https://example.com/x.js"); return []; }',
      'violation',
      'tried to use importScripts',
    ],
    [
      'function propose() { importScripts("https://example.com/x.js"); return []; }',
      'forbiddenText',
      'contains “importScripts”',
    ],
    [
      'async function propose() { await import("data:text/javascript,export default 1"); return []; }',
      'forbiddenText',
      'contains “import(”',
    ],
    [
      'function propose() { return (() => 0).constructor("return imp" + "ort(\'data:text/javascript,\')")(); }',
      'violation',
      'run code made from a string',
    ],
    [
      'function propose() { return new WebSocket("wss://example.com"); }',
      'violation',
      'tried to use WebSocket',
    ],
    [
      'function score() { return "high"; }',
      'wrongType',
      'score must return a finite number, but on job 1 it returned a string.',
    ],
    [
      'function propose() { return 42; }',
      'wrongType',
      'propose must return an array of nonces, but on job 1 it returned a number.',
    ],
    ['function propose() { return [1.5]; }', 'badNonce', 'returned 1.5 (a number with a fraction)'],
    [
      'function propose(h, budget) { return new Array(budget + 1).fill(7); }',
      'tooMany',
      'returned 1,025 nonces on job 1',
    ],
    ['function propose( {', 'syntax', 'Your code does not parse'],
    ['const x = 1;', 'noFunction', 'No function named score or propose'],
  ];
  for (const [code, failureCode, message] of cases) {
    await setCode(page, code);
    await expectFailure(page, failureCode, message);
  }
  await expectNormalRun(page);
});

test('the hostile demos from the list fail safely; code over 20,000 characters is refused', async ({
  page,
}) => {
  await page.goto('./#/predictor');
  for (const [example, code] of [
    ['allocate', 'violation'],
    ['tryFetch', 'violation'],
    ['throws', 'threw'],
    ['wrongType', 'wrongType'],
  ]) {
    await page.getByTestId('predictor-example').selectOption(example!);
    await run(page);
    await expect(page.getByTestId('predictor-failure')).toHaveAttribute('data-code', code!);
  }
  await setCode(page, `function propose() { return []; }\n//${'x'.repeat(20_000)}`);
  await expect(page.getByText('the limit is 20,000. Please shorten it.').first()).toBeVisible();
  await expectFailure(page, 'tooLong', 'the limit is 20,000');
  await expectNormalRun(page);
});

test('Stop ends a run at once; Escape then Tab leaves the editor; Spanish', async ({ page }) => {
  await page.goto('./#/predictor');
  await page.getByTestId('predictor-example').selectOption('loopForever');
  await page.getByTestId('predictor-run').click();
  await expect(page.getByTestId('predictor-status')).toContainText('Running your code');
  await page.getByTestId('predictor-stop').click();
  await expect(page.getByTestId('predictor-status')).toHaveText('Stopped. Nothing was scored.');
  await expect(page.getByTestId('predictor-run')).toBeFocused();

  const editor = page.getByTestId('predictor-code');
  await editor.focus();
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();

  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trae tu propio predictor');
  await setCode(page, 'function score() { return "alto"; }');
  await run(page);
  await expect(page.getByTestId('predictor-failure')).toContainText(
    'score debe devolver un número finito, pero en el trabajo 1 devolvió un texto (string).',
  );
});

test('screenshots after an honest run', async ({ page }) => {
  await page.goto('./#/predictor');
  await run(page);
  await expect(page.getByTestId('predictor-reveal')).toBeVisible();
  await screenshotAtBothWidths(page, '06-predictor');
});
