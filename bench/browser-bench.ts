/**
 * The Chromium half of the benchmark: builds bench/browser/ with Vite into dist-bench/, serves
 * it on 127.0.0.1, opens it in headless Chromium (a fresh profile) with Playwright, and calls
 * `window.runBench`, which measures (a) the kernel, (b) naive @noble/hashes and (c)
 * `crypto.subtle.digest` in module workers: 1 worker, then `navigator.hardwareConcurrency`.
 * The page is built with Vite's production defaults, as the app is, so the kernel is measured as
 * it ships (minified).
 *
 * `runGpuBrowserBench` times the app's WebGPU path twice, in fresh browsers: with Chromium's GPU
 * allowed (`--enable-unsafe-webgpu`, no `--disable-gpu`: a real GPU where the machine has one),
 * and on SwiftShader, Chromium's software adapter, which is a correctness path and never a fast
 * one (the app uses the faster of the CPU and a GPU whose every result the CPU confirmed).
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { findChromium } from '../scripts/chromium-path.mjs';
import type { Browser } from '@playwright/test';
import type {
  BenchWindow,
  BrowserPageResult,
  GpuBenchWindow,
  GpuPageResult,
} from './browser/bench-page-api';
import type { ScheduleOptions } from './interleave';
import type { EnvironmentResult } from './report';
import { serveStatic } from './static-server';

/** Flags for a quiet, reproducible headless run (no GPU, no background traffic). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What the Chromium benchmark measured. */
export interface BrowserBenchResult extends EnvironmentResult {
  chromiumVersion: string;
  userAgent: string;
  hardwareConcurrency: number;
}

const PAGE_ROOT = fileURLToPath(new URL('./browser/', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../dist-bench/', import.meta.url));

/** Builds the benchmark page into dist-bench/ (the project's vite.config.ts is not used). */
export async function buildBenchPage(): Promise<string> {
  await build({
    configFile: false,
    root: PAGE_ROOT,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir: OUT_DIR, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  return OUT_DIR;
}

async function openBenchPage(browser: Browser, url: string, onProgress: (line: string) => void) {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('console', (message) => onProgress(message.text()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await page
    .waitForFunction(() => typeof (window as BenchWindow).runBench === 'function', null, {
      timeout: 30_000,
    })
    .catch((error: unknown) => {
      throw new Error(`the benchmark page did not load: ${pageErrors.join('; ') || error}`);
    });
  return page;
}

/** Chromium's flags for the two GPU runs. */
export const GPU_RUNS = {
  hardware: [...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'), '--enable-unsafe-webgpu'],
  software: [
    ...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'),
    '--enable-unsafe-webgpu',
    '--use-webgpu-adapter=swiftshader',
    '--enable-features=Vulkan',
  ],
} as const;

export interface GpuBenchResult {
  /** With Chromium's GPU allowed: a real adapter, or none. */
  hardware: GpuPageResult;
  /** SwiftShader, the software adapter (correctness only). */
  software: GpuPageResult;
}

/** Builds, serves and times the WebGPU path in the two browsers of GPU_RUNS. */
export async function runGpuBrowserBench(
  durationMs: number,
  onProgress: (line: string) => void = () => {},
): Promise<GpuBenchResult> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: run node scripts/ensure-chromium.mjs');
  const server = await serveStatic(await buildBenchPage());
  const measure = async (kind: keyof typeof GPU_RUNS): Promise<GpuPageResult> => {
    onProgress(`GPU (${kind}): Chromium with ${GPU_RUNS[kind].slice(-3).join(' ')}`);
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...GPU_RUNS[kind]],
    });
    try {
      const page = await openBenchPage(browser, server.url, onProgress);
      return await page.evaluate((ms) => (window as GpuBenchWindow).runGpuBench!(ms), durationMs);
    } finally {
      await browser.close();
    }
  };
  try {
    return { hardware: await measure('hardware'), software: await measure('software') };
  } finally {
    await server.close();
  }
}

/** Builds, serves and runs the page; `onProgress` gets the page's progress lines. */
export async function runBrowserBench(
  schedule: ScheduleOptions,
  onProgress: (line: string) => void = () => {},
): Promise<BrowserBenchResult> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: run node scripts/ensure-chromium.mjs');
  onProgress('Chromium: building bench/browser with Vite');
  const server = await serveStatic(await buildBenchPage());
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await openBenchPage(browser, server.url, onProgress);
    const result: BrowserPageResult = await page.evaluate(
      (options) => (window as BenchWindow).runBench!(options),
      schedule,
    );
    return {
      platformLabel: "crypto.subtle.digest('SHA-256') x2 per nonce, awaited in turn",
      chromiumVersion: browser.version(),
      ...result,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
