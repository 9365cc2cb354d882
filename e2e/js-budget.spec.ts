/**
 * The performance budget: the JavaScript a first visit loads before any chapter (the entry
 * script, what it imports statically and what index.html preloads) is at most 150 kB gzipped,
 * and every chapter is a lazy chunk of its own. Reads the built site in dist/ (`npm run
 * test:e2e` builds it first) and checks the browser really loads no more than that.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/guarded-test';

const BUDGET_BYTES = 150 * 1024;

function gzipped(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

test('the home page loads at most 150 kB of JavaScript (gzip), chapters load lazily', async ({
  page,
}) => {
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) loaded.add(url.pathname.replace(/^\//, ''));
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const files = [...loaded];
  const total = files.reduce((sum, file) => sum + gzipped(`dist/${file}`), 0);
  expect(files.length).toBeGreaterThan(0);
  console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} kB gzip in ${files.length} files`);
  expect(
    total,
    `initial JavaScript ${(total / 1024).toFixed(1)} kB gzip: ${files.join(', ')}`,
  ).toBeLessThanOrEqual(BUDGET_BYTES);
  // No chapter's code is among them: each comes with its route.
  for (const chapter of ['bets-page', 'predictor-page', 'inside-page', 'luck-page', 'mine-page']) {
    expect(
      files.some((f) => f.includes(chapter)),
      `${chapter} is lazy`,
    ).toBe(false);
  }
  await page.goto('./#/bets');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Place your bets');
  expect([...loaded].some((f) => f.includes('bets-page'))).toBe(true);
});
