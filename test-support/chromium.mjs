// Plain JavaScript (with chromium.d.mts), so the TypeScript suites and the plain-Node
// benchmarks launch the same browser the same way.
import { chromium } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser), as root, without the network it cannot reach. */
export const CHROMIUM = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

export const launchChromium = () => chromium.launch(CHROMIUM);
