/**
 * For teachers and Glossary (issue 8): both pages render in English and Spanish with their three
 * lesson plans and their terms; a glossary term link scrolls to and focuses the term, and a
 * shared `#/glossary?term=…` link lands on it; print media hides the site header and footer,
 * shows every answer, and prints chapter addresses; screenshots at 360/1280 and in print.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/guarded-test';
import { screenshotAtBothWidths } from './support/screenshots';

test('the teacher guide shows three 45-minute plans with chapter links, in English and Spanish', async ({
  page,
}) => {
  // Four full-page screenshots of a long page: slow on a loaded machine.
  test.setTimeout(240_000);
  await page.goto('./#/teach');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For teachers: lesson plans');
  await expect(page).toHaveTitle('For teachers: lesson plans · Nonce Sense');
  for (const id of ['lesson-secondary', 'lesson-university', 'lesson-security']) {
    const lesson = page.getByTestId(`lesson-${id}`);
    await expect(lesson.locator('tfoot')).toContainText('45');
    await expect(lesson.locator('details').first()).not.toHaveAttribute('open');
  }
  const secondary = page.getByTestId('lesson-lesson-secondary');
  await expect(secondary.getByRole('link', { name: 'Mine a block' })).toHaveAttribute(
    'href',
    '#/mine',
  );
  // An answer is collapsed until asked for.
  const firstAnswer = secondary.locator('details').first();
  await expect(firstAnswer.getByText('About half of its 256 bits')).toBeHidden();
  await firstAnswer.locator('summary').click();
  await expect(firstAnswer.getByText('About half of its 256 bits')).toBeVisible();
  // Chapter links navigate.
  await page
    .getByTestId('lesson-lesson-university')
    .getByRole('link', { name: 'Place your bets' })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/bets$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For teachers: lesson plans');
  await screenshotAtBothWidths(page, 'guide-teach-en');

  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Para docentes: planes de clase',
  );
  await expect(page.getByTestId('lesson-lesson-secondary')).toContainText(
    'Secundaria: minar es una lotería',
  );
  await expect(
    page.getByTestId('lesson-lesson-secondary').getByRole('link', { name: 'Mina un bloque' }),
  ).toHaveAttribute('href', '#/mine');
  await screenshotAtBothWidths(page, 'guide-teach-es');
});

test('print media hides the site frame, opens every answer and prints chapter addresses', async ({
  page,
}) => {
  await page.goto('./#/teach');
  await expect(page.locator('.site-header')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByTestId('guide-print')).toBeHidden();
  const answers = page.locator('.lesson-questions details');
  const count = await answers.count();
  expect(count).toBeGreaterThanOrEqual(12);
  // Without anyone opening them, every answer's text is rendered in print.
  for (let i = 0; i < count; i++) {
    await expect(answers.nth(i).locator('p').first()).toBeVisible();
  }
  const after = await page
    .locator('a.chapter-link')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('#/hash');
  const breakBefore = await page
    .getByTestId('lesson-lesson-university')
    .evaluate((s) => getComputedStyle(s).breakBefore);
  expect(breakBefore).toBe('page');
  const colour = await page
    .locator('.lesson-plan h2')
    .first()
    .evaluate((h) => getComputedStyle(h).color);
  expect(colour).toBe('rgb(0, 0, 0)');
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.screenshot({ path: 'artifacts/screenshots/guide-teach-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The print button opens the answers before printing (print() itself is stubbed here).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByTestId('guide-print').click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  const open = await answers.evaluateAll((ds) => ds.every((d) => (d as HTMLDetailsElement).open));
  expect(open).toBe(true);
});

test('the glossary lists its terms alphabetically, and term links scroll to the term', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./#/glossary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect(page).toHaveTitle('Glossary · Nonce Sense');
  const terms = await page.locator('.glossary-list dt').allTextContents();
  expect(terms.length).toBeGreaterThanOrEqual(30);
  expect(terms[0]).toBe('51 % attack');
  expect(terms).toContain('Positive control');
  await expect(page.getByTestId('glossary-nonce').getByRole('link')).toHaveAttribute(
    'href',
    '#/mine',
  );

  const index = page.getByRole('navigation', { name: 'Terms' });
  await index.getByRole('link', { name: 'Positive control' }).click();
  const term = page.locator('#term-positive-control');
  await expect(term).toBeFocused();
  await expect(term).toBeInViewport();
  expect(new URL(page.url()).hash).toBe('#/glossary?term=positive-control');
  await screenshotAtBothWidths(page, 'guide-glossary-en');

  // A shared link lands on its term, in Spanish too.
  await page.goto('./#/about');
  await page.getByTestId('lang-es').click();
  await page.goto('./#/glossary?term=merkle-root');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosario');
  await expect(page.locator('#term-merkle-root')).toHaveText('Raíz de Merkle');
  await expect(page.locator('#term-merkle-root')).toBeInViewport();
  const termsEs = await page.locator('.glossary-list dt').allTextContents();
  expect(termsEs.length).toBe(terms.length);
  expect(termsEs).toContain('Objetivo (target)');
  await screenshotAtBothWidths(page, 'guide-glossary-es');
});

test('both pages pass axe in light and dark, in English and Spanish', async ({ page }) => {
  test.setTimeout(300_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const lang of ['en', 'es'] as const) {
      await page.goto('./#/about');
      await page.getByTestId(`lang-${lang}`).click();
      for (const route of ['/teach', '/glossary']) {
        await page.goto(`./#${route}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious, `axe on #${route} (${scheme}, ${lang})`).toEqual([]);
      }
    }
  }
});
