// Where Chromium is: $CHROME_PATH if set, else the first of the usual Debian/Ubuntu/Chrome
// locations that exists. Shared by scripts/ensure-chromium.mjs, playwright.config.ts and the
// benchmark, so all of them drive the same browser.
import { accessSync, constants } from 'node:fs';

/** The places looked at, in order. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium executable to use, or null when there is none.
 * A CHROME_PATH that is set but not executable also gives null (it is never silently ignored).
 * @returns {string | null}
 */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
}
