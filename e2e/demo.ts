import { fileURLToPath } from 'node:url';
import { serve } from '@panama311/sandbox/node';
import { chromium, type Browser } from 'playwright-core';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The demo command's server, in process: sandbox API, example pages, the CDN build. */
export function startDemo(options: { speed?: number } = {}) {
  return serve({
    port: 0,
    speed: options.speed ?? 20,
    heartbeatMs: 1000,
    staticDir: path('../examples'),
    mounts: { '/cdn/sdk': path('../packages/sdk/dist/browser'), '/cdn': path('../dist-cdn') },
  });
}

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export const screenshot = (name: string) => path(`./screenshots/${name}.png`);
