/**
 * The demo as a person meets it: the sandbox CLI serving the example page, the SDK loaded
 * as one ES module, in Debian's Chromium on a phone-sized screen. Also the SDK in a worker.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test-support/chromium.mjs';
import { startCli, type RunningCli } from './cli.js';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const shots = (name: string) => path(`./screenshots/${name}.png`);

let cli: RunningCli;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  cli = await startCli([
    '--speed',
    '60',
    '--static',
    path('../../../examples'),
    '--mount',
    `/cdn/sdk=${path('../../sdk/dist/browser')}`,
  ]);
  browser = await launchChromium();
  page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'es-PA',
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on(
    'console',
    (m) => m.type() === 'error' && problems.push(`console: ${m.text()} ${m.location().url}`),
  );
});
afterAll(async () => {
  await browser?.close();
  await cli?.stop();
});

describe('demo page', () => {
  it('finds the demo tow and moves the truck live', async () => {
    await page.goto(cli.url);
    await page.getByRole('button', { name: 'Buscar' }).click();
    const result = page.locator('#tow-result');
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toMatch(/Siendo remolcado/);
    const truck = () => result.locator('dt:text("Camión") + dd').first().textContent();
    const first = await truck();
    expect(first).toMatch(/^8\.\d{5}, -79\.\d{5}/);
    await expect.poll(truck, { timeout: 10_000 }).not.toBe(first);
    expect(await result.textContent()).not.toContain('AB1234');
    await page.screenshot({ path: shots('demo-tow-es-phone'), fullPage: true });
  });

  it('says clearly what is wrong with a bad plate, before any request', async () => {
    const requests: string[] = [];
    page.on('request', (r) => r.url().includes('/v1/') && requests.push(r.url()));
    await page.getByLabel('Placa').fill('¿?');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await expect.poll(() => page.locator('#plate-error').textContent()).toMatch(/Escriba la placa/);
    expect(await page.getByLabel('Placa').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plate');
    expect(requests).toEqual([]);
  });

  it('follows the demo case live', async () => {
    await expect
      .poll(() => page.getByLabel('Número de caso').inputValue())
      .toMatch(/^311-\d{4}-000001$/);
    await page.getByRole('button', { name: 'Seguir' }).click();
    const result = page.locator('#case-result');
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toMatch(/Fecha límite/);
    await page.screenshot({ path: shots('demo-case-es-phone'), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe('the SDK in a web worker', () => {
  it('calls the API without a DOM and refuses a secret key there', async () => {
    const answer = await page.evaluate(async (origin) => {
      const source = `
        import { createClient, errorCode } from '${origin}/cdn/sdk/p311-sdk.js';
        const client = createClient({ apiKey: 'pk_test_worker', baseUrl: '${origin}' });
        const yards = await client.yards.list();
        let secret;
        try { createClient({ apiKey: 'sk_test_worker', baseUrl: '${origin}' }); } catch (e) { secret = errorCode(e); }
        postMessage({ yards: yards.length, secret, hasDocument: 'document' in globalThis });`;
      const worker = new Worker(
        URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
        { type: 'module' },
      );
      return new Promise((resolve, reject) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message));
      });
    }, cli.url);
    expect(answer).toEqual({ yards: 6, secret: 'secret_key_in_browser', hasDocument: false });
  });
});
