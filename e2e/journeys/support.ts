/**
 * What the journeys share: a demo server and Debian's Chromium per file, a screenshot of every
 * open page when a test fails, a photo made in the browser, and the citizen's steps through
 * the report form (Spanish, pointer and keyboard as a person uses them).
 */
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Locator,
  Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, screenshot, startDemo, type Demo, type DemoOptions } from '../demo.js';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** Generous, for a shared 2-core machine: a wait that fails here found a real problem. */
export const WAIT = { timeout: 20_000 };
export const LONG = { timeout: 60_000 };

/** A page with what it said it could not do. */
export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a journey ends with none. */
  pageErrors: string[];
}

/**
 * One demo server and one browser for the journeys of a file, each test in its own browser
 * context (its own storage); when a test fails, every page it opened is saved to
 * `e2e/screenshots/<file>-<test>-failed-<n>.png`.
 */
export function journeys(file: string, options: DemoOptions = {}) {
  let demo: Demo | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    demo = await startDemo(options);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  afterEach(async ({ task }) => {
    const open = contexts;
    contexts = [];
    if (task.result?.state === 'fail') {
      const pages = open.flatMap((c) => c.pages());
      for (const [i, page] of pages.entries()) {
        await page
          .screenshot({
            path: screenshot(`${file}-${slug(task.name)}-failed-${i + 1}`),
            fullPage: true,
          })
          .catch(() => {});
      }
    }
    demo?.setFaults();
    for (const context of open) await context.close().catch(() => {});
  });

  return {
    get demo(): Demo {
      if (!demo) throw new Error('the demo server did not start');
      return demo;
    },
    /** A fresh browser context (storage of its own) and a page in it. */
    async open(init: BrowserContextOptions = {}, setUp?: (c: BrowserContext) => Promise<void>) {
      if (!browser) throw new Error('Chromium did not start');
      const context = await browser.newContext({ viewport: PHONE, ...init });
      contexts.push(context);
      await setUp?.(context);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      return { context, page, pageErrors } satisfies Opened;
    },
    /** Saves a screenshot of a key moment: `e2e/screenshots/<file>-<label>.png`. */
    shot: (page: Page, label: string) =>
      page.screenshot({ path: screenshot(`${file}-${label}`), fullPage: true }),
  };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** The element's shadow text, spaces collapsed ('' before it upgrades). */
export const shadowText = (page: Page, tag: string) =>
  page.evaluate(
    (t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
    tag,
  );

/** Waits until the locator shows, then returns its text, spaces collapsed. */
export async function textOf(locator: Locator, wait = WAIT): Promise<string> {
  await locator.first().waitFor({ state: 'visible', ...wait });
  return ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element's shadow text matches. */
export const waitForText = (page: Page, tag: string, pattern: RegExp, wait = WAIT) =>
  expect.poll(() => shadowText(page, tag), { ...wait, interval: 100 }).toMatch(pattern);

/**
 * A real JPEG (a street with a pothole, drawn on an OffscreenCanvas and encoded by the
 * browser), as a phone's camera would hand it over.
 */
export async function makeJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1200, 900);
    const g = canvas.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 900);
    sky.addColorStop(0, '#9cc9f5');
    sky.addColorStop(0.4, '#d8ecfb');
    sky.addColorStop(0.41, '#555');
    sky.addColorStop(1, '#333');
    g.fillStyle = sky;
    g.fillRect(0, 0, 1200, 900);
    g.fillStyle = '#f2c200';
    for (let x = 40; x < 1200; x += 160) g.fillRect(x, 640, 90, 14);
    g.fillStyle = '#1c1410';
    g.beginPath();
    g.ellipse(620, 560, 210, 70, 0.1, 0, Math.PI * 2);
    g.fill();
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  });
  const jpeg = Buffer.from(base64, 'base64');
  expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  return jpeg;
}

/* ---------------- the report form, in Spanish, with a pointer ---------------- */

export const DESCRIPTION_ES =
  'Hay un hueco grande en la calle frente a mi casa desde hace una semana y ya se cayó un motociclista.';

const form = (page: Page) => page.locator('p311-case-form');
const continueButton = (page: Page) =>
  form(page).getByRole('button', { name: 'Continuar', exact: true });

/** Waits for the step whose heading says `title`. */
export async function onStep(page: Page, title: string | RegExp, wait = WAIT) {
  await expect
    .poll(() => textOf(form(page).locator('#step-heading'), wait), { ...wait, interval: 100 })
    .toMatch(typeof title === 'string' ? new RegExp(escape(title)) : title);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Step 1: what happened; the FAQ answers show, and the citizen goes on anyway. */
export async function describeProblem(page: Page, text = DESCRIPTION_ES) {
  await onStep(page, '¿Qué pasó?');
  await form(page).getByLabel('Describa el problema').fill(text);
  await continueButton(page).click();
  const faq = form(page).getByRole('heading', { name: 'Esto podría responder su consulta' });
  await faq.waitFor(WAIT);
  const answers = await textOf(form(page).locator('section.faqs'));
  expect(answers).toMatch(/hueco/i);
  return answers;
}

export async function passFaq(page: Page) {
  await form(page).getByRole('button', { name: 'Esto no responde mi consulta' }).click();
  await onStep(page, 'Elija el servicio');
}

/** Step 2: the service the words suggested. */
export async function chooseService(page: Page) {
  const hueco = form(page).getByRole('radio', { name: /Hueco en la calle/ });
  await hueco.waitFor(WAIT);
  // Suggested from the words, so its category is already chosen and it comes first.
  expect(await textOf(form(page).locator('label[for="service"]'))).toMatch(
    /Hueco en la calle.*Sugerido/,
  );
  await hueco.check();
  await continueButton(page).click();
  await onStep(page, 'Detalles del problema');
}

/** Step 3: the service's questions. */
export async function answerQuestions(page: Page) {
  await form(page).getByRole('radio', { name: 'Del tamaño de una llanta' }).check();
  await form(page)
    .getByLabel(/¿Cuántos huecos hay/)
    .fill('2');
  await form(page).getByRole('radio', { name: 'Avenida o vía principal' }).check();
  await continueButton(page).click();
  await onStep(page, '¿Dónde está el problema?');
}

export const ADDRESS_ES = 'Vía España, frente al Banco Nacional, Bella Vista';

/** Step 4: the address, and the spot marked on the map (open it, click on it). */
export async function markLocation(page: Page) {
  await form(page)
    .getByLabel(/^Dirección/)
    .fill(ADDRESS_ES);
  await form(page).getByRole('button', { name: 'Elegir en el mapa' }).click();
  const map = form(page).locator('#map.leaflet-container');
  await map.waitFor(WAIT);
  const box = await map.boundingBox();
  expect(box?.width).toBeGreaterThan(100);
  await map.click({ position: { x: box!.width * 0.6, y: box!.height * 0.4 } });
  const marked = await textOf(form(page).locator('.point-set'));
  expect(marked).toMatch(/Marcado en el mapa \(\d+\.\d{5}, -\d+\.\d{5}\)/);
  await form(page).locator('.p311-marker-pin').waitFor(WAIT);
  return marked;
}

export async function continueTo(page: Page, title: string) {
  await continueButton(page).click();
  await onStep(page, title);
}

/** Step 5: a photo, prepared in the browser; its thumbnail shows. */
export async function attachPhoto(page: Page, jpeg: Buffer) {
  await form(page)
    .locator('#photo-input')
    .setInputFiles({ name: 'hueco.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  const thumb = form(page).locator('ul.thumbs img');
  await thumb.waitFor(WAIT);
  expect(await thumb.getAttribute('alt')).toBe('Foto 1');
  await expect.poll(() => thumbnailLoaded(thumb), WAIT).toBe(true);
}

/** Whether an image shows pixels (a thumbnail that really loads). */
export const thumbnailLoaded = (img: Locator) =>
  img.evaluate(
    (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
  );

/** Step 6: anonymous, with consent. */
export async function anonymousWithConsent(page: Page) {
  await form(page).getByRole('radio', { name: 'De forma anónima' }).check();
  await form(page)
    .getByRole('checkbox', { name: /Acepto que el 311/ })
    .check();
  await continueButton(page).click();
  await onStep(page, 'Revise y envíe su reporte');
}

/** The review, as text. */
export const reviewText = (page: Page) => textOf(form(page).locator('dl.review'));

export const submitButton = (page: Page) =>
  form(page).getByRole('button', { name: 'Enviar el reporte' });

/** The receipt's case number, once it shows. */
export async function receiptNumber(page: Page, wait = WAIT): Promise<string> {
  const number = await textOf(form(page).locator('[part="receipt"] .number'), wait);
  expect(number).toMatch(/^311-\d{4}-\d{6}$/);
  return number;
}

/**
 * Records, in the page, the elements' events (`window.p311Events`): what the citizen was
 * told the element did, for the test to compare with what the server saw.
 */
export const recordEvents = (context: BrowserContext) =>
  context.addInitScript(() => {
    const log: { type: string; detail: Record<string, unknown> }[] = [];
    (window as unknown as { p311Events: typeof log }).p311Events = log;
    for (const type of ['p311-case-submitted', 'p311-case-updated', 'p311-tow-updated']) {
      addEventListener(type, (e) => {
        const { number, status, queued, previousStatus, id } = e as unknown as Record<
          string,
          unknown
        >;
        log.push({ type, detail: { number, status, queued, previousStatus, id } });
      });
    }
  });

export const events = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { p311Events: { type: string; detail: Record<string, unknown> }[] })
        .p311Events,
  );

/**
 * What the draft store holds in IndexedDB, read the way the element wrote it (`p311`,
 * `drafts`); `undefined` until the element has created the database.
 */
export const storedDraft = (page: Page) =>
  page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'p311')) return undefined;
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('p311');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('drafts')) return undefined;
      const all = await new Promise<unknown[]>((ok, fail) => {
        const r = db.transaction('drafts').objectStore('drafts').getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const draft = all[0] as
        { step: number; data: Record<string, unknown>; photos: { blob: Blob }[] } | undefined;
      return (
        draft && {
          step: draft.step,
          description: draft.data.description,
          answers: draft.data.answers,
          address: draft.data.address,
          point: draft.data.point,
          photos: draft.photos.length,
          photoBytes: draft.photos[0]?.blob.size ?? 0,
        }
      );
    } finally {
      db.close();
    }
  });
