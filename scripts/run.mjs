#!/usr/bin/env node
// The README's two commands on a machine with only Node.js and npm:
//   npm run demo   installs, builds, and serves the sandbox API and the example pages
//   npm test       installs, builds, and runs every check and test
// It brings the pinned pnpm (package.json's packageManager) when the machine lacks it.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const { packageManager } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
);
const version = packageManager.split('@')[1];

function pnpm() {
  try {
    if (execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim() === version)
      return ['pnpm'];
  } catch {
    // Not installed: npx brings the pinned version.
  }
  return ['npx', '-y', `pnpm@${version}`];
}

const [cmd, ...pre] = pnpm();
const run = (...args) => {
  console.log(`\n> pnpm ${args.join(' ')}`);
  const result = spawnSync(cmd, [...pre, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const task = process.argv[2];
if (!['demo', 'test'].includes(task)) {
  console.error('usage: node scripts/run.mjs demo|test');
  process.exit(2);
}
run('install', '--frozen-lockfile');
run('run', task === 'demo' ? 'demo:serve' : 'test:all');
