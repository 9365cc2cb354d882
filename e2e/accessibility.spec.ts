/**
 * axe-core on every route, in light and dark: no serious or critical WCAG 2.1 A/AA violation.
 * The chapter list comes from the app's own route table, so a new chapter is checked as soon as
 * it is linked from the home page. One page is also checked after a run, with its results,
 * charts and tables on screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHAPTER_ROUTES } from '../src/app/home/chapters';
import { test, expect } from './support/guarded-test';

const ROUTES = ['/', '/sources', '/about', '/no-such-page', ...Object.values(CHAPTER_ROUTES)];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every route passes axe (${scheme})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ROUTES) {
      await page.goto(`./#${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForTimeout(200);
      expect(await seriousViolations(page), `axe on #${route} (${scheme})`).toEqual([]);
    }
  });
}

test('a chapter with its results on screen passes axe', async ({ page }) => {
  await page.goto('./#/bets');
  await page.getByTestId('bets-lock').click();
  await page.getByTestId('bets-reveal').click();
  await expect(page.getByTestId('bets-status')).toHaveText('Done.', { timeout: 30_000 });
  expect(await seriousViolations(page), 'axe on #/bets after a reveal').toEqual([]);
  await page.getByTestId('bets-chart').getByRole('button', { name: 'Show as table' }).click();
  expect(await seriousViolations(page), 'axe on #/bets with the table shown').toEqual([]);
});
