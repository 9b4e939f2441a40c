import { createClient, type Client } from '@panama311/sdk';
import { createOpen311Client } from '@panama311/sdk/open311';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test-support/axe.js';
import { REFLOW_VIEWPORTS, reflowProblems } from '../../../../test-support/reflow.js';
import { sandboxUrl } from '../../test/sandbox.js';
import '../define/case-form.js';
import type { CaseSubmittedEvent, P311CaseForm } from './case-form.js';
import { draftKey, openDraftStore } from './draft-store.js';
import { strings } from './strings.js';

const KEY = 'pk_test_elements';
const FUGA = 'svc-idaan-fuga';
let mounted: HTMLElement[] = [];
let sdk: Client;

beforeAll(() => {
  document.documentElement.lang = 'es';
  sdk = createClient({ apiKey: KEY, baseUrl: sandboxUrl() });
});

afterEach(async () => {
  mounted.forEach((el) => el.remove());
  mounted = [];
  document.documentElement.lang = 'es';
  delete (navigator as { geolocation?: unknown }).geolocation;
  delete (navigator as { onLine?: unknown }).onLine;
  const drafts = openDraftStore();
  await drafts.clear(draftKey({ entity: 'idaan' }));
  await drafts.clear(draftKey({ entity: 'idaan', service: FUGA }));
  drafts.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(`p311-outbox:${draftKey({ entity: 'idaan' })}`);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
});

function mount(attrs: Record<string, string> = {}, client?: P311CaseForm['client']): P311CaseForm {
  const el = document.createElement('p311-case-form');
  el.setAttribute('api-base', sandboxUrl());
  el.setAttribute('api-key', KEY);
  el.setAttribute('entity', 'idaan');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (client) el.client = client;
  document.body.append(el);
  mounted.push(el);
  return el;
}

const root = (el: P311CaseForm) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: P311CaseForm, selector: string) =>
  root(el).querySelector<T>(selector);
const text = (el: P311CaseForm) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: P311CaseForm) =>
  ($(el, '#step-heading') ?? $(el, '#outcome-heading'))?.textContent?.replace(/\s+/g, ' ').trim() ??
  '';
const active = (el: P311CaseForm) => root(el).activeElement as HTMLElement | null;

/** Moves focus with Tab (at most `max` presses) until the field with `id` has it. */
async function tabTo(el: P311CaseForm, id: string, max = 30) {
  for (let i = 0; i < max && active(el)?.id !== id; i++) await userEvent.tab();
  expect(active(el)?.id).toBe(id);
}

/** Types into a field the way an input event would deliver it (for tests not about the keyboard). */
async function fill(el: P311CaseForm, id: string, value: string) {
  const field = $<HTMLInputElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function check(el: P311CaseForm, id: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.click();
  await el.updateComplete;
}

async function press(el: P311CaseForm, selector: string) {
  // The later steps load after the first render: give a cold start time.
  await expect.poll(() => $(el, selector), { timeout: 5000 }).toBeTruthy();
  $(el, selector)!.click();
  await el.updateComplete;
}

async function atStep(el: P311CaseForm, title: string) {
  await expect.poll(() => heading(el), { timeout: 5000 }).toContain(title);
}

function stubGeolocation(result: { lat: number; lng: number } | { error: number }) {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
        setTimeout(() => {
          if ('error' in result)
            fail({
              code: result.error,
              PERMISSION_DENIED: 1,
              message: '',
            } as GeolocationPositionError);
          else
            ok({
              coords: { latitude: result.lat, longitude: result.lng, accuracy: 12 },
              timestamp: Date.now(),
            } as GeolocationPosition);
        }, 10);
      },
    },
  });
}

async function jpeg(name = 'fuga.jpg', width = 1200, height = 900): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#2a6f97';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#f4d35e';
  ctx.beginPath();
  ctx.arc(width / 2, height / 2, height / 4, 0, Math.PI * 2);
  ctx.fill();
  const blob = await new Promise<Blob>((resolve) =>
    canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9),
  );
  return new File([blob], name, { type: 'image/jpeg' });
}

async function addPhotos(el: P311CaseForm, files: File[]) {
  const input = $<HTMLInputElement>(el, '#photo-input')!;
  const transfer = new DataTransfer();
  files.forEach((f) => transfer.items.add(f));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A point in Panama no seeded case is near, different for every test. */
let spot = 0;
const freshPoint = () => ({ lat: 8.4 + (spot++ % 50) * 0.002, lng: -82.43 });

/** Goes through the form with clicks up to the review of a "Fuga de agua" report. */
async function reachReview(
  el: P311CaseForm,
  opts: {
    description?: string;
    point?: { lat: number; lng: number };
    photo?: boolean;
    lang?: 'es' | 'en';
    onStep?: () => Promise<void>;
    /** The backend has no FAQs (Open311): the service step comes straight after. */
    noFaqs?: boolean;
  } = {},
) {
  const t = strings[opts.lang ?? 'es'];
  const step = async (title: string) => {
    await atStep(el, title);
    await opts.onStep?.();
  };
  await fill(el, 'description', opts.description ?? `Fuga de agua en la acera ${Math.random()}`);
  await press(el, '#continue');
  if (!opts.noFaqs) await press(el, '#faq-no');
  await step(t.service);
  if (opts.noFaqs) {
    // No search to suggest the service: choose its category first, as a person would.
    const category = await expect
      .poll(() => $<HTMLSelectElement>(el, '#category'))
      .toBeTruthy()
      .then(() => $<HTMLSelectElement>(el, '#category')!);
    category.value = 'Agua potable';
    category.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }
  await press(el, `input[value="${FUGA}"]`);
  await press(el, '#continue');
  await step(t.questions);
  await check(el, 'q-ubicacion_fuga');
  await fill(el, 'q-dias', '3');
  await press(el, '#continue');
  await step(t.location);
  await fill(el, 'address', 'Calle 50, Obarrio');
  stubGeolocation(opts.point ?? freshPoint());
  await press(el, '#locate');
  await expect.poll(() => text(el)).toContain(t.pointGps);
  await press(el, '#continue');
  await step(t.photos);
  if (opts.photo) {
    await addPhotos(el, [await jpeg()]);
    await expect.poll(() => root(el).querySelectorAll('.thumbs img').length).toBe(1);
    await opts.onStep?.();
  }
  await press(el, '#continue');
  await step(t.contact);
  await check(el, 'contact-anonymous');
  await check(el, 'consent');
  await press(el, '#continue');
  await step(t.review);
}

/** Cases of "Fuga de agua" filed near `point` whose description starts with `prefix`. */
async function filedNear(point: { lat: number; lng: number }, prefix: string) {
  const near = await sdk.cases.nearby({ serviceId: FUGA, ...point, radius: 50 });
  return near.filter((c) => c.summary.startsWith(prefix));
}

describe('<p311-case-form>', () => {
  it('has no accessibility violations on the first step, the FAQ and the service step', async () => {
    const el = mount();
    await el.updateComplete;
    await expectNoAxeViolations(el);
    await fill(el, 'description', 'Hay una fuga de agua en la calle');
    await press(el, '#continue');
    await expect.poll(() => $(el, '#faq-heading')).toBeTruthy();
    await expectNoAxeViolations(el);
    await press(el, '#faq-no');
    await expect.poll(() => $(el, '#service')).toBeTruthy();
    await expectNoAxeViolations(el);
  });

  it('files a report by keyboard alone, with questions, an address, a photo and contact', async () => {
    const t = strings.es;
    const el = mount({ 'status-url': 'https://idaan.gob.pa/seguimiento' });
    const events: CaseSubmittedEvent[] = [];
    el.addEventListener('p311-case-submitted', (e) => events.push(e));
    await el.updateComplete;
    const point = freshPoint();
    stubGeolocation(point);
    const description = `Fuga de agua en la calle frente a la escuela ${Date.now()}`;

    // 1. What happened? The FAQ comes first; "did not answer" goes on.
    await tabTo(el, 'description');
    await userEvent.keyboard(description);
    await tabTo(el, 'continue');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => active(el)?.id).toBe('faq-heading');
    expect(text(el)).toContain('¿Quién repara una fuga dentro de mi casa?');
    await tabTo(el, 'faq-no');
    await userEvent.keyboard('{Enter}');

    // 2. The category comes from the search; the service shows its fulfilment time.
    await atStep(el, t.service);
    expect(active(el)?.id).toBe('step-heading');
    await expect.poll(() => $(el, '#service')).toBeTruthy();
    expect($<HTMLSelectElement>(el, '#category')!.value).toBe('Agua potable');
    expect(text(el)).toContain('Tiempo de atención: 48 horas');
    await tabTo(el, 'service');
    expect($<HTMLInputElement>(el, '#service')!.value).toBe(FUGA);
    await userEvent.keyboard(' ');
    await tabTo(el, 'continue');
    await userEvent.keyboard('{Enter}');

    // 3. Dynamic questions, in order, information-only items as text.
    await atStep(el, t.questions);
    const order = [...root(el).querySelectorAll('.question, .info')].map(
      (n) => n.querySelector('input, select, textarea')?.id ?? n.id,
    );
    expect(order).toEqual([
      'q-aviso_propiedad',
      'q-ubicacion_fuga',
      'q-caudal',
      'q-dias',
      'q-numero_cliente',
    ]);
    expect($(el, '#q-aviso_propiedad')!.tagName).toBe('DIV');
    await tabTo(el, 'q-ubicacion_fuga');
    await userEvent.keyboard(' ');
    await tabTo(el, 'q-dias');
    await userEvent.keyboard('2');
    await tabTo(el, 'continue');
    await userEvent.keyboard('{Enter}');

    // 4. Location: address and landmark typed, the spot from "use my location".
    await atStep(el, t.location);
    await tabTo(el, 'address');
    await userEvent.keyboard('Calle 3ra, casa 14, Barrio Bolívar');
    await tabTo(el, 'landmark');
    await userEvent.keyboard('Frente a la escuela');
    await tabTo(el, 'locate');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => text(el)).toContain(t.pointGps);
    await tabTo(el, 'continue');
    await userEvent.keyboard('{Enter}');

    // 5. A photo (the file chooser is the browser's: the file is set as it would set it).
    await atStep(el, t.photos);
    await tabTo(el, 'photo-input');
    expect($(el, '#photo-input')!.getAttribute('accept')).toBe('image/*');
    await addPhotos(el, [await jpeg()]);
    await expect.poll(() => root(el).querySelectorAll('.thumbs img').length).toBe(1);
    expect($(el, '.thumbs img')!.getAttribute('alt')).toBe('Foto 1');
    expect($(el, '.thumbs button')!.textContent!.trim()).toBe('Quitar la foto 1');
    await tabTo(el, 'continue');
    await userEvent.keyboard('{Enter}');

    // 6. Contact with consent.
    await atStep(el, t.contact);
    await tabTo(el, 'contact-named');
    await userEvent.keyboard(' ');
    await tabTo(el, 'name');
    await userEvent.keyboard('Ana Pérez');
    await tabTo(el, 'email');
    await userEvent.keyboard('ana@example.com');
    await tabTo(el, 'consent');
    await userEvent.keyboard(' ');
    await tabTo(el, 'continue');
    await userEvent.keyboard('{Enter}');

    // 7. Review, then submit.
    await atStep(el, t.review);
    const review = text(el);
    for (const shown of [
      description,
      'Fuga de agua',
      'En la calle',
      'Calle 3ra, casa 14',
      '1 foto',
      'Ana Pérez',
    ])
      expect(review).toContain(shown);
    await tabTo(el, 'submit');
    await userEvent.keyboard('{Enter}');

    await expect.poll(() => heading(el), { timeout: 15_000 }).toBe(t.receiptHeading);
    expect(active(el)?.id).toBe('outcome-heading');
    const number = $(el, '.number')!.textContent!;
    expect(number).toMatch(/^311-\d{4}-\d{6}$/);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.number).toBe(number);
    expect(event!.queued).toBe(false);
    const tracking = new URL(event!.trackingUrl);
    expect(tracking.origin + tracking.pathname).toBe('https://idaan.gob.pa/seguimiento');
    expect(tracking.searchParams.get('case')).toBe(number);
    expect($<HTMLInputElement>(el, '#tracking')!.value).toBe(event!.trackingUrl);
    // Copy: the clipboard, or (where the browser refuses) the link selected to copy by hand.
    await tabTo(el, 'copy');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => $(el, '.receipt [role=status]')?.textContent?.trim())
      .toMatch(new RegExp(`^(${t.copied}|${t.copyFailed.replace(/[.:]/g, '.')})$`));

    const filed = await sdk.cases.get(number, tracking.searchParams.get('token')!);
    expect(filed.description).toBe(description);
    expect(filed.service.id).toBe(FUGA);
    expect(filed.attachments).toHaveLength(1);
    expect(filed.location).toMatchObject({
      ...point,
      address: 'Calle 3ra, casa 14, Barrio Bolívar',
      landmark: 'Frente a la escuela',
    });
    expect(filed.dueAt).toBe(event!.dueAt);
    expect(Date.parse(event!.dueAt)).toBeGreaterThan(Date.now() - 86_400_000);
  });

  it('has no accessibility violations on every later step and the receipt, in English too', async () => {
    for (const lang of ['es', 'en'] as const) {
      const el = mount({ lang });
      await el.updateComplete;
      await reachReview(el, {
        lang,
        photo: lang === 'en',
        onStep: () => expectNoAxeViolations(el),
      });
      await press(el, '#submit');
      await expect.poll(() => heading(el), { timeout: 15_000 }).toBe(strings[lang].receiptHeading);
      await expectNoAxeViolations(el);
      el.remove();
    }
  });

  it('validates each step with an error summary that takes focus and links to the fields', async () => {
    const t = strings.es;
    const el = mount();
    await el.updateComplete;
    await press(el, '#continue');
    const summary = () => $(el, '.error-summary')!;
    await expect.poll(() => active(el)).toBe(summary());
    expect(summary().getAttribute('role')).toBe('alert');
    expect(summary().getAttribute('tabindex')).toBe('-1');
    expect(summary().textContent).toContain(t.descriptionRequired);
    const description = $(el, '#description')!;
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(description.getAttribute('aria-describedby')).toBe('description-hint description-error');
    expect($(el, '#description-error')!.textContent).toBe(t.descriptionRequired);
    (summary().querySelector('a[href="#description"]') as HTMLAnchorElement).click();
    expect(active(el)).toBe(description);
    await userEvent.keyboard('fuga');
    await press(el, '#continue');
    await expect
      .poll(() => summary()?.textContent)
      .toContain('Describa el problema con al menos 10 caracteres.');

    await fill(el, 'description', 'Hay una fuga de agua en la calle');
    await press(el, '#continue');
    await press(el, '#faq-no');
    await atStep(el, t.service);
    await press(el, '#continue');
    await expect.poll(() => summary()?.textContent).toContain(t.serviceRequired);
    await press(el, `input[value="${FUGA}"]`);
    await press(el, '#continue');
    await atStep(el, t.questions);
    expect($(el, '.error-summary')).toBeNull();

    await fill(el, 'q-dias', 'tres');
    await press(el, '#continue');
    await expect.poll(() => active(el)).toBe(summary());
    const links = [...summary().querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(links).toEqual([
      ['#q-ubicacion_fuga', t.answerRequired('¿Dónde está la fuga?')],
      ['#q-dias', t.numberInvalid('¿Hace cuántos días existe la fuga?')],
    ]);
    const group = $(el, '#q-ubicacion_fuga')!.closest('fieldset')!;
    expect(group.getAttribute('aria-describedby')).toBe('q-ubicacion_fuga-error');
    expect($(el, '#q-dias')!.getAttribute('aria-describedby')).toBe('q-dias-error');
    await expectNoAxeViolations(el);
    (summary().querySelector('a[href="#q-dias"]') as HTMLAnchorElement).click();
    expect(active(el)?.id).toBe('q-dias');
    (summary().querySelector('a[href="#q-ubicacion_fuga"]') as HTMLAnchorElement).click();
    expect(active(el)?.id).toBe('q-ubicacion_fuga');
    await userEvent.keyboard(' ');
    await fill(el, 'q-dias', '2');
    await press(el, '#continue');
    await atStep(el, t.location);

    // A service that needs a place says so; an address, a landmark, GPS or the map will do.
    await press(el, '#continue');
    await expect.poll(() => summary()?.textContent).toContain(t.pointRequired);
    (summary().querySelector('a') as HTMLAnchorElement).click();
    expect(active(el)?.id).toBe('address');

    // The same rules in English, the SDK's wording for its input rules.
    el.setAttribute('lang', 'en');
    stubGeolocation(freshPoint());
    await press(el, '#locate');
    await expect.poll(() => text(el)).toContain(strings.en.pointGps);
    await press(el, '#continue');
    await atStep(el, strings.en.photos);
    await press(el, '#continue');
    await atStep(el, strings.en.contact);
    await check(el, 'contact-named');
    await fill(el, 'email', 'ana@');
    await fill(el, 'phone', '12');
    await press(el, '#continue');
    await expect.poll(() => active(el)).toBe(summary());
    expect([...summary().querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      strings.en.nameRequired,
      'Enter a valid e-mail address, for example name@example.com.',
      'Enter a Panamanian phone number of 7 or 8 digits, for example 6123-4567.',
      'You must accept the use of your data to send the report.',
    ]);
    expect(summary().querySelector('h2')!.textContent).toBe(strings.en.errorSummary);
    expect($(el, '#email')!.getAttribute('aria-describedby')).toBe('email-hint email-error');
    expect($(el, '#consent')!.getAttribute('aria-describedby')).toBe('consent-hint consent-error');
  });

  it('searches the answers with words only: no number, e-mail or phone from the text in a URL', async () => {
    const urls: string[] = [];
    // Only requests started by this test: an earlier test's search may still be finishing.
    let since = Infinity;
    const seen = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.startTime >= since && /\/v1\/(faqs|services)\?.*\bq=/.test(e.name)) urls.push(e.name);
    });
    seen.observe({ type: 'resource' });
    const el = mount();
    await el.updateComplete;
    await fill(
      el,
      'description',
      'Fuga de agua frente a la casa 14, llamen a ana@correo.pa o 6123-4567',
    );
    since = performance.now();
    await press(el, '#continue');
    await expect.poll(() => urls.length, { timeout: 10_000 }).toBe(2);
    seen.disconnect();
    for (const url of urls) {
      expect(new URL(url).searchParams.get('q')).toBe('fuga agua frente casa llamen');
      expect(url).not.toMatch(/14|ana|6123/);
    }
  });

  it('shows the answer that solves it and files nothing', async () => {
    const el = mount();
    await el.updateComplete;
    await fill(el, 'description', '¿Quién repara una fuga dentro de mi casa?');
    await press(el, '#continue');
    await expect.poll(() => $(el, '#faq-heading')).toBeTruthy();
    expect(text(el)).toMatch(/la fuga está dentro de su propiedad/);
    await press(el, '.faqs + .actions .secondary');
    await atStep(el, strings.es.solvedHeading);
    expect(active(el)?.id).toBe('outcome-heading');
  });

  it('sends once when the button is pressed twice', async () => {
    let posts = 0;
    const client = createClient({
      apiKey: KEY,
      baseUrl: sandboxUrl(),
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && new URL(request.url).pathname === '/v1/cases') posts++;
        return fetch(request);
      },
    });
    const el = mount({}, client);
    const events: CaseSubmittedEvent[] = [];
    el.addEventListener('p311-case-submitted', (e) => events.push(e));
    await el.updateComplete;
    const point = freshPoint();
    const description = `Doble clic ${Date.now()}: fuga en la acera`;
    await reachReview(el, { description, point });
    const submit = $<HTMLButtonElement>(el, '#submit')!;
    submit.click();
    submit.click();
    await el.updateComplete;
    expect(submit.disabled).toBe(true);
    submit.click();
    await expect.poll(() => heading(el), { timeout: 15_000 }).toBe(strings.es.receiptHeading);
    expect(posts).toBe(1);
    expect(events).toHaveLength(1);
    expect(await filedNear(point, 'Doble clic')).toHaveLength(1);
  });

  it('keeps everything after a server error and retries with the same idempotency key', async () => {
    const keys: string[] = [];
    const fault = `case-form-503-${Math.random()}`;
    const client = createClient({
      apiKey: KEY,
      baseUrl: sandboxUrl(),
      retry: 0,
      hooks: {
        beforeRequest: [
          (request) => {
            if (request.method !== 'POST' || !request.url.endsWith('/v1/cases')) return;
            keys.push(request.headers.get('idempotency-key')!);
            request.headers.set('p311-fault', `status=503; once=${fault}`);
          },
        ],
      },
    });
    const el = mount({}, client);
    const errors: string[] = [];
    el.addEventListener('p311-error', (e) => errors.push(e.code));
    await el.updateComplete;
    const point = freshPoint();
    const description = `Error del servidor ${Date.now()}: fuga`;
    await reachReview(el, { description, point, photo: true });
    await press(el, '#submit');
    await expect
      .poll(() => $(el, '.error-box')?.textContent ?? '')
      .toContain(strings.es.sendFailed);
    expect($(el, '.error-box')!.getAttribute('role')).toBe('alert');
    expect(errors).toEqual(['unavailable']);
    expect(heading(el)).toContain(strings.es.review);
    expect(text(el)).toContain(description);
    expect(text(el)).toContain('1 foto');
    expect($(el, '#submit')!.textContent!.trim()).toBe(strings.es.retry);
    await press(el, '#submit');
    await expect.poll(() => heading(el), { timeout: 15_000 }).toBe(strings.es.receiptHeading);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const filed = await filedNear(point, 'Error del servidor');
    expect(filed).toHaveLength(1);
  });

  it('queues a report made offline and sends it once when the connection returns', async () => {
    let offline = false;
    let posts = 0;
    const client = createClient({
      apiKey: KEY,
      baseUrl: sandboxUrl(),
      retry: 0,
      fetch: (input, init) => {
        if (offline) return Promise.reject(new TypeError('Failed to fetch'));
        const request = new Request(input, init);
        if (request.method === 'POST' && new URL(request.url).pathname === '/v1/cases') posts++;
        return fetch(request);
      },
    });
    const el = mount({}, client);
    const events: CaseSubmittedEvent[] = [];
    el.addEventListener('p311-case-submitted', (e) => events.push(e));
    await el.updateComplete;
    const point = freshPoint();
    await reachReview(el, { description: `Sin conexión ${Date.now()}: fuga`, point, photo: true });

    // The connection drops while the page still thinks it is online.
    offline = true;
    await press(el, '#submit');
    await atStep(el, strings.es.queuedHeading);
    expect(text(el)).toContain(strings.es.queuedText);
    expect(active(el)?.id).toBe('outcome-heading');
    expect(events).toHaveLength(0);

    offline = false;
    dispatchEvent(new Event('online'));
    await expect.poll(() => heading(el), { timeout: 15_000 }).toBe(strings.es.receiptHeading);
    expect(events).toHaveLength(1);
    expect(events[0]!.queued).toBe(true);
    dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 300));
    expect(posts).toBe(1);
    const [filed] = await filedNear(point, 'Sin conexión');
    expect(filed?.number).toBe(events[0]!.number);
    const token = new URL(events[0]!.trackingUrl).searchParams.get('token')!;
    expect((await sdk.cases.get(filed!.number, token)).attachments).toHaveLength(1);
  });

  it('queues without trying when the browser is offline, and sends on load', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const el = mount();
    await el.updateComplete;
    const point = freshPoint();
    await reachReview(el, { description: `Desconectado ${Date.now()}: fuga`, point });
    await press(el, '#submit');
    await atStep(el, strings.es.queuedHeading);
    el.remove();

    delete (navigator as { onLine?: unknown }).onLine;
    const again = mount();
    const events: CaseSubmittedEvent[] = [];
    again.addEventListener('p311-case-submitted', (e) => events.push(e));
    await expect.poll(() => heading(again), { timeout: 15_000 }).toBe(strings.es.receiptHeading);
    expect(events.map((e) => e.queued)).toEqual([true]);
    expect(await filedNear(point, 'Desconectado')).toHaveLength(1);
  });

  it('never wipes a report being written when the queue sends another one', async () => {
    let offline = false;
    const client = createClient({
      apiKey: KEY,
      baseUrl: sandboxUrl(),
      retry: 0,
      fetch: (input, init) =>
        offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
    });
    const writing = mount();
    const queuing = mount({}, client);
    const events: CaseSubmittedEvent[] = [];
    for (const el of [writing, queuing])
      el.addEventListener('p311-case-submitted', (e) => events.push(e));
    await writing.updateComplete;
    await queuing.updateComplete;
    await fill(writing, 'description', 'Otra fuga, en la esquina de enfrente');
    const point = freshPoint();
    await reachReview(queuing, { description: `Dos pestañas ${Date.now()}: fuga`, point });
    offline = true;
    await press(queuing, '#submit');
    await atStep(queuing, strings.es.queuedHeading);

    offline = false;
    dispatchEvent(new Event('online'));
    await expect.poll(() => events.length, { timeout: 15_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toHaveLength(1);
    expect(await filedNear(point, 'Dos pestañas')).toHaveLength(1);
    expect(heading(writing)).toContain(strings.es.describe);
    expect($<HTMLTextAreaElement>(writing, '#description')!.value).toBe(
      'Otra fuga, en la esquina de enfrente',
    );
    if (events[0]!.target === writing)
      expect(text(writing)).toContain(strings.es.earlierSent(events[0]!.number));
  });

  it('restores the draft, photo included, after the element is re-created', async () => {
    const t = strings.es;
    const el = mount();
    await el.updateComplete;
    await fill(el, 'description', 'Fuga de agua que no para desde el lunes');
    await press(el, '#continue');
    await press(el, '#faq-no');
    await press(el, `input[value="${FUGA}"]`);
    await press(el, '#continue');
    await check(el, 'q-ubicacion_fuga-1');
    await fill(el, 'q-dias', '4');
    await press(el, '#continue');
    await fill(el, 'address', 'Vía España');
    stubGeolocation(freshPoint());
    await press(el, '#locate');
    await expect.poll(() => text(el)).toContain(t.pointGps);
    await press(el, '#continue');
    await atStep(el, t.photos);
    await addPhotos(el, [await jpeg('medidor.jpg')]);
    await expect.poll(() => root(el).querySelectorAll('.thumbs img').length).toBe(1);
    // Removed before the debounced save: leaving saves what is pending.
    el.remove();
    const drafts = openDraftStore();
    await expect
      .poll(async () => (await drafts.load(draftKey({ entity: 'idaan' })))?.photos.length)
      .toBe(1);
    drafts.close();

    const again = mount();
    await expect.poll(() => text(again)).toContain(t.draftRestored);
    await atStep(again, t.photos);
    await expect.poll(() => root(again).querySelectorAll('.thumbs img').length).toBe(1);
    const img = $<HTMLImageElement>(again, '.thumbs img')!;
    await expect.poll(() => img.complete && img.naturalWidth).toBeGreaterThan(0);
    await press(again, '#continue');
    await check(again, 'contact-anonymous');
    await check(again, 'consent');
    await press(again, '#continue');
    await atStep(again, t.review);
    expect(text(again)).toContain('Fuga de agua que no para desde el lunes');
    expect(text(again)).toContain('En la acera o la cuneta');
    expect(text(again)).toContain('Vía España');

    await press(again, '.notice button');
    await atStep(again, t.describe);
    expect($<HTMLTextAreaElement>(again, '#description')!.value).toBe('');
    await expect.poll(() => openDraftStore().load(draftKey({ entity: 'idaan' }))).toBeUndefined();
  });

  it('brings a Spanish draft back on an English page with the service and its category chosen', async () => {
    const el = mount();
    await el.updateComplete;
    await fill(el, 'description', 'Fuga de agua en la acera');
    await press(el, '#continue');
    await press(el, '#faq-no');
    await atStep(el, strings.es.service);
    await expect.poll(() => $(el, '#category')).toBeTruthy();
    const spanishCategory = $<HTMLSelectElement>(el, '#category')!.value;
    await press(el, `input[value="${FUGA}"]`);
    el.remove();

    const again = mount({ lang: 'en' });
    await expect.poll(() => text(again)).toContain(strings.en.draftRestored);
    await atStep(again, strings.en.service);
    await expect
      .poll(() => $<HTMLInputElement>(again, `input[value="${FUGA}"]`)?.checked)
      .toBe(true);
    const category = $<HTMLSelectElement>(again, '#category')!.value;
    expect(category).not.toBe('');
    expect(category).not.toBe(spanishCategory);
    // The service's English name, from the API in the page's language.
    const chosen = $<HTMLInputElement>(again, `input[value="${FUGA}"]`)!;
    expect($(again, `label[for="${chosen.id}"]`)!.textContent).toMatch(/leak/i);
  });

  it('offers nearby open cases and counts the citizen in with "this is my problem too"', async () => {
    const point = freshPoint();
    const existing = await sdk.cases.create({
      serviceId: FUGA,
      description: 'Tubo roto en la esquina, sale mucha agua',
      answers: { ubicacion_fuga: 'calle', dias: 1 },
      location: point,
      contact: { anonymous: true },
      consent: true,
    });
    const el = mount();
    const supported: number[] = [];
    el.addEventListener('p311-case-supported', (e) => supported.push(e.supporters));
    await el.updateComplete;
    await fill(el, 'description', 'Hay un tubo roto en la esquina');
    await press(el, '#continue');
    await press(el, '#faq-no');
    await press(el, `input[value="${FUGA}"]`);
    await press(el, '#continue');
    await check(el, 'q-ubicacion_fuga');
    await fill(el, 'q-dias', '1');
    await press(el, '#continue');
    await atStep(el, strings.es.location);
    stubGeolocation({ lat: point.lat + 0.0003, lng: point.lng });
    await press(el, '#locate');
    await expect.poll(() => $(el, '.nearby')?.textContent ?? '').toContain(existing.number);
    expect(text(el)).toContain('Tubo roto en la esquina');
    await expectNoAxeViolations(el);
    const join = [...root(el).querySelectorAll<HTMLButtonElement>('.nearby button')].find((b) =>
      b.textContent!.includes(existing.number),
    )!;
    expect(join.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      `${strings.es.metoo} (${existing.number})`,
    );
    join.click();
    await atStep(el, strings.es.supportedHeading(existing.number));
    expect(supported).toEqual([1]);
    expect((await sdk.cases.get(existing.number, existing.token)).supporters).toBe(1);
  });

  it('takes the citizen back to the field a 422 names, then files', async () => {
    let broken = true;
    const real = createClient({ apiKey: KEY, baseUrl: sandboxUrl() });
    const client = {
      ...real,
      cases: {
        ...real.cases,
        create: (
          input: Parameters<Client['cases']['create']>[0],
          options?: Parameters<Client['cases']['create']>[1],
        ) => {
          const sent = broken
            ? { ...input, answers: { ...input.answers, ubicacion_fuga: 'rio' } }
            : input;
          broken = false;
          return real.cases.create(sent, options);
        },
      },
    };
    const el = mount({}, client);
    await el.updateComplete;
    await reachReview(el, { point: freshPoint() });
    await press(el, '#submit');
    await atStep(el, strings.es.questions);
    await expect.poll(() => active(el)).toBe($(el, '.error-summary'));
    const link = $<HTMLAnchorElement>(el, '.error-summary a')!;
    expect(link.getAttribute('href')).toBe('#q-ubicacion_fuga');
    expect(link.textContent).toBe('Este valor no es válido.');
    expect($(el, '#q-ubicacion_fuga-error')!.textContent).toBe('Este valor no es válido.');
    await check(el, 'q-ubicacion_fuga-2');
    await press(el, '#continue');
    await atStep(el, strings.es.review);
    await press(el, '#submit');
    await expect.poll(() => heading(el), { timeout: 15_000 }).toBe(strings.es.receiptHeading);
  });

  it('explains a refused or failed "use my location", and a spot outside Panama', async () => {
    const t = strings.es;
    const el = mount();
    await el.updateComplete;
    await fill(el, 'description', 'Fuga de agua en la calle principal');
    await press(el, '#continue');
    await press(el, '#faq-no');
    await press(el, `input[value="${FUGA}"]`);
    await press(el, '#continue');
    await check(el, 'q-ubicacion_fuga');
    await fill(el, 'q-dias', '1');
    await press(el, '#continue');
    await atStep(el, t.location);
    for (const [result, message] of [
      [{ error: 1 }, t.geoDenied],
      [{ error: 2 }, t.geoFailed],
      [{ lat: 40.4, lng: -3.7 }, t.outsidePanama],
    ] as const) {
      stubGeolocation(result);
      await press(el, '#locate');
      await expect.poll(() => $(el, '#geo-note')?.textContent?.trim()).toBe(message);
      expect($(el, '#locate')!.getAttribute('aria-describedby')).toBe('geo-note');
      expect(text(el)).not.toContain(t.pointGps);
    }
  });

  it('loads the map only when asked, and marks the spot with the keyboard', async () => {
    const t = strings.es;
    const el = mount();
    await el.updateComplete;
    await fill(el, 'description', 'Fuga de agua en la calle principal');
    await press(el, '#continue');
    await press(el, '#faq-no');
    await press(el, `input[value="${FUGA}"]`);
    await press(el, '#continue');
    await check(el, 'q-ubicacion_fuga');
    await fill(el, 'q-dias', '1');
    await press(el, '#continue');
    await atStep(el, t.location);
    expect($(el, '.leaflet-container')).toBeNull();
    await tabTo(el, 'open-map');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => $(el, '.leaflet-container')).toBeTruthy();
    const map = $(el, '#map')!;
    expect(map.getAttribute('aria-label')).toBe(t.mapLabel);
    expect($(el, '#open-map')!.getAttribute('aria-expanded')).toBe('true');
    map.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => text(el)).toContain(t.pointMap);
    expect($(el, '.p311-marker')).toBeTruthy();
    await press(el, '#continue');
    await atStep(el, t.photos);
  });

  it('explains photos it cannot take, and removes one with its labelled button', async () => {
    const t = strings.es;
    const el = mount();
    await el.updateComplete;
    await reachReview(el, { point: freshPoint() });
    await press(el, '.review .row:nth-of-type(6) button');
    await atStep(el, t.photos);
    await addPhotos(el, [new File(['hola'], 'nota.txt', { type: 'text/plain' })]);
    await expect
      .poll(() => $(el, '#photo-notes')?.textContent?.trim())
      .toBe(t.photoType('nota.txt'));
    expect($(el, '#photo-input')!.getAttribute('aria-describedby')).toContain('photo-notes');
    const six = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => jpeg(`f${i}.jpg`, 320, 240)));
    await addPhotos(el, six);
    await expect
      .poll(() => root(el).querySelectorAll('.thumbs img').length, { timeout: 10_000 })
      .toBe(5);
    expect($(el, '#photo-notes')!.textContent!.trim()).toBe(t.photoCount(5));
    expect($<HTMLInputElement>(el, '#photo-input')!.disabled).toBe(true);
    await press(el, '.thumbs li:nth-child(2) button');
    expect(root(el).querySelectorAll('.thumbs img').length).toBe(4);
    expect(active(el)?.id).toBe('photo-input');
    expect($(el, '[aria-live]')!.textContent).toBe(t.photoRemoved(2));
    await press(el, '#continue');
    await atStep(el, t.review);
    expect(text(el)).toContain('4 fotos');
  });

  it('goes straight to the questions of a preset service', async () => {
    const el = mount({ service: FUGA });
    await el.updateComplete;
    await fill(el, 'description', 'Hay una fuga de agua en la calle');
    await press(el, '#continue');
    await press(el, '#faq-no');
    await atStep(el, strings.es.questions);
    expect(heading(el)).toContain(strings.es.stepOf(2, 6));
    expect($(el, '#q-ubicacion_fuga')).toBeTruthy();
  });

  it('says when the services cannot be loaded, and loads them on retry', async () => {
    const fault = `case-form-services-${Math.random()}`;
    const client = createClient({
      apiKey: KEY,
      baseUrl: sandboxUrl(),
      retry: 0,
      hooks: {
        beforeRequest: [
          (request) => {
            if (new URL(request.url).pathname === '/v1/services')
              request.headers.set('p311-fault', `status=500; once=${fault}`);
          },
        ],
      },
    });
    const el = mount({}, client);
    const errors: string[] = [];
    el.addEventListener('p311-error', (e) => errors.push(e.code));
    await el.updateComplete;
    await fill(el, 'description', 'Hay una fuga de agua en la calle');
    await press(el, '#continue');
    await press(el, '#faq-no');
    await atStep(el, strings.es.service);
    await expect.poll(() => $(el, '[role=alert]')?.textContent ?? '').toMatch(/no se perdió/);
    expect(errors).toContain('server_error');
    await press(el, '[role=alert] + .actions button');
    await expect.poll(() => $(el, '#service')).toBeTruthy();
  });

  it('reports a refused key at once, says so at the service step, and goes on once it is fixed', async () => {
    const el = mount({ 'api-key': 'sk_test_x' });
    const errors: string[] = [];
    el.addEventListener('p311-error', (e) => errors.push(e.code));
    await expect.poll(() => errors).toEqual(['secret_key_in_browser']);
    await fill(el, 'description', 'Hay una fuga de agua en la calle');
    await press(el, '#continue');
    await atStep(el, strings.es.service);
    await expect.poll(() => $(el, '[role=alert]')?.textContent ?? '').toMatch(/clave secreta/);
    el.setAttribute('api-key', KEY);
    await expect.poll(() => $(el, '#category') ?? $(el, '#service')).toBeTruthy();
    expect(errors).toEqual(['secret_key_in_browser']);
  });

  it('files through any Open311 GeoReport v2 server: the sandbox facade, with a photo and questions', async () => {
    const open311 = createOpen311Client({
      endpoint: `${sandboxUrl()}/open311/v2`,
      jurisdictionId: 'idaan',
      apiKey: KEY,
      // The sandbox facade takes a photo as a multipart `media` part.
      media: true,
    });
    const el = mount({}, open311 as unknown as P311CaseForm['client']);
    const events: CaseSubmittedEvent[] = [];
    el.addEventListener('p311-case-submitted', (e) => events.push(e));
    await el.updateComplete;
    const description = `Fuga de agua en la acera, por Open311 ${Math.random()}`;
    await reachReview(el, { description, photo: true, noFaqs: true });
    await press(el, '#submit');
    await expect.poll(() => heading(el), { timeout: 20_000 }).toBe(strings.es.receiptHeading);
    const number = events[0]!.number;
    const filed = await open311.cases.get(number, '');
    expect(filed.description).toBe(description);
    expect(filed.service.id).toBe(FUGA);
    expect(filed.attachments).toHaveLength(1);
    const raw = (await (
      await fetch(`${sandboxUrl()}/open311/v2/requests/${number}.json?extensions=true`)
    ).json()) as unknown[];
    expect(JSON.stringify(raw)).toContain('extended_attributes');
  });

  it('has every string in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k],
      );
    expect(keys(strings.en).sort()).toEqual(keys(strings.es).sort());
    for (const lang of ['es', 'en'] as const)
      for (const [k, v] of Object.entries(strings[lang]))
        expect(
          typeof v === 'function' ? (v as (...a: unknown[]) => string)(1, 2) : v,
          `${lang}.${k}`,
        ).toBeTruthy();
  });

  it('fits 320 px and 200 % zoom at every step, receipt included, with nothing cut off', async () => {
    for (const viewport of REFLOW_VIEWPORTS) {
      await page.viewport(viewport.width, viewport.height);
      const el = mount({ lang: 'en' });
      await el.updateComplete;
      const fits = async () =>
        expect(reflowProblems(el), `${viewport.name}, ${heading(el)}`).toEqual([]);
      await fits();
      await reachReview(el, { lang: 'en', photo: true, onStep: fits });
      await fits();
      await press(el, '#submit');
      await expect.poll(() => heading(el), { timeout: 15_000 }).toBe(strings.en.receiptHeading);
      await fits();
      el.remove();
    }
  });

  it('looks right on a phone, in Spanish and English', async () => {
    await page.viewport(390, 844);
    for (const lang of ['es', 'en'] as const) {
      const t = strings[lang];
      const el = mount({ lang });
      await el.updateComplete;
      // What the phone shows: its viewport, scrolled where the focus took it.
      const shot = (name: string) =>
        page.screenshot({
          path: `../../test/screenshots/case-form-${lang}-${name}.png`,
        });
      await shot('1-describe');
      let questions = false;
      await reachReview(el, {
        lang,
        photo: true,
        description: 'Sale mucha agua de un tubo roto en la acera, frente a la casa 14.',
        onStep: async () => {
          if (heading(el).includes(t.location)) await shot('2b-location');
          if (questions || !heading(el).includes(t.questions)) return;
          questions = true;
          await press(el, '#continue');
          await expect.poll(() => $(el, '.error-summary')).toBeTruthy();
          await shot('2-questions-errors');
        },
      });
      await shot('3-review');
      await press(el, '#submit');
      await expect.poll(() => heading(el), { timeout: 15_000 }).toBe(t.receiptHeading);
      await shot('4-receipt');
      el.remove();
    }
  });
});
