/**
 * The elements as an agency embeds them: one script tag from the CDN build, on pages served
 * over HTTP by the demo's server, in Debian's Chromium.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, startDemo } from './demo.js';
import {
  answerQuestions,
  attachPhoto,
  continueTo,
  describeProblem,
  makeJpeg,
  markLocation,
  onStep,
} from './journeys/support.js';

let demo: Awaited<ReturnType<typeof startDemo>>;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function open(path: string, viewport = { width: 390, height: 844 }) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${demo.url}${path}`);
  return { page, errors, requests };
}

const shadowText = (page: Page, tag: string) =>
  page.evaluate(
    (t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
    tag,
  );

describe('one script tag', () => {
  it('loads only the element a page uses: a status page never downloads the form or the map', async () => {
    const { page, requests, errors } = await open('/agency-site/seguimiento.html');
    await expect.poll(() => shadowText(page, 'p311-case-status')).toMatch(/Número de caso/);
    const chunks = requests.filter((p) => p.includes('/chunks/'));
    expect(chunks.some((p) => p.includes('case-status'))).toBe(true);
    expect(chunks.some((p) => /case-form|tow-lookup|map-/.test(p))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks for all the chunks an element needs at once: modulepreload of its import closure', async () => {
    const { page, requests } = await open('/agency-site/seguimiento.html');
    await expect.poll(() => shadowText(page, 'p311-case-status')).toMatch(/Número de caso/);
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
        (link) => new URL(link.href).pathname,
      ),
    );
    // What the CDN build says the status element needs first, the loader aside.
    const { first } = (
      JSON.parse(
        readFileSync(fileURLToPath(new URL('../dist-cdn/downloads.json', import.meta.url)), 'utf8'),
      ) as Record<string, { first: string[] }>
    )['p311-case-status']!;
    const needed = first
      .map((file) => file.replace(/^dist-cdn\/p311\/[^/]+\//, '/cdn/p311/latest/'))
      .filter((path) => !path.endsWith('/p311.js'));
    expect(preloaded.sort()).toEqual(needed.sort());
    // Each chunk came once: the imports found the preloaded modules.
    for (const path of needed) expect(requests.filter((r) => r === path)).toHaveLength(1);
    await page.close();
  });

  it('defines an element added after load', async () => {
    const { page } = await open('/agency-site/seguimiento.html');
    await page.evaluate(() => document.body.append(document.createElement('p311-tow-lookup')));
    await expect
      .poll(() => page.evaluate(() => !!customElements.get('p311-tow-lookup')))
      .toBe(true);
    await page.close();
  });
});

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('runs every element with no violation: status, tow lookup with its map, the form', async () => {
    const { page, errors } = await open('/strict-csp/');
    const violations = () =>
      page.evaluate(() => (window as unknown as { p311Violations: string[] }).p311Violations);
    await expect.poll(() => shadowText(page, 'p311-case-form')).toMatch(/Qué pasó/);

    const tow = page.locator('p311-tow-lookup');
    await tow.getByLabel('Placa').fill('AB1234');
    await tow.getByRole('textbox', { name: /Cédula/ }).fill('8-123-4567');
    await tow.getByRole('button', { name: 'Buscar' }).click();
    await expect
      .poll(() => shadowText(page, 'p311-tow-lookup'), { timeout: 15_000 })
      .toMatch(/Corral/);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            !!document
              .querySelector('p311-tow-lookup')
              ?.shadowRoot?.querySelector('.leaflet-container'),
        ),
      )
      .toBe(true);

    const status = page.locator('p311-case-status');
    const year = new Date(Date.now() - 5 * 3600_000).getUTCFullYear();
    await status.getByLabel('Número de caso').fill(`311-${year}-000001`);
    await status.getByLabel('Código de seguimiento').fill('demo-tracking-token-311');
    await status.getByRole('button', { name: 'Consultar' }).click();
    await expect.poll(() => shadowText(page, 'p311-case-status')).toMatch(/Historial/);

    await page.screenshot({ path: screenshot('strict-csp-es-phone'), fullPage: true });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a photo added to the form with img-src limited to self and data:', async () => {
    const { page, errors } = await open('/strict-csp/');
    const violations = () =>
      page.evaluate(() => (window as unknown as { p311Violations: string[] }).p311Violations);
    // The page's form with a preset service: from the answers straight to its questions.
    await page.evaluate(() => {
      const form = document.querySelector('p311-case-form')!;
      form.setAttribute('entity', 'mop');
      form.setAttribute('service', 'svc-mop-hueco');
    });
    await describeProblem(page);
    await page
      .locator('p311-case-form')
      .getByRole('button', { name: 'Esto no responde mi consulta' })
      .click();
    await onStep(page, 'Detalles del problema');
    await answerQuestions(page);
    await markLocation(page);
    await continueTo(page, 'Fotos');
    await attachPhoto(page, await makeJpeg(page));
    const src = await page.locator('p311-case-form ul.thumbs img').getAttribute('src');
    expect(src).toMatch(/^data:image\/jpeg;base64,/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
