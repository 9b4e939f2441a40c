/**
 * The React 19 example (examples/react-app), built by Vite and served by the demo's server:
 * the elements get an injected SDK client as a property, and their events reach React state.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { P311CaseForm, P311CaseStatus } from '@panama311/elements';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, startDemo } from './demo.js';

const built = fileURLToPath(new URL('../examples/react-app/dist/index.html', import.meta.url));

let demo: Awaited<ReturnType<typeof startDemo>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(built)) throw new Error('examples/react-app is not built: run `pnpm build`');
  demo = await startDemo();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function open(path: string) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors: string[] = [];
  const keys = new Set<string>();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/v1/')) keys.add(r.headers()['authorization'] ?? '');
  });
  await page.goto(`${demo.url}${path}`);
  return { page, errors, keys };
}

const form = (page: Page) => page.locator('p311-case-form');

describe('React 19 example', () => {
  it('redirects /react-app/ to the build, where the form renders with the injected client', async () => {
    const { page, errors, keys } = await open('/react-app/');
    await page.waitForURL(/\/react-app\/dist\/$/);
    await form(page).locator('#description').waitFor();
    // React 19 set `client` and `entity` as properties (not attributes); no key attribute.
    const wiring = await form(page).evaluate((el: P311CaseForm) => ({
      client: typeof el.client?.services.list,
      entity: el.entity,
      attributes: el.getAttributeNames(),
    }));
    expect(wiring).toEqual({ client: 'function', entity: 'idaan', attributes: ['lang'] });
    await expect.poll(() => [...keys]).toEqual(['Bearer pk_test_demo']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('files a case: p311-case-submitted reaches React state, which shows the case status', async () => {
    const { page, errors } = await open('/react-app/dist/');
    const f = form(page);
    await f.locator('#description').fill(`Fuga de agua en la acera ${Date.now()}`);
    await f.locator('#continue').click();
    await f.locator('#faq-no').click();
    await f.locator('input[value="svc-idaan-fuga"]').click();
    await f.locator('#continue').click();
    await f.locator('#q-ubicacion_fuga').click();
    await f.locator('#q-dias').fill('3');
    await f.locator('#continue').click();
    await f.locator('#address').fill('Calle 50, Obarrio');
    await f.locator('#continue').click();
    await f.locator('#continue').click(); // no photos
    await f.locator('#contact-anonymous').click();
    await f.locator('#consent').click();
    await f.locator('#continue').click();
    await f.locator('#submit').click();

    // Rendered by React from the event's fields, then the status element with number + token.
    const filed = page.getByTestId('filed');
    await expect
      .poll(() => filed.textContent(), { timeout: 15_000 })
      .toMatch(/Caso 311-\d{4}-\d{6}/);
    const number = (await filed.textContent())!.match(/311-\d{4}-\d{6}/)![0];
    const status = page.locator('p311-case-status');
    await expect
      .poll(() => status.evaluate((el: P311CaseStatus) => [el.number, el.token.length > 0]))
      .toEqual([number, true]);
    // p311-case-loaded reached React state too.
    await expect.poll(() => page.getByTestId('status').textContent()).toMatch(/received/);
    await expect.poll(() => status.locator('#case-number').textContent()).toBe(number);
    await page.screenshot({ path: screenshot('react-app-es-phone'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
