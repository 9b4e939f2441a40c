import { fileURLToPath } from 'node:url';
import { serve } from '@panama311/sandbox/node';

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

export const screenshot = (name: string) => path(`./screenshots/${name}.png`);

export { launchChromium } from '../test-support/chromium.js';
