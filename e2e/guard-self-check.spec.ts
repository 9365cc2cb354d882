/**
 * The checks the other specs rely on must be able to fail. With a deliberately misbehaving
 * page, the watch records a request to another origin made from a worker (the page's meta CSP
 * does not cover a worker's own script), a CSP violation in the page, and a long task.
 */
import { test as base, expect } from '@playwright/test';
import { longTasksBetween, originOf, recordLongTasks, watchPage } from './support/guarded-test';

base(
  'the watch catches foreign requests from workers, CSP errors and long tasks',
  async ({ context, page, baseURL }) => {
    const watch = await watchPage(context, page, originOf(baseURL));
    await recordLongTasks(page);
    await page.goto('./');
    await page.route('**/self-check.worker.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "fetch('http://example.invalid/from-worker').catch(() => {}); postMessage('sent');",
      }),
    );
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          new Worker('./self-check.worker.js').onmessage = resolve;
        }),
    );
    await page.evaluate(() => fetch('http://example.invalid/from-page').catch(() => {}));
    const before = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      // A real task (a timer), so the Long Tasks API sees it; evaluate itself is not counted.
      setTimeout(() => {
        const start = performance.now();
        while (performance.now() - start < 300);
      }, 0);
    });
    await expect
      .poll(async () => (await longTasksBetween(page, before, Infinity)).length)
      .toBeGreaterThan(0);

    await expect
      .poll(() => watch.foreignRequests.join('\n'))
      .toContain('routed: http://example.invalid/from-worker');
    expect(watch.consoleErrors.join('\n')).toContain('Content Security Policy');
    expect(watch.workerUrls).toContain(new URL('self-check.worker.js', baseURL).href);
  },
);
