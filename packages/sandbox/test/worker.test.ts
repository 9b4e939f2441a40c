/**
 * The sandbox served the second way: msw's setupWorker inside a page, answering the SDK from
 * a service worker at a base URL no server listens on.
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../test-support/chromium.mjs';
import { startCli, type RunningCli } from './cli.js';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
let cli: RunningCli;
let browser: Browser;

beforeAll(async () => {
  const site = await mkdtemp(join(tmpdir(), 'p311-worker-'));
  await writeFile(
    join(site, 'index.html'),
    '<!doctype html><title>worker</title><link rel="icon" href="data:,"><script type="module" src="/run.js"></script>',
  );
  await writeFile(join(site, 'run.js'), RUN);
  await copyFile(path('../dist/mockServiceWorker.js'), join(site, 'mockServiceWorker.js'));
  cli = await startCli([
    '--static',
    site,
    '--mount',
    `/sandbox=${path('../dist/bundle')}`,
    '--mount',
    `/cdn/sdk=${path('../../sdk/dist/browser')}`,
  ]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await cli?.stop();
});

it('answers the SDK from a service worker: catalogue, a filed case, a live stream', async () => {
  const page = await browser.newPage();
  const reachedServer: string[] = [];
  page.on('request', (r) => r.url().startsWith(`${cli.url}/v1/`) && reachedServer.push(r.url()));
  await page.goto(cli.url);
  await page.waitForFunction(() => 'run' in window);
  const result = await page.evaluate(() =>
    (window as unknown as { run: () => Promise<Record<string, unknown>> }).run(),
  );
  expect(result.total as number).toBeGreaterThanOrEqual(300);
  expect(result.number).toMatch(/^311-\d{4}-\d{6}$/);
  expect(result).toMatchObject({
    firstType: 'case',
    firstStatus: 'received',
    missing: 'Not found',
  });
  expect(reachedServer).toEqual([]);
});

/** The page's script: plain JavaScript, as a page without a bundler would have it. */
const RUN = `
import { startWorkerSandbox } from '/sandbox/sandbox.js';
import { createClient } from '/cdn/sdk/p311-sdk.js';

window.run = async () => {
  const sandbox = await startWorkerSandbox({ seed: 3 });
  const client = createClient({ apiKey: 'pk_test_worker', baseUrl: 'https://api.311.test', locale: 'en' });
  const { total } = await client.services.list();
  const service = (await client.services.list({ pageSize: 100 })).data.find(
    (s) => s.location !== 'none' && !s.questions.some((q) => q.required && q.variable),
  );
  const receipt = await client.cases.create({
    serviceId: service.id,
    description: 'Filed from a page through the service worker',
    location: { lat: 8.98, lng: -79.52 },
    contact: { anonymous: true },
    consent: true,
  });
  const controller = new AbortController();
  let first;
  for await (const event of client.cases.watch(receipt.number, receipt.token, { signal: controller.signal })) {
    first = event;
    controller.abort();
  }
  const missing = await client.entities.get('nope').catch((e) => e.problem.title);
  sandbox.stop();
  return { total, number: receipt.number, firstType: first.type, firstStatus: first.data.status, missing };
};
`;
