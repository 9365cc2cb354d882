/**
 * Chapter 14, "Chain and tampering" (issue 10 §2): nothing mines before a click; Build mines all
 * five blocks with the worker pool and every block is valid; editing a transaction in block 1
 * changes its merkle root and makes it "invalid: hash above target", block 2's prev-hash no longer
 * matches and blocks 3-4 build on an invalid block; the repair cost counts 4 blocks; Re-mine from
 * block 1 makes all valid again; Stop stops; the two-branch chainwork verdict follows the numbers;
 * bad input gets a message; Spanish; screenshots at 360 and 1280 px.
 */
import { test, expect, statValue } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

const BLOCKS = [0, 1, 2, 3, 4];

test('build, tamper, see later blocks fail, see the cost, re-mine, all valid again', async ({
  page,
  watch,
}) => {
  // Real mining of 9 blocks at 16 bits; generous for a loaded machine.
  test.setTimeout(240_000);
  await page.goto('./#/chain?bits=16');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chain and tampering');
  await expect(page.getByTestId('chain-status')).toContainText('Nothing is mined until');
  await page.waitForTimeout(300);
  expect(watch.workerUrls, 'no worker before a click').toEqual([]);
  await expect(page.getByTestId('block-0-verdict')).toContainText('not mined yet');

  await expect(page.getByTestId('chain-mine')).toContainText('Build the chain: 5 blocks');
  await page.getByTestId('chain-mine').click();
  await expect(page.getByTestId('chain-status')).toContainText('Done: 5 blocks mined', {
    timeout: 60_000,
  });
  expect(watch.workerUrls.length).toBeGreaterThan(0);
  for (const i of BLOCKS) {
    await expect(page.getByTestId(`block-${i}-verdict`)).toContainText('valid: hash below target');
    const hash = await page.getByTestId(`block-${i}-hash`).textContent();
    expect(hash, 'a 16-bit block hash starts with four zero hex digits').toMatch(
      /^0000[0-9a-f]{60}$/,
    );
    if (i > 0) {
      // The chain is linked: each prev-hash field is the parent's hash.
      await expect(page.getByTestId(`block-${i}-prev`)).toHaveText(
        (await page.getByTestId(`block-${i - 1}-hash`).textContent())!,
      );
    }
  }
  await expect(page.getByTestId('chain-mine')).toBeDisabled();
  await expect(page.getByTestId('chain-mine')).toHaveText(
    'Every block is valid: nothing to re-mine',
  );

  const rootBefore = await page.getByTestId('block-1-merkle').textContent();
  await page.getByTestId('block-1-tx-0').fill('Alice → Bob: 5000');
  await expect(page.getByTestId('block-1-merkle')).not.toHaveText(rootBefore!);
  await expect(page.getByTestId('block-0-verdict')).toContainText('✓ valid');
  await expect(page.getByTestId('block-1-verdict')).toContainText('invalid: hash above target');
  await expect(page.getByTestId('block-2-verdict')).toContainText(
    'invalid: previous-hash field does not match the hash of block 1',
  );
  await expect(page.getByTestId('block-3-verdict')).toContainText(
    'invalid: builds on an invalid block',
  );
  await expect(page.getByTestId('block-4-verdict')).toContainText(
    'invalid: builds on an invalid block',
  );
  expect(await statValue(page, 'cost-blocks')).toBe(4);
  const costHashes = await statValue(page, 'cost-hashes-stat');
  // 4 blocks of 2^256/(target+1) each, target a hair below 2^240: just over 4 * 65,536.
  expect(costHashes).toBeGreaterThanOrEqual(4 * 65536);
  expect(costHashes).toBeLessThan(4 * 65536 * 1.001);
  expect(await statValue(page, 'cost-rate')).toBeGreaterThan(0);
  await expect(page.getByTestId('chain-cost')).toContainText('means re-mining 4 blocks');
  await expect(page.getByTestId('chain-mine')).toContainText('Re-mine from block 1: 4 blocks');

  await screenshotAtBothWidths(page, '14-tampering');

  await page.getByTestId('chain-mine').click();
  await expect(page.getByTestId('chain-status')).toContainText('Done: 4 blocks mined', {
    timeout: 60_000,
  });
  for (const i of BLOCKS) {
    await expect(page.getByTestId(`block-${i}-verdict`)).toContainText('✓ valid');
  }
  await expect(page.getByTestId('block-1-tx-0')).toHaveValue('Alice → Bob: 5000');

  // A harder difficulty rewrites every bits field: the whole chain must be mined again; Stop.
  await page.getByTestId('chain-bits').selectOption('22');
  await expect(page.getByTestId('block-0-verdict')).toContainText('invalid');
  await expect(page.getByTestId('chain-mine')).toContainText('Re-mine from block 0: 5 blocks');
  await page.getByTestId('chain-mine').click();
  await expect(page.getByTestId('chain-status')).toContainText('Mining block');
  await page.getByTestId('chain-stop').click();
  await expect(page.getByTestId('chain-status')).toContainText('Stopped while mining block');
  await expect(page.getByTestId('chain-mine')).toBeEnabled();
});

test('most work wins, not most blocks: the verdict follows the computed chainwork', async ({
  page,
}) => {
  await page.goto('./#/chain');
  const verdict = page.getByTestId('branch-verdict');
  await expect(verdict).toHaveAttribute('data-winner', 'b');
  await expect(verdict).toContainText('Branch B has more work');
  await expect(verdict).toContainText('The longer branch loses');
  const workA = BigInt((await page.getByTestId('branch-A-work').getAttribute('data-value'))!);
  const workB = BigInt((await page.getByTestId('branch-B-work').getAttribute('data-value'))!);
  expect(workB).toBeGreaterThan(workA);
  await page.getByTestId('branch-B-blocks').fill('1');
  await expect(verdict).toHaveAttribute('data-winner', 'a');
  await expect(verdict).toContainText('the longer branch also has more work');
  await page.getByTestId('branch-B-blocks').fill('abc');
  await expect(page.getByRole('alert')).toContainText('Type a whole number from 1 to 1,000.');
  await expect(verdict).toHaveCount(0);

  await page.getByText('Go deeper: the exact rules used here').click();
  await expect(page.getByTestId('deeper-genesis')).toContainText(
    'Computed now from the genesis block’s bits 0x1d00ffff: 0x100010001.',
  );

  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'La cadena y las manipulaciones',
  );
  await expect(page.getByTestId('chain-mine')).toContainText('Construir la cadena');
});
