/**
 * A Playwright `test` whose page is watched for the two things no page may ever do: log an error
 * (console 'error' or an uncaught exception, which includes CSP violations) and contact any
 * origin other than its own, from the page or from any of its workers. Foreign requests are
 * aborted at the context's router and recorded; every test fails at teardown if either list is
 * not empty.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  workerUrls: string[];
}

const OWN_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** True when `url` is served by `origin` (blob: URLs carry their creator's origin inside). */
export function isOwnOrigin(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'blob:') return new URL(parsed.pathname).origin === origin;
  return OWN_SCHEMES.has(parsed.protocol) || parsed.origin === origin;
}

/** Starts watching a context and its page; the returned lists fill up as things happen. */
export async function watchPage(
  context: BrowserContext,
  page: Page,
  origin: string,
): Promise<PageWatch> {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [], workerUrls: [] };
  const checkUrl = (url: string, from: string) => {
    if (!isOwnOrigin(url, origin)) watch.foreignRequests.push(`${from}: ${url}`);
  };

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isOwnOrigin(url, origin)) return route.continue();
    watch.foreignRequests.push(`routed: ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => checkUrl(request.url(), 'context'));
  page.on('request', (request) => checkUrl(request.url(), 'page'));
  page.on('worker', (worker) => {
    watch.workerUrls.push(worker.url());
    checkUrl(worker.url(), 'worker script');
    worker.on('console', (message) => {
      if (message.type() === 'error') watch.consoleErrors.push(`worker: ${message.text()}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  return watch;
}

/** The origin the tests run against. */
export function originOf(baseURL: string | undefined): string {
  return new URL(baseURL ?? 'http://localhost:4173/').origin;
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ context, page, baseURL }, provide) => {
    const watch = await watchPage(context, page, originOf(baseURL));
    await provide(watch);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  },
});

export { expect };

/** The raw number a stat shows, from its data-value attribute. */
export async function statValue(page: Page, testId: string): Promise<number> {
  const value = await page.getByTestId(testId).getAttribute('data-value');
  return Number(value);
}

/** Records main-thread long tasks (buffered) into window.__longTasks from the first script on. */
export async function recordLongTasks(page: Page): Promise<void> {
  // E2E_CPU_THROTTLE=3 slows the page's CPU 3x (DevTools' CPU throttling): a stress run that
  // shows which long-task checks would fail on a slower or busier machine. Off by default.
  const throttle = Number(process.env.E2E_CPU_THROTTLE ?? 1);
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript(() => {
    const tasks: { startTime: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ startTime: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: the list stays empty and the test says so.
      (window as unknown as { __noLongTaskApi: boolean }).__noLongTaskApi = true;
    }
  });
}

/** Long tasks that started in [fromMs, toMs) of performance.now() time. */
export async function longTasksBetween(page: Page, fromMs: number, toMs: number) {
  return page.evaluate(
    ([from, to]) =>
      (
        window as unknown as { __longTasks: { startTime: number; duration: number }[] }
      ).__longTasks.filter((task) => task.startTime >= from! && task.startTime < to!),
    [fromMs, toMs],
  );
}
