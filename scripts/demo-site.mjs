#!/usr/bin/env node
// The demo's site in one place: what the sandbox serves beside its API. `pnpm demo:serve` runs
// this file (the sandbox's CLI with these pages, kept data and any extra flags you pass);
// e2e/demo.ts and the benches import DEMO_SITE to serve the same pages in process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));

export const DEMO_SITE = {
  /** Virtual minutes per real minute: a case moves on within a demo. */
  speed: 20,
  /** The example pages, at `/`. */
  staticDir: repo('examples'),
  /** The SDK's browser build, the CDN build and the docs (the longer prefix first). */
  mounts: {
    '/cdn/sdk': repo('packages/sdk/dist/browser'),
    '/cdn': repo('dist-cdn'),
    '/docs': repo('docs'),
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = [
    repo('packages/sandbox/dist/cli.js'),
    ...['--speed', String(DEMO_SITE.speed), '--data', repo('.sandbox-data.json')],
    ...['--static', DEMO_SITE.staticDir],
    ...Object.entries(DEMO_SITE.mounts).flatMap(([at, dir]) => ['--mount', `${at}=${dir}`]),
    ...process.argv.slice(2),
  ];
  const { status, signal } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(status ?? (signal ? 0 : 1));
}
