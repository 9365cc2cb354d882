#!/usr/bin/env node
// Makes sure a Chromium is available for the browser tests and the benchmark, and prints its
// path. If none is found and we are root on a system with apt-get, installs Debian's chromium;
// otherwise exits 1 with one line saying how to fix it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const HOW_TO_FIX =
  'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome executable.';

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && ['/usr/bin/apt-get', '/bin/apt-get'].some((path) => existsSync(path));
}

let path = findChromium();
if (!path && process.env.CHROME_PATH) {
  console.error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file. ${HOW_TO_FIX}`);
  process.exit(1);
}
if (!path && canInstallWithApt()) {
  console.log('Chromium not found; running: apt-get update && apt-get install -y chromium');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error(`apt-get failed. ${HOW_TO_FIX}`);
    process.exit(1);
  }
  path = findChromium();
}
if (!path) {
  console.error(HOW_TO_FIX);
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);
