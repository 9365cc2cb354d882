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

const ROUTES = [
  '/',
  '/teach',
  '/glossary',
  '/sources',
  '/about',
  '/no-such-page',
  ...Object.values(CHAPTER_ROUTES),
];

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

/**
 * Every picture a route shows has words: an SVG chart is role="img" with a name (its numbers
 * sit behind the chart frame's "Show as table"), a canvas has a name, and anything decorative is
 * aria-hidden. With reduced motion asked for, nothing on the page animates or transitions.
 */
test('every chart has a text alternative, and reduced motion stops all animation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const route of ROUTES) {
    await page.goto(`./#${route}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(200);
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      const hidden = (el: Element) => el.closest('[aria-hidden="true"]') !== null;
      for (const svg of Array.from(document.querySelectorAll('main svg'))) {
        if (hidden(svg) || svg.parentElement?.closest('svg')) continue;
        const box = svg.getBoundingClientRect();
        if (box.width < 40 && box.height < 40) continue;
        const name = svg.getAttribute('aria-label') ?? svg.getAttribute('aria-labelledby') ?? '';
        if (svg.getAttribute('role') !== 'img' || name.trim() === '') {
          out.push(`svg without role="img" and a name: ${svg.outerHTML.slice(0, 80)}`);
        }
      }
      for (const canvas of Array.from(document.querySelectorAll('main canvas'))) {
        const name = canvas.getAttribute('aria-label') ?? canvas.getAttribute('aria-labelledby');
        if (!hidden(canvas) && !name) out.push('canvas without a name');
      }
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const style = getComputedStyle(el);
        const longest = (list: string) =>
          Math.max(
            ...list.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 1 : 1000)),
          );
        if (style.animationName !== 'none' && longest(style.animationDuration) > 1) {
          out.push(`animation on ${el.tagName}.${el.className}`);
        }
        if (longest(style.transitionDuration) > 1) {
          out.push(`transition on ${el.tagName}.${String(el.className)}`);
        }
      }
      return out;
    });
    expect(problems, `#${route}`).toEqual([]);
  }
});
