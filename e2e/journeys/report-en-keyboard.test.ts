/**
 * Journey 2: the same report in English with the keyboard only (Tab, Shift+Tab, Enter, Space,
 * arrow keys and typing): no click, no pointer, not even on the map or the file picker. The
 * page is the Spanish MOP site with `<html lang="en">`, as a translated site would set it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DESKTOP, journeys, makeJpeg, textOf, thumbnailLoaded, WAIT } from './support.js';

const j = journeys('journey-2-en-keyboard', { speed: 1 });

const DESCRIPTION =
  'There is a big pothole in the street in front of my house and cars swerve into the other lane.';

/** What has focus, through shadow roots: enough to recognise a control. */
interface Focused {
  tag: string;
  id: string;
  type: string;
  role: string;
  name: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el as HTMLInputElement | null;
    const label = input?.labels?.[0]?.textContent ?? '';
    return {
      tag: el?.localName ?? '',
      id: el?.id ?? '',
      type: input?.type ?? '',
      role: el?.getAttribute('role') ?? '',
      name: (el?.getAttribute('aria-label') || label || el?.textContent || '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80),
    };
  });

/** Presses Tab (or Shift+Tab) until the focused control matches; fails with the path taken. */
async function tabTo(page: Page, match: (f: Focused) => boolean, { back = false, max = 60 } = {}) {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (match(now)) return now;
    path.push(`${now.tag}#${now.id}[${now.name}]`);
  }
  throw new Error(`Tab never reached the control; focus went through:\n${path.join('\n')}`);
}

const byId = (id: string) => (f: Focused) => f.id === id;
const button = (name: string | RegExp) => (f: Focused) =>
  (f.tag === 'button' || f.tag === 'a') &&
  (typeof name === 'string' ? f.name === name : name.test(f.name));

/** Reports every pointer or mouse event to the test, on every page of the context. */
async function watchPointer(context: BrowserContext, seen: string[]) {
  await context.exposeFunction('p311Pointer', (type: string) => void seen.push(type));
  await context.addInitScript(() => {
    const report = (type: string) =>
      void (window as unknown as { p311Pointer: (t: string) => Promise<void> }).p311Pointer(type);
    const types = [
      'pointerdown',
      'pointerup',
      'pointermove',
      'mousedown',
      'mouseup',
      'mousemove',
      'wheel',
      'touchstart',
      'touchend',
      'dblclick',
      'contextmenu',
    ];
    for (const type of types) addEventListener(type, () => report(type), true);
    // A click from Enter or Space has no pointer behind it (detail 0); a mouse click has.
    addEventListener('click', (e) => e.detail > 0 && report('click with a pointer'), true);
  });
}

it('files the report in English by keyboard alone and follows it', async () => {
  const pointer: string[] = [];
  const { page, pageErrors } = await j.open({ viewport: DESKTOP }, async (context) => {
    await watchPointer(context, pointer);
    // The site's language switch set English before the elements upgrade.
    await context.addInitScript(() => {
      const english = () => document.documentElement?.setAttribute('lang', 'en');
      english();
      new MutationObserver(english).observe(document, { childList: true });
    });
  });
  const jpeg = await makeJpeg(page);
  await page.goto(`${j.demo.url}/agency-site/`);
  const form = page.locator('p311-case-form');
  await form.getByRole('heading', { name: 'Report a problem' }).waitFor(WAIT);
  const heading = () => textOf(form.locator('#step-heading'));

  // Step 1: type what happened; the answers come first, and go on anyway.
  await tabTo(page, byId('description'));
  await page.keyboard.type(DESCRIPTION);
  await tabTo(page, button('Continue'));
  await page.keyboard.press('Enter');
  await form.getByRole('heading', { name: 'This may answer your question' }).waitFor(WAIT);
  expect(await focused(page)).toMatchObject({ id: 'faq-heading' });
  expect(await textOf(form.locator('section.faqs'))).toMatch(/Who fixes the potholes/);
  await tabTo(page, button('This did not answer my question'));
  await page.keyboard.press('Enter');

  // Step 2: category with the arrow keys, then the service with Space.
  await expect.poll(heading, WAIT).toMatch(/Choose the service/);
  // The catalogue speaks the page's language (the API answers `Accept-Language: en`).
  await tabTo(page, byId('category'));
  for (let i = 0; i < 12; i++) {
    if ((await form.locator('#category').inputValue()) === 'Roads and streets') break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await form.locator('#category').inputValue()).toBe('Roads and streets');
  const service = await tabTo(page, (f) => f.type === 'radio');
  expect(service.name).toMatch(/Pothole/);
  await page.keyboard.press('Space');
  await tabTo(page, button('Continue'));
  await page.keyboard.press('Enter');

  // Step 3: the questions: radios by Space and arrows, a number typed.
  await expect.poll(heading, WAIT).toMatch(/About the problem/);
  await tabTo(page, byId('q-tamano'));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ id: 'q-tamano-1', name: 'About the size of a tyre' });
  await tabTo(page, byId('q-cantidad'));
  await page.keyboard.type('3');
  await tabTo(page, byId('q-tipo_via'));
  await page.keyboard.press('Space');
  await tabTo(page, button('Continue'));
  await page.keyboard.press('Enter');

  // Step 4: the address typed; the map opened with Enter, moved with arrows, marked with Enter.
  await expect.poll(heading, WAIT).toMatch(/Where is the problem\?/);
  await tabTo(page, byId('address'));
  await page.keyboard.type('Vía España, opposite the Banco Nacional');
  await tabTo(page, button('Choose on a map'));
  await page.keyboard.press('Enter');
  await form.locator('#map.leaflet-container').waitFor(WAIT);
  const map = await tabTo(page, byId('map'));
  expect(map.name).toMatch(/^Map to mark the place/);
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  expect(await textOf(form.locator('.point-set'))).toMatch(
    /Marked on the map \(\d+\.\d{5}, -\d+\.\d{5}\)/,
  );
  await j.shot(page, '1-map-by-keyboard');
  await tabTo(page, button('Continue'));
  await page.keyboard.press('Enter');

  // Step 5: the file picker opened with Space; the photo chosen in it.
  await expect.poll(heading, WAIT).toMatch(/Photos/);
  await tabTo(page, byId('photo-input'));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', WAIT),
    page.keyboard.press('Space'),
  ]);
  await chooser.setFiles({ name: 'pothole.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  const thumb = form.getByRole('img', { name: 'Photo 1' });
  await thumb.waitFor(WAIT);
  await expect.poll(() => thumbnailLoaded(thumb), WAIT).toBe(true);
  await tabTo(page, button('Continue'));
  await page.keyboard.press('Enter');

  // Step 6: anonymous by arrow key, consent by Space.
  await expect.poll(heading, WAIT).toMatch(/Your contact details/);
  await tabTo(page, byId('contact-named'));
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ id: 'contact-anonymous', name: 'Anonymously' });
  await tabTo(page, byId('consent'));
  await page.keyboard.press('Space');
  await tabTo(page, button('Continue'));
  await page.keyboard.press('Enter');

  // Step 7: review and send.
  await expect.poll(heading, WAIT).toMatch(/Check and send your report/);
  const review = await textOf(form.locator('dl.review'));
  expect(review).toContain(DESCRIPTION);
  expect(review).toContain('Pothole');
  expect(review).toContain('About the size of a tyre');
  expect(review).toMatch(/Marked on the map/);
  expect(review).toContain('1 photo');
  expect(review).toContain('Anonymous');
  await j.shot(page, '2-review');
  await tabTo(page, button('Send the report'));
  await page.keyboard.press('Enter');

  const number = await textOf(form.locator('[part="receipt"] .number'));
  expect(number).toMatch(/^311-\d{4}-\d{6}$/);
  expect(await textOf(form.locator('#outcome-heading'))).toBe('Report sent');
  expect(await focused(page)).toMatchObject({ id: 'outcome-heading' });
  const filed = j.demo.sandbox.world.cases.get(number);
  expect(filed).toMatchObject({
    lang: 'en',
    description: DESCRIPTION,
    answers: { tamano: 'mediano', cantidad: 3, tipo_via: 'principal' },
    contact: { anonymous: true },
  });
  expect(filed?.attachments).toHaveLength(1);
  expect(filed?.location?.lat).toBeTypeOf('number');
  await j.shot(page, '3-receipt');

  // The tracking link, followed with Enter.
  await tabTo(page, button('See the case status'));
  await Promise.all([
    page.waitForURL(/\/agency-site\/seguimiento\.html\?case=/, WAIT),
    page.keyboard.press('Enter'),
  ]);
  const status = page.locator('p311-case-status');
  expect(await textOf(status.locator('#case-number'))).toBe(number);
  expect(await textOf(status.locator('[part="status"]'))).toBe('Received');
  expect(await textOf(status.locator('.live'))).toBe('Updates live');
  // An hour later (the sandbox's clock control), the case is with a crew: shown live.
  await j.demo.advance(60);
  await expect
    .poll(() => textOf(status.locator('[part="status"]')), WAIT)
    .toBe('Assigned to a team');
  expect(await textOf(status.locator('[part="timeline"]'))).toMatch(
    /Case filed.*Assigned to a team/,
  );
  await j.shot(page, '4-status');

  expect(pointer).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 180_000);
