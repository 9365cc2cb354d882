/**
 * The WebGPU path (issue 9) in Chromium with a software adapter (SwiftShader):
 * - the chapter 3 status line measures the GPU on block 0's own nonce window with its real
 *   target: it must report the real nonce 2,083,236,893 and every GPU result must agree with the
 *   CPU (the page checks them; the test re-hashes the block with noble), and its progress is
 *   shown while it runs; Stop (by keyboard) and hiding the page end a measurement and nothing
 *   of it is reported;
 * - the shipped runner (src/workers/gpu-miner.ts, bundled here with esbuild and evaluated in the
 *   page) scans seeded random headers at easy targets on the GPU; the hit lists must equal
 *   @noble/hashes computed here in Node, nonce for nonce;
 * - with the default flags (no adapter) the page says so and uses the CPU.
 * If SwiftShader gives no adapter on a machine, the GPU tests fail with that message rather
 * than pass silently.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { setNonce } from '../src/core/hash/block-header';
import { createRandom } from '../src/core/random';
import { findChromium } from '../scripts/chromium-path.mjs';
import { screenshotAtBothWidths } from './support/screenshots';
import { test, expect } from './support/guarded-test';
import { setVisibility } from './support/visibility';

const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const WEBGPU_ARGS = [
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
  '--enable-features=Vulkan',
];

/** What the esbuild bundle below exposes in the page: the shipped runner and job builder. */
interface BundledRunner {
  openGpuMiner: typeof import('../src/workers/gpu-miner').openGpuMiner;
  createMiningJob: typeof import('../src/core/hash/sha256d-kernel').createMiningJob;
}

async function openMine(page: Page) {
  await page.goto('./#/mine');
  await expect(page.getByTestId('block-fields')).toBeVisible();
}

/** Chapter 3 on block 0 with the GPU line ready (fails if SwiftShader gave no adapter). */
async function openBlock0WithGpu(page: Page) {
  await openMine(page);
  await page.getByTestId('block-pick').selectOption('0');
  const status = page.getByTestId('gpu-status');
  await expect(status, 'SwiftShader gave no adapter here').toHaveAttribute('data-kind', 'ready');
  return status;
}

function nobleHits(header: Uint8Array, start: number, count: number, topMax: number): number[] {
  const hits: number[] = [];
  for (let n = start; n < start + count; n++) {
    const d = sha256(sha256(setNonce(header, n)));
    // Easy targets only constrain the top word: (top word) <= topMax, rest all ones.
    const top = ((d[31]! << 24) | (d[30]! << 16) | (d[29]! << 8) | d[28]!) >>> 0;
    if (top <= topMax) hits.push(n);
  }
  return hits;
}

test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...BASE_ARGS, ...WEBGPU_ARGS],
  },
});

test.describe('with a SwiftShader WebGPU adapter', () => {
  test('measuring the GPU on block 0 finds its real nonce and agrees with the CPU', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const status = await openBlock0WithGpu(page);
    // Every progress text shown while it measures.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __gpuProgress: string[] }).__gpuProgress = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="gpu-progress-text"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('gpu-measure').click();
    await expect(status).toHaveAttribute('data-kind', /measured|disabled|failed/, {
      timeout: 90_000,
    });
    const progress = await page.evaluate(
      () => (window as unknown as { __gpuProgress: string[] }).__gpuProgress,
    );
    console.log(`GPU progress shown: ${progress.join(' | ')}`);
    expect(progress[0]).toMatch(/^0\.0 of about 2 s, 0 nonces hashed/);
    expect(progress.some((text) => /[1-9][\d,]* nonces hashed/.test(text))).toBe(true);
    const text = (await status.textContent()) ?? '';
    expect(text).toContain('real nonce 2,083,236,893');
    const agree = /(\d[\d,]*)\/(\d[\d,]*) results agree/.exec(text);
    expect(agree, text).not.toBeNull();
    expect(agree![1]).toBe(agree![2]);
    expect(Number(agree![2]!.replace(/,/g, ''))).toBeGreaterThan(100);
    await expect(status).toHaveAttribute('data-kind', 'measured');
    const rate = /: ([\d.,]+(?: × 10\S+)?) hashes\/s/.exec(text);
    console.log(`GPU status: ${text}`);
    expect(rate, text).not.toBeNull();
    await screenshotAtBothWidths(page, 'webgpu-measured');
  });

  test('Stop ends a measurement at once, focus follows, and hiding the page stops it', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const status = await openBlock0WithGpu(page);
    await page.getByTestId('gpu-measure').focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveAttribute('data-kind', 'measuring');
    await expect(page.getByLabel('GPU measurement')).toBeVisible();
    const stop = page.getByTestId('gpu-stop');
    await expect(stop, 'focus moved from Measure to Stop').toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveAttribute('data-kind', 'stopped');
    await expect(status).toContainText('Stopped: nothing of that measurement counts.');
    await expect(page.getByTestId('gpu-measure'), 'focus back on Measure').toBeFocused();
    // Nothing of it is reported later.
    await page.waitForTimeout(3_000);
    await expect(status).toHaveAttribute('data-kind', 'stopped');

    await page.getByTestId('gpu-measure').click();
    await expect(status).toHaveAttribute('data-kind', 'measuring');
    await setVisibility(page, 'hidden');
    await expect(status).toHaveAttribute('data-kind', 'stopped');
    await expect(status).toContainText('Stopped because the page was hidden');
    await page.waitForTimeout(3_000);
    await expect(status).toHaveAttribute('data-kind', 'stopped');
  });

  test('the shipped GPU runner matches @noble/hashes on seeded random headers', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const bundle = await build({
      stdin: {
        contents:
          "export { openGpuMiner } from './src/workers/gpu-miner';\n" +
          "export { createMiningJob } from './src/core/hash/sha256d-kernel';\n",
        resolveDir: fileURLToPath(new URL('..', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'gpuMinerUnderTest',
      target: 'es2022',
    });
    await openMine(page);
    // page.evaluate runs through the DevTools protocol, which the page's CSP does not block.
    await page.evaluate(bundle.outputFiles[0]!.text);
    const random = createRandom('webgpu-e2e');
    for (let round = 0; round < 6; round++) {
      const header = Uint8Array.from({ length: 80 }, () => random.nextUint32() & 0xff);
      const start = random.nextUint32() % (2 ** 32 - 5000);
      const count = 1000 + (random.nextUint32() % 3000);
      const topMax = [0x00ffffff, 0x03ffffff, 0x0fffffff][round % 3]!;
      const got = await page.evaluate(
        async ({ header, start, count, topMax }) => {
          const lib = (globalThis as unknown as { gpuMinerUnderTest: BundledRunner })
            .gpuMinerUnderTest;
          const miner = await lib.openGpuMiner((navigator as Navigator & { gpu?: GPU }).gpu);
          if (!miner) return null;
          const target = (BigInt(topMax) << 224n) | ((1n << 224n) - 1n);
          const result = await miner.scan(
            lib.createMiningJob(Uint8Array.from(header), target),
            start,
            count,
          );
          miner.destroy();
          return result;
        },
        { header: [...header], start, count, topMax },
      );
      expect(got, 'SwiftShader gave no adapter here').not.toBeNull();
      const want = nobleHits(header, start, count, topMax);
      expect(got!.overflow).toBe(false);
      expect(got!.hits).toBe(want.length);
      expect(got!.nonces).toEqual(want);
    }
  });
});

test('without a GPU adapter the page says so and uses the CPU', async ({ playwright, baseURL }) => {
  // The project's default flags (--disable-gpu, headless): navigator.gpu exists, no adapter.
  const browser = await playwright.chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [...BASE_ARGS, '--disable-gpu'],
  });
  const page = await browser.newPage({ baseURL });
  await openMine(page);
  const status = page.getByTestId('gpu-status');
  await expect(status).toHaveAttribute('data-kind', 'no-adapter');
  await expect(status).toContainText('No GPU adapter: using the CPU (WASM SIMD kernel).');
  await expect(page.getByTestId('gpu-measure')).toHaveCount(0);
  await browser.close();
});
