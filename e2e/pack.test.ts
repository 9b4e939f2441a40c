/**
 * The packages exactly as they would be published: packed with `pnpm pack`, installed from
 * the tarballs into a fresh project with npm, and used from there.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['sdk', 'sandbox', 'elements', 'tow-widget'];

it('installs the tarballs in a fresh project and runs the SDK against the packaged sandbox', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'p311-pack-'));
  for (const pkg of PACKAGES) {
    await run('pnpm', ['pack', '--pack-destination', dir], { cwd: join(root, 'packages', pkg) });
  }
  const tarball = (pkg: string) => `file:./panama311-${pkg}-0.1.0.tgz`;
  const deps = Object.fromEntries(PACKAGES.map((pkg) => [`@panama311/${pkg}`, tarball(pkg)]));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: deps,
      overrides: deps,
    }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir });
  await writeFile(
    join(dir, 'use.mjs'),
    `import { spawn } from 'node:child_process';
import { createClient } from '@panama311/sdk';
import { createOperatorClient } from '@panama311/sdk/operator';
const cli = spawn(process.execPath, ['node_modules/@panama311/sandbox/dist/cli.js', '--port', '0']);
const url = await new Promise((ok) => cli.stdout.on('data', (d) => { const m = /listening on (\\S+)/.exec(String(d)); if (m) ok(m[1]); }));
const client = createClient({ apiKey: 'pk_test_pack', baseUrl: url });
const { total } = await client.services.list();
const tows = await client.tows.lookup({ plate: 'AB1234', verifier: { type: 'cedula', value: '8-123-4567' } });
const companies = await createOperatorClient({ apiKey: 'sk_test_pack', baseUrl: url }).companies.list();
const resolved = ['@panama311/elements/define/case-form', '@panama311/elements/define/case-status', '@panama311/elements/shared/map',
  '@panama311/tow-widget/define/tow-lookup', '@panama311/sandbox/browser', '@panama311/sdk/open311'].map((s) => import.meta.resolve(s));
console.log(JSON.stringify({ total, tows: tows.length, companies: companies.length, resolved: resolved.length }));
cli.kill();
`,
  );
  const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: dir });
  const result = JSON.parse(stdout) as Record<string, number>;
  expect(result.total).toBeGreaterThanOrEqual(300);
  expect(result.tows).toBeGreaterThanOrEqual(1);
  expect(result.companies).toBeGreaterThan(0);
  expect(result.resolved).toBe(6);
}, 180_000);
