/**
 * Screenshots at phone and desktop width, with the check every page must pass at both: no
 * element reaches past the right edge of the viewport (no sideways scrolling).
 */
import { expect, type Page } from '@playwright/test';

export const WIDTHS = [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
] as const;

/** Elements wider than the viewport, as "TAG.class" (at most five). */
export function elementsPastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
      .map((element) => `${element.tagName}.${element.className}`)
      .slice(0, 5);
  });
}

/** Saves artifacts/screenshots/<name>-<width>.png at both widths and checks for overflow. */
export async function screenshotAtBothWidths(page: Page, name: string): Promise<void> {
  for (const { width, height } of WIDTHS) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `artifacts/screenshots/${name}-${width}.png`, fullPage: true });
    expect(
      await elementsPastTheEdge(page),
      `nothing wider than the viewport at ${width}px`,
    ).toEqual([]);
  }
}
