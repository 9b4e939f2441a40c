/**
 * Host pages that fight back: a hostile stylesheet, and an API whose every text carries
 * markup and script. The elements keep their layout and never turn server text into markup.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '@panama311/sandbox/node';
import { launchChromium, screenshot } from './demo.js';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const year = new Date(Date.now() - 5 * 3600_000).getUTCFullYear();
let demo: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

const HOSTILE_CSS = `
* { font-size: 40px !important; line-height: 3 !important; color: lime !important; letter-spacing: 4px !important; }
button, input, select, textarea { display: none !important; }
div, p, section { padding: 50px !important; border: 10px dashed red !important; }
p311-case-form, p311-tow-lookup, p311-case-status { font-family: "Comic Sans MS", cursive !important; }
`;

// Every free-text string the API returns gets markup that would run if it ever became HTML.
const PAYLOAD = `<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script>"'><svg onload="window.__xss=1">`;
const HOSTILE_API = `
import { createClient } from '/cdn/sdk/p311-sdk.js';
const KEEP = new Set(['id','number','token','status','type','datatype','unit','kind','currency','code','key','lang','opens','closes','state','pointer','asOf','at','zone','phone','website']);
const poison = (value, key) => {
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  if (typeof value !== 'string' || KEEP.has(key) || /(Id|At|Raw)$/.test(key ?? '')) return value;
  return value + ${JSON.stringify(PAYLOAD)};
};
const hostileFetch = async (input, init) => {
  const response = await fetch(input, init);
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('event-stream')) {
    const text = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new TransformStream({
      transform(chunk, c) { c.enqueue(chunk.replace(/^data: (.*)$/gm, (_, json) => 'data: ' + JSON.stringify(poison(JSON.parse(json))))); },
    })).pipeThrough(new TextEncoderStream());
    return new Response(text, { status: response.status, headers: response.headers });
  }
  if (!type.includes('json') || response.status === 304) return response;
  return new Response(JSON.stringify(poison(await response.json())), { status: response.status, headers: response.headers });
};
const client = createClient({ apiKey: 'pk_test_hostile', baseUrl: location.origin, fetch: hostileFetch });
for (const el of document.querySelectorAll('p311-case-status, p311-tow-lookup, p311-case-form')) el.client = client;
window.ready = true;
`;

beforeAll(async () => {
  const site = await mkdtemp(join(tmpdir(), 'p311-hostile-'));
  await writeFile(join(site, 'hostile.css'), HOSTILE_CSS);
  await writeFile(join(site, 'hostile-api.js'), HOSTILE_API);
  const page = (
    head: string,
  ) => `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">${head}
<script type="module" src="/cdn/p311/latest/p311.js"></script></head><body>
<p311-case-status api-base="/" api-key="pk_test_hostile" number="311-${year}-000001" token="demo-tracking-token-311"></p311-case-status>
<p311-tow-lookup api-base="/" api-key="pk_test_hostile" tile-url="/strict-csp/tile.svg"></p311-tow-lookup>
<p311-case-form entity="idaan" api-base="/" api-key="pk_test_hostile"></p311-case-form></body></html>`;
  await writeFile(join(site, 'styles.html'), page('<link rel="stylesheet" href="hostile.css">'));
  await writeFile(
    join(site, 'api.html'),
    page('<script type="module" src="hostile-api.js"></script>'),
  );
  demo = await serve({
    port: 0,
    staticDir: path('../examples'),
    mounts: {
      '/hostile': site,
      '/cdn/sdk': path('../packages/sdk/dist/browser'),
      '/cdn': path('../dist-cdn'),
    },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const inShadow = <T>(page: Page, tag: string, fn: string) =>
  page.evaluate(([t, f]) => new Function('root', f)(document.querySelector(t!)!.shadowRoot) as T, [
    tag,
    fn,
  ] as const);

describe('a hostile host page', () => {
  it('keeps the elements readable and usable under !important resets on *, button and input', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${demo.url}/hostile/styles.html`);
    await expect
      .poll(() => inShadow<string>(page, 'p311-case-status', 'return root.textContent'), {
        timeout: 15_000,
      })
      .toMatch(/Historial/);
    for (const tag of ['p311-case-status', 'p311-tow-lookup', 'p311-case-form']) {
      const style = await inShadow<{ display: string; fontSize: string; color: string }>(
        page,
        tag,
        'const b = root.querySelector("button"); const s = getComputedStyle(b); return { display: s.display, fontSize: s.fontSize, color: s.color };',
      );
      expect(style.display).not.toBe('none');
      expect(parseFloat(style.fontSize)).toBeLessThan(24);
      expect(style.color).not.toBe('rgb(0, 255, 0)');
    }
    await page.screenshot({ path: screenshot('hostile-styles-es-phone'), fullPage: true });
    await page.close();
  });
});

describe('an API whose texts carry markup', () => {
  it('shows every server string as text: nothing runs, no element is created from it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => void dialogs.push(d.message()));
    await page.goto(`${demo.url}/hostile/api.html`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
    // The status element fetched before the client was injected: look the case up again with it.
    await page.evaluate(() => {
      const el = document.querySelector('p311-case-status')!;
      el.setAttribute('token', 'x');
      el.setAttribute('token', 'demo-tracking-token-311');
    });
    await expect
      .poll(() => inShadow<string>(page, 'p311-case-status', 'return root.textContent'), {
        timeout: 15_000,
      })
      .toContain('<img src=x');

    const tow = page.locator('p311-tow-lookup');
    await tow.getByLabel('Placa').fill('AB1234');
    await tow.getByRole('textbox', { name: /Cédula/ }).fill('8-123-4567');
    await tow.getByRole('button', { name: 'Buscar' }).click();
    await expect
      .poll(() => inShadow<string>(page, 'p311-tow-lookup', 'return root.textContent'), {
        timeout: 15_000,
      })
      .toContain('onerror');

    const form = page.locator('p311-case-form');
    await form.getByRole('textbox').first().fill('Hay una fuga de agua en la calle desde ayer');
    await form.getByRole('button', { name: 'Continuar' }).click();
    await expect
      .poll(() => inShadow<string>(page, 'p311-case-form', 'return root.textContent'), {
        timeout: 15_000,
      })
      .toContain('onerror');

    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    const injected = await page.evaluate(() =>
      ['p311-case-status', 'p311-tow-lookup', 'p311-case-form'].map(
        (t) =>
          document
            .querySelector(t)!
            .shadowRoot!.querySelectorAll('img[onerror], script, svg[onload]').length,
      ),
    );
    expect(injected).toEqual([0, 0, 0]);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: screenshot('hostile-api-es-phone'), fullPage: true });
    await page.close();
  });
});
