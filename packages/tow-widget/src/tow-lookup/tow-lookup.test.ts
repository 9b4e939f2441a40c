import { formatMoney } from '@panama311/elements/shared';
import { createClient, formatMessage, type Tow, type TruckPosition } from '@panama311/sdk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test-support/axe.js';
import { REFLOW_VIEWPORTS, reflowProblems } from '../../../../test-support/reflow.js';
import type { CreatedTow, Point } from '../../test/fleet.js';
import { advanceSandbox, feedSandboxUrl, sandboxUrl } from '../../test/sandbox.js';
import '../define/tow-lookup.js';
import { feesNow, formatClock, yardOpenState } from './details.js';
import type { P311TowLookup, TowFoundEvent, TowUpdatedEvent } from './tow-lookup.js';
import { strings } from './strings.js';

const KEY = 'pk_test_tow_widget';
const TILES = () => `${location.origin}/test/fixtures/tile.svg?{z}/{x}/{y}`;
/** Calzada de Amador: far enough from the Albrook yard that the fleet's truck tows for ~24 minutes. */
const AMADOR = { lat: 8.915, lng: -79.53, address: 'Calzada de Amador, frente al Biomuseo' };
const ALBROOK = { id: 'yard-albrook', lat: 8.979, lng: -79.5525 };

let mounted: HTMLElement[] = [];

beforeAll(() => {
  document.documentElement.lang = 'es';
});
afterEach(() => {
  mounted.forEach((el) => el.remove());
  mounted = [];
  document.documentElement.lang = 'es';
});

function mount(
  attrs: Record<string, string> = {},
  client?: P311TowLookup['client'],
): P311TowLookup {
  const el = document.createElement('p311-tow-lookup');
  el.setAttribute('api-base', sandboxUrl());
  el.setAttribute('api-key', KEY);
  el.setAttribute('tile-url', TILES());
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (client) el.client = client;
  document.body.append(el);
  mounted.push(el);
  return el;
}

const root = (el: P311TowLookup) => el.shadowRoot!;
const byId = <T extends HTMLElement = HTMLInputElement>(el: P311TowLookup, id: string) =>
  root(el).getElementById(id) as T;
const text = (el: P311TowLookup) => root(el).textContent!.replace(/\s+/g, ' ');
const statusText = (el: P311TowLookup) =>
  root(el).querySelector('[part=status]')?.textContent?.trim() ?? '';
const markerAt = (el: P311TowLookup, kind: 'origin' | 'yard' | 'truck') => {
  const m = root(el).querySelector<HTMLElement>(`.p311-marker-${kind} [data-lat]`);
  return m ? { lat: Number(m.dataset.lat), lng: Number(m.dataset.lng) } : undefined;
};
const key = (p: { lat: number; lng: number }) => `${p.lat.toFixed(6)},${p.lng.toFixed(6)}`;
const leafletLoads = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /leaflet|shared\/map\//.test(name));

/** Fills the form and submits it, as a person would (the fields normalise as typed). */
async function lookUp(
  el: P311TowLookup,
  plate: string,
  verifier: { type: 'cedula' | 'ticket'; value: string },
) {
  await el.updateComplete;
  await userEvent.fill(byId(el, 'plate'), plate);
  await userEvent.click(byId(el, `type-${verifier.type}`));
  await userEvent.fill(byId(el, 'verifier'), verifier.value);
  await userEvent.click(root(el).querySelector<HTMLButtonElement>('button[type=submit]')!);
}

const shown = (el: P311TowLookup) =>
  expect.poll(() => root(el).querySelector('.results'), { timeout: 10_000 }).toBeTruthy();
const mapReady = (el: P311TowLookup) =>
  expect
    .poll(() => root(el).querySelector('.leaflet-container .p311-marker-origin'), {
      timeout: 10_000,
    })
    .toBeTruthy();

/** A client that counts and keeps what it sends. */
function spyClient(hooks: { fault?: string; retry?: number } = {}) {
  const sent: { method: string; url: string; body: string }[] = [];
  const client = createClient({
    apiKey: KEY,
    baseUrl: sandboxUrl(),
    ...(hooks.retry === undefined ? {} : { retry: hooks.retry }),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({ method: request.method, url: request.url, body: await request.clone().text() });
      return fetch(request);
    },
    hooks: {
      beforeRequest: hooks.fault ? [(r) => void r.headers.set('p311-fault', hooks.fault!)] : [],
    },
  });
  return { client, sent };
}

const publicClient = (baseUrl = sandboxUrl()) => createClient({ apiKey: KEY, baseUrl });

/** A tow on the fast sandbox, driven by its own fleet, brought to the moment it is towed. */
async function towedByTheFleet(): Promise<CreatedTow> {
  const tow = await commands.createTow({ sandbox: 'fleet', at: AMADOR });
  const client = publicClient();
  for (let i = 0; i < 30; i++) {
    if ((await client.tows.get(tow.id)).status === 'towing') return tow;
    await advanceSandbox(3);
  }
  throw new Error('the fleet never towed it');
}

/** Records every position the truck marker takes, as it changes. */
function recordTruck(el: P311TowLookup) {
  const seen: { lat: number; lng: number; at: number }[] = [];
  const note = () => {
    const at = markerAt(el, 'truck');
    const last = seen.at(-1);
    if (at && (!last || key(last) !== key(at))) seen.push({ ...at, at: Date.now() });
  };
  const observer = new MutationObserver(note);
  observer.observe(root(el), { subtree: true, childList: true, attributes: true });
  note();
  return { seen, stop: () => observer.disconnect() };
}

describe('<p311-tow-lookup>', () => {
  it('has no accessibility violations asking, after a failed submit and with nothing found', async () => {
    const el = mount();
    await el.updateComplete;
    await expectNoAxeViolations(el);
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.error-summary')).toBeTruthy();
    await expectNoAxeViolations(el);
    await lookUp(el, 'ZZ9999', { type: 'cedula', value: '8-123-4567' });
    await expect.poll(() => text(el)).toContain(strings.es.notFound);
    await expectNoAxeViolations(el);
  });

  it('loads no map code until a result is shown, then puts Leaflet’s CSS inside its shadow root', async () => {
    const el = mount();
    await lookUp(el, 'ZZ9999', { type: 'ticket', value: '00999999' });
    await expect.poll(() => text(el)).toContain(strings.es.notFound);
    expect(leafletLoads()).toEqual([]);
    expect(root(el).querySelector('.map')).toBeNull();

    el.remove();
    const shownEl = mount();
    await lookUp(shownEl, 'AB1234', { type: 'cedula', value: '8-123-4567' });
    await shown(shownEl);
    await mapReady(shownEl);
    expect(leafletLoads().some((name) => name.includes('leaflet'))).toBe(true);
    const sheets = root(shownEl).adoptedStyleSheets;
    expect(
      sheets.some((s) =>
        [...s.cssRules].some((r) => (r as CSSStyleRule).selectorText === '.leaflet-container'),
      ),
    ).toBe(true);
    // Constructable stylesheets only: nothing a strict CSP would block, nothing in the page.
    expect(root(shownEl).querySelectorAll('style, link').length).toBe(0);
    expect(document.querySelectorAll('style[data-leaflet], link[href*=leaflet]').length).toBe(0);
    expect(
      [...document.styleSheets].some((s) =>
        [...s.cssRules].some((r) => (r as CSSStyleRule).selectorText === '.leaflet-container'),
      ),
    ).toBe(false);
  });

  it('has no accessibility violations showing tows with a live map', async () => {
    const el = mount();
    const found: TowFoundEvent[] = [];
    el.addEventListener('p311-tow-found', (e) => found.push(e));
    await lookUp(el, 'AB1234', { type: 'cedula', value: '8-123-4567' });
    await shown(el);
    await mapReady(el);
    await expect.poll(() => text(el)).toMatch(/Se actualiza en vivo/);
    await expectNoAxeViolations(el);
    // The older, released tow sits behind a disclosure: open it and check again.
    root(el).querySelector<HTMLDetailsElement>('details.earlier')!.open = true;
    await expectNoAxeViolations(el);
    expect(found).toHaveLength(1);
    expect(found[0]!.count).toBe(2);
    expect(found[0]!.tows.map((t) => t.status)).toContain('released');
    expect(found[0]!.bubbles && found[0]!.composed).toBe(true);
  });

  it('looks a vehicle up by keyboard alone, and the map moves and zooms by keyboard', async () => {
    const el = mount();
    await el.updateComplete;
    await userEvent.tab();
    expect(root(el).activeElement?.id).toBe('plate');
    await userEvent.keyboard('ab-12 34');
    expect(byId(el, 'plate').value).toBe('AB1234');
    await userEvent.tab();
    expect(root(el).activeElement?.id).toBe('type-cedula');
    await userEvent.keyboard('{ArrowDown}');
    expect(byId(el, 'type-ticket').checked).toBe(true);
    expect(root(el).querySelector('label[for=verifier]')!.textContent).toBe(strings.es.ticketLabel);
    await userEvent.tab();
    expect(root(el).activeElement?.id).toBe('verifier');
    await userEvent.keyboard('00 123-456');
    expect(byId(el, 'verifier').value).toBe('00123456');
    await userEvent.keyboard('{Enter}');
    await shown(el);
    // Focus goes to the results so a screen reader reads them next.
    await expect.poll(() => root(el).activeElement?.id).toBe('results-title');
    await mapReady(el);

    await userEvent.tab();
    const map = root(el).activeElement as HTMLElement;
    expect(map.classList.contains('leaflet-container')).toBe(true);
    expect(map.getAttribute('role')).toBe('region');
    expect(map.getAttribute('aria-label')).toMatch(
      /^Mapa del remolque del .+ ••••34\. Use las flechas/,
    );
    const pane = map.querySelector<HTMLElement>('.leaflet-map-pane')!;
    const before = pane.style.transform;
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => pane.style.transform).not.toBe(before);
    const zoom = () =>
      Math.max(
        ...[...map.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].map((img) =>
          Number(new URL(img.src).search.slice(1).split('/')[0]),
        ),
      );
    const z = zoom();
    await userEvent.keyboard('+');
    await expect.poll(zoom).toBeGreaterThan(z);
    // Zoom buttons are labelled in the element's language.
    expect(map.querySelector('.leaflet-control-zoom-in')!.getAttribute('aria-label')).toBe(
      strings.es.zoomIn,
    );
  });

  for (const lang of ['es', 'en'] as const) {
    it(`explains a bad plate, cédula or ticket before sending anything (${lang})`, async () => {
      const t = strings[lang];
      const { client, sent } = spyClient();
      const el = mount({ lang }, client);
      await el.updateComplete;
      const submit = () =>
        root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const summary = () => root(el).querySelector<HTMLElement>('.error-summary');

      submit();
      await el.updateComplete;
      expect(root(el).activeElement).toBe(summary());
      expect(summary()!.getAttribute('role')).toBe('alert');
      expect(byId(el, 'plate-error').textContent).toBe(t.plateRequired);
      expect(byId(el, 'verifier-error').textContent).toBe(t.cedulaRequired);
      expect(byId(el, 'plate').getAttribute('aria-invalid')).toBe('true');
      expect(byId(el, 'plate').getAttribute('aria-describedby')).toBe('plate-hint plate-error');

      await userEvent.fill(byId(el, 'plate'), 'A');
      await userEvent.fill(byId(el, 'verifier'), '123');
      submit();
      await el.updateComplete;
      expect(byId(el, 'plate-error').textContent).toBe(formatMessage('plate_invalid', lang));
      expect(byId(el, 'verifier-error').textContent).toBe(formatMessage('cedula_invalid', lang));
      // Each entry of the summary takes the person to its field.
      summary()!.querySelector<HTMLAnchorElement>('a[href="#verifier"]')!.click();
      expect(root(el).activeElement?.id).toBe('verifier');

      await userEvent.click(byId(el, 'type-ticket'));
      await userEvent.fill(byId(el, 'verifier'), 'X1');
      await userEvent.fill(byId(el, 'plate'), 'ab 1234');
      submit();
      await el.updateComplete;
      expect(byId(el, 'plate-error')).toBeNull();
      expect(byId(el, 'plate').getAttribute('aria-invalid')).toBe('false');
      expect(byId(el, 'verifier-error').textContent).toBe(formatMessage('ticket_invalid', lang));
      expect(summary()!.textContent).toContain(formatMessage('ticket_invalid', lang));
      expect(sent).toEqual([]);
    });
  }

  it('sends the lookup as a POST with the normalised plate and verifier in the body, not the URL', async () => {
    const { client, sent } = spyClient();
    const el = mount({}, client);
    await lookUp(el, ' ab-12.34 ', { type: 'cedula', value: '8 123 4567' });
    await shown(el);
    const lookup = sent.find((s) => s.url.endsWith('/v1/tows/lookup'))!;
    expect(lookup.method).toBe('POST');
    expect(JSON.parse(lookup.body)).toEqual({
      plate: 'AB1234',
      verifier: { type: 'cedula', value: '8-123-4567' },
    });
    for (const { url } of sent) expect(url).not.toMatch(/AB1234|8-123-4567/i);
  });

  it('says the same for an unknown plate and for a verifier that does not match', async () => {
    const answers: string[] = [];
    const counts: number[] = [];
    for (const [plate, verifier] of [
      ['ZZ0000', { type: 'cedula', value: '8-123-4567' }],
      ['AB1234', { type: 'cedula', value: '8-999-9999' }],
      ['AB1234', { type: 'ticket', value: '00999999' }],
    ] as const) {
      const el = mount();
      el.addEventListener('p311-tow-found', (e) => counts.push(e.count));
      await lookUp(el, plate, verifier);
      await expect.poll(() => root(el).querySelector('[role=alert]')).toBeTruthy();
      answers.push(root(el).querySelector('[role=alert]')!.textContent!.trim());
      el.remove();
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toBe(strings.es.notFound);
    expect(counts).toEqual([0, 0, 0]);
  });

  it('follows a tow from being towed to the yard: the truck marker follows the stream, the text too', async () => {
    const tow = await towedByTheFleet();
    // The test's own subscription to the same stream: what the server sent, to compare with.
    const streamed = new Set<string>();
    const stop = publicClient()
      .tows.watch(tow.id)
      .subscribe((e) => {
        if (e.type === 'position') streamed.add(key(e.data as TruckPosition));
        if (e.type === 'tow' && (e.data as Tow).truck) streamed.add(key((e.data as Tow).truck!));
      });
    const el = mount();
    const updates: TowUpdatedEvent[] = [];
    el.addEventListener('p311-tow-updated', (e) => updates.push(e));
    try {
      await lookUp(el, tow.plate, { type: 'ticket', value: tow.ticket });
      await shown(el);
      expect(statusText(el)).toBe(strings.es.statuses.towing);
      await mapReady(el);
      const truck = recordTruck(el);
      await expect.poll(() => truck.seen.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
      truck.stop();
      // Every place the marker went is a position the server streamed.
      for (const p of truck.seen) expect(streamed).toContain(key(p));
      // The text says where the truck is, as the map does.
      const last = markerAt(el, 'truck')!;
      const dd = root(el).querySelector<HTMLElement>('dd.truck')!;
      expect(key({ lat: Number(dd.dataset.lat), lng: Number(dd.dataset.lng) })).toBe(key(last));
      expect(dd.textContent!.replace(/\s+/g, ' ')).toMatch(/del corral, última posición a las/);
      expect(markerAt(el, 'yard')).toEqual({ lat: ALBROOK.lat, lng: ALBROOK.lng });

      await advanceSandbox(60);
      await expect
        .poll(statusText.bind(null, el), { timeout: 10_000 })
        .toBe(strings.es.statuses.at_yard);
      expect(markerAt(el, 'truck')).toBeUndefined();
      expect(markerAt(el, 'yard')).toBeDefined();
      expect(root(el).querySelector('dd.truck')).toBeNull();
      expect(root(el).querySelector('.steps [aria-current=step]')!.textContent!.trim()).toBe(
        strings.es.steps.at_yard,
      );
      expect(text(el)).toMatch(/Llegó al corral/);
      expect(root(el).querySelector('[aria-live=polite]')!.textContent).toBe(
        strings.es.statusChanged(strings.es.statuses.at_yard),
      );
      expect(updates.map((u) => [u.id, u.previousStatus, u.status])).toContainEqual([
        tow.id,
        'towing',
        'at_yard',
      ]);
    } finally {
      stop();
    }
  });

  it('keeps following when the stream drops, resuming where it left off', async () => {
    const tow = await towedByTheFleet();
    let streams = 0;
    const client = createClient({
      apiKey: KEY,
      baseUrl: sandboxUrl(),
      hooks: {
        beforeRequest: [
          (r) => {
            // The server ends every event stream after 300 ms.
            r.headers.set('p311-fault', 'drop=300');
            if (new URL(r.url).pathname.endsWith('/events')) streams++;
          },
        ],
      },
    });
    const el = mount({}, client);
    await lookUp(el, tow.plate, { type: 'cedula', value: tow.cedula });
    await shown(el);
    await mapReady(el);
    const truck = recordTruck(el);
    await expect.poll(() => streams, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const afterDrops = truck.seen.length;
    await expect
      .poll(() => truck.seen.length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(afterDrops + 2);
    truck.stop();
    await expect.poll(() => text(el)).toMatch(/Se actualiza en vivo/);
    // The truck only moves forward: a resumed stream replays nothing older than what is shown.
    const toYard = truck.seen.map((p) => Math.hypot(p.lat - ALBROOK.lat, p.lng - ALBROOK.lng));
    expect(toYard.every((d, i) => i === 0 || d <= toYard[i - 1]! + 1e-3)).toBe(true);
  });

  it('shows the markers, the text and a notice when the map tiles cannot load', async () => {
    const tow = await commands.createTow({
      sandbox: 'feed',
      status: 'towing',
      truck: { lat: 8.981, lng: -79.53, heading: 250 },
    });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const el = mount({
        'api-base': feedSandboxUrl(),
        // Nothing listens on port 9: every tile request fails.
        'tile-url': 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      });
      await lookUp(el, tow.plate, { type: 'ticket', value: tow.ticket });
      await shown(el);
      await expect
        .poll(() => root(el).querySelector('.map-notice')?.textContent?.trim(), { timeout: 10_000 })
        .toBe(strings.es.tilesFailed);
      expect(markerAt(el, 'origin')).toBeDefined();
      expect(markerAt(el, 'yard')).toBeDefined();
      expect(markerAt(el, 'truck')).toEqual({ lat: 8.981, lng: -79.53 });
      expect(text(el)).toMatch(/Qué llevar para retirarlo/);
      expect(text(el)).toMatch(/del corral, última posición/);
      expect(root(el).querySelector('.map-notice')!.getAttribute('role')).toBe('status');
      await expectNoAxeViolations(el);
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('says the page gave no key, once, and looks the vehicle up when the key is set', async () => {
    const el = mount({ 'api-key': '' });
    const errors: string[] = [];
    el.addEventListener('p311-error', (e) => errors.push(e.code));
    await lookUp(el, 'AB1234', { type: 'cedula', value: '8-123-4567' });
    await expect
      .poll(() => root(el).querySelector('[role=alert]')?.textContent ?? '')
      .toMatch(/falta la clave de acceso/);
    expect(errors).toEqual(['missing_api_key']);
    el.setAttribute('api-key', KEY);
    await shown(el);
    expect(errors).toEqual(['missing_api_key']);
  });

  it('tells the person to wait when rate limited, counting the seconds down', async () => {
    const { client } = spyClient({ fault: 'status=429; retry-after=3', retry: 0 });
    const el = mount({ lang: 'en' }, client);
    const errors: string[] = [];
    el.addEventListener('p311-error', (e) => errors.push(e.code));
    await lookUp(el, 'AB1234', { type: 'cedula', value: '8-123-4567' });
    await expect
      .poll(() => root(el).querySelector('[role=alert]')?.textContent?.trim())
      .toBe(strings.en.rateLimited);
    const countdown = () => byId<HTMLElement>(el, 'retry-countdown')?.textContent?.trim();
    expect(countdown()).toBe(strings.en.retryIn(3));
    const button = root(el).querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(countdown, { timeout: 3_000 }).toBe(strings.en.retryIn(2));
    await expect.poll(countdown, { timeout: 3_000 }).toBe(strings.en.retryIn(1));
    await expect.poll(countdown, { timeout: 3_000 }).toBe(strings.en.retryNow);
    expect(button.getAttribute('aria-disabled')).toBe('false');
    expect(root(el).querySelector('[aria-live=polite]')!.textContent).toBe(strings.en.retryNow);
    expect(errors).toEqual(['rate_limited']);
  });

  it('shows the yard, its hours, phone and directions, the fees owed so far, live, and what to bring', async () => {
    const el = mount();
    const updates: TowUpdatedEvent[] = [];
    el.addEventListener('p311-tow-updated', (e) => updates.push(e));
    await lookUp(el, 'CD5678', { type: 'ticket', value: '00234567' });
    await shown(el);
    expect(statusText(el)).toBe(strings.es.statuses.at_yard);
    const [tow] = await publicClient().tows.lookup({
      plate: 'CD5678',
      verifier: { type: 'ticket', value: '00234567' },
    });
    const yard = root(el).querySelector<HTMLElement>('.yard')!;
    expect(yard.textContent).toContain(tow!.yard!.name);
    expect(yard.textContent).toContain(tow!.yard!.address);
    expect(yard.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).toBe('tel:+5075119300');
    const directions = yard.querySelector<HTMLAnchorElement>(
      'a[href^="https://www.google.com/maps/dir/"]',
    )!;
    expect(new URL(directions.href).searchParams.get('destination')).toBe('8.979,-79.5525');
    expect(directions.rel).toContain('noopener');
    const open = yardOpenState(tow!.yard!.hours, Date.now());
    expect(yard.querySelector('.open')!.textContent).toEqual(
      open.kind === 'open'
        ? strings.es.openNow(formatClock('es', open.closes))
        : expect.stringMatching(/^Cerrado ahora · abre /),
    );
    expect(yard.querySelector('.hours')!.textContent!.replace(/\s+/g, ' ')).toMatch(
      /Lunes a viernes: 7:00 a\.\s?m\. – 7:00 p\.\s?m\./,
    );
    const fees = root(el).querySelector<HTMLElement>('.fees')!;
    const accrued = () => fees.querySelector('.accrued')!.textContent!.trim();
    expect(accrued()).toBe(formatMoney('es', tow!.fees.accrued));
    expect(fees.textContent).toContain(formatMoney('es', tow!.fees.tow));
    expect(fees.textContent).toContain(formatMoney('es', tow!.fees.storagePerDay));
    const checklist = [...root(el).querySelectorAll<HTMLInputElement>('.checklist input')];
    expect(checklist.length).toBe(tow!.releaseRequirements.length);
    for (const box of checklist) {
      expect(box.type).toBe('checkbox');
      expect(root(el).querySelector(`label[for="${box.id}"]`)!.textContent!.length).toBeGreaterThan(
        5,
      );
    }
    // A day later at the yard, another day of storage is owed: the amount moves by itself.
    await expect.poll(() => text(el)).toMatch(/Se actualiza en vivo/);
    await advanceSandbox(24 * 60);
    await expect
      .poll(accrued, { timeout: 10_000 })
      .toBe(formatMoney('es', { ...tow!.fees.accrued, cents: tow!.fees.accrued.cents + 1000 }));
    expect(updates.at(-1)?.status).toBe('at_yard');
  });

  it('works out fees owed and opening hours in Panama time', () => {
    const arrived = Date.parse('2026-11-02T15:00:00Z');
    const tow = {
      status: 'at_yard',
      arrivedAt: new Date(arrived).toISOString(),
      fees: {
        tow: { cents: 8000, currency: 'PAB' },
        storagePerDay: { cents: 1000, currency: 'PAB' },
        accrued: { cents: 10_000, currency: 'PAB' },
        asOf: new Date(arrived + 1.5 * 86_400_000).toISOString(),
      },
    } as Tow;
    const received = 1_000_000;
    expect(feesNow(tow, received, received).accrued.cents).toBe(10_000);
    expect(feesNow(tow, received, received + 0.4 * 86_400_000).accrued.cents).toBe(10_000);
    const later = feesNow(tow, received, received + 0.6 * 86_400_000);
    expect(later.accrued.cents).toBe(11_000);
    expect(later.nextChargeAt).toBe(arrived + 3 * 86_400_000);
    expect(feesNow({ ...tow, status: 'towing' }, received, received + 9e9).accrued.cents).toBe(
      10_000,
    );

    const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, opens: '07:00', closes: '19:00' }));
    const albrook = [...weekdays, { day: 6, opens: '08:00', closes: '17:00' }];
    // Panama is UTC−5 all year. 2026-11-30 is a Monday.
    const at = (iso: string) => Date.parse(`${iso}-05:00`);
    expect(yardOpenState(albrook, at('2026-11-30T10:00'))).toEqual({
      kind: 'open',
      closes: '19:00',
    });
    expect(yardOpenState(albrook, at('2026-11-30T06:30'))).toMatchObject({
      kind: 'closed',
      opens: '07:00',
      inDays: 0,
    });
    expect(yardOpenState(albrook, at('2026-11-30T19:00'))).toMatchObject({ inDays: 1 });
    expect(yardOpenState(albrook, at('2026-12-05T18:00'))).toMatchObject({
      kind: 'closed',
      day: 1,
      inDays: 2,
    });
    const always = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '00:00', closes: '23:59' }));
    expect(yardOpenState(always, at('2026-12-06T03:00'))).toEqual({ kind: 'always' });
  });

  it('stops following and removes its map when taken out of the page, and resumes when put back', async () => {
    const tow = await commands.createTow({
      sandbox: 'feed',
      status: 'dispatched',
      truck: { lat: 8.984, lng: -79.524, heading: 80 },
    });
    const openStreams = async () =>
      (
        (await (await fetch(`${feedSandboxUrl()}/__sandbox/health`)).json()) as {
          openStreams: number;
        }
      ).openStreams;
    const before = await openStreams();
    const el = mount({ 'api-base': feedSandboxUrl() });
    await lookUp(el, tow.plate, { type: 'ticket', value: tow.ticket });
    await shown(el);
    await mapReady(el);
    await expect.poll(openStreams).toBe(before + 1);
    el.remove();
    await expect.poll(openStreams).toBe(before);
    expect(root(el).querySelector('.leaflet-marker-pane')).toBeNull();
    document.body.append(el);
    await mapReady(el);
    await expect.poll(openStreams).toBe(before + 1);
    expect(markerAt(el, 'truck')).toEqual({ lat: 8.984, lng: -79.524 });
  });

  it('follows a truck that examples/tow-fleet-feed drives through the operator API, end to end', async () => {
    const n = String(Date.now() % 10_000).padStart(4, '0');
    const ids = { plate: `FL${n}`, ticket: `0031${n}`, cedula: `8-311-${n}` };
    const { id } = await commands.startFleetFeed({ ...ids, intervalMs: 250, stepMetres: 250 });
    const el = mount({ 'api-base': feedSandboxUrl(), lang: 'en' });
    await lookUp(el, ids.plate, { type: 'cedula', value: ids.cedula });
    await shown(el);
    await mapReady(el);
    const truck = recordTruck(el);
    await expect
      .poll(statusText.bind(null, el), { timeout: 60_000, interval: 100 })
      .toBe(strings.en.statuses.at_yard);
    truck.stop();
    const { code, output } = await commands.finishFleetFeed();
    expect(code, output).toBe(0);
    expect(output).toContain(`tow ${id} registered`);
    // The marker went along the feed's route (Vía España → Av. Balboa → Albrook), fix by fix.
    expect(truck.seen.length).toBeGreaterThanOrEqual(10);
    const route: Point[] = [
      [8.9836, -79.527],
      [8.9848, -79.5233],
      [8.9858, -79.5199],
      [8.9831, -79.5262],
      [8.9795, -79.5329],
      [8.9746, -79.5376],
      [8.968, -79.542],
      [8.9653, -79.5487],
      [8.97, -79.556],
      [8.9731, -79.5555],
    ].map(([lat, lng]) => ({ lat: lat!, lng: lng! }));
    for (const p of truck.seen) expect(distanceToRoute(p, route)).toBeLessThan(25);
    const end = truck.seen.at(-1)!;
    expect(distanceToRoute(end, [route.at(-1)!])).toBeLessThan(300);
    expect(markerAt(el, 'truck')).toBeUndefined();
    expect(markerAt(el, 'yard')).toEqual({ lat: ALBROOK.lat, lng: ALBROOK.lng });
  });

  it('moves the marker soon after the server receives a position (median over 50 events)', async () => {
    const tow = await commands.createTow({
      sandbox: 'feed',
      status: 'towing',
      truck: { lat: 8.97, lng: -79.53 },
    });
    const el = mount({ 'api-base': feedSandboxUrl() });
    await lookUp(el, tow.plate, { type: 'ticket', value: tow.ticket });
    await shown(el);
    await mapReady(el);
    await expect.poll(() => markerAt(el, 'truck')).toBeDefined();
    const truck = recordTruck(el);
    const positions = Array.from({ length: 50 }, (_, i) => ({
      lat: 8.97 + (i + 1) * 0.0002,
      lng: -79.53 - (i + 1) * 0.0002,
    }));
    const { sent } = await commands.pushPositions({ id: tow.id, positions, intervalMs: 100 });
    await expect.poll(() => truck.seen.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(51);
    truck.stop();
    const seenAt = new Map(truck.seen.map((p) => [key(p), p.at]));
    const latencies = sent
      .map((p) => (seenAt.get(key(p)) ?? NaN) - p.sentAt)
      .filter((ms) => Number.isFinite(ms))
      .sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    console.log(
      `position → marker, over ${latencies.length} events: median ${median} ms, ` +
        `p90 ${latencies[Math.floor(latencies.length * 0.9)]} ms, max ${latencies.at(-1)} ms`,
    );
    // Every position reached the marker; how fast is a figure to read above, not a pass mark.
    expect(latencies.length).toBe(50);
  });

  it('speaks the page’s language and follows a switch, map included', async () => {
    document.documentElement.lang = 'en';
    const el = mount();
    await lookUp(el, 'CD5678', { type: 'cedula', value: '8-234-5678' });
    await shown(el);
    await mapReady(el);
    expect(text(el)).toContain(strings.en.heading);
    expect(statusText(el)).toBe(strings.en.statuses.at_yard);
    const plate = root(el).querySelector<HTMLElement>('.results > h3')!;
    expect(root(el).activeElement).toBe(plate);
    document.documentElement.lang = 'es';
    await expect.poll(() => statusText(el)).toBe(strings.es.statuses.at_yard);
    await expect
      .poll(() => root(el).querySelector('.leaflet-container')?.getAttribute('aria-label'))
      .toMatch(/^Mapa del remolque/);
    // The server's own texts come back in Spanish too (the lookup is made again in Spanish).
    await expect.poll(() => text(el)).toMatch(/Registro Único Vehicular original/);
    expect(root(el).querySelector('.leaflet-control-zoom-in')!.getAttribute('title')).toBe(
      strings.es.zoomIn,
    );
  });

  it('has every string in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k],
      );
    expect(keys(strings.en).sort()).toEqual(keys(strings.es).sort());
  });

  it('fits 320 px and 200 % zoom, asking, with errors and showing tows, with nothing cut off', async () => {
    for (const viewport of REFLOW_VIEWPORTS) {
      await page.viewport(viewport.width, viewport.height);
      const el = mount({ lang: 'en' });
      await el.updateComplete;
      expect(reflowProblems(el), `${viewport.name}, asking`).toEqual([]);
      await userEvent.click(root(el).querySelector<HTMLButtonElement>('button[type=submit]')!);
      await expect.poll(() => root(el).querySelector('.error-summary')).toBeTruthy();
      expect(reflowProblems(el), `${viewport.name}, errors`).toEqual([]);
      await lookUp(el, 'CD5678', { type: 'ticket', value: '00234567' });
      await shown(el);
      await mapReady(el);
      expect(reflowProblems(el), `${viewport.name}, showing`).toEqual([]);
      el.remove();
    }
  });

  it('looks right on a phone and on a desktop, in Spanish and English', async () => {
    const tow = await commands.createTow({
      sandbox: 'feed',
      status: 'towing',
      truck: { lat: 8.9795, lng: -79.5329, heading: 225 },
    });
    const shot = async (name: string, el: P311TowLookup, full = false) => {
      // What fits on the screen, or the whole element top to bottom.
      document.body.style.cssText = full ? '' : 'height: 100vh; overflow: hidden; margin: 8px';
      await page.screenshot({
        path: `../../test/screenshots/tow-lookup-${name}.png`,
        ...(full ? { element: el } : {}),
      });
      document.body.style.cssText = '';
    };
    for (const lang of ['es', 'en'] as const) {
      for (const [size, width, height] of [
        ['phone', 390, 844],
        ['desktop', 1280, 800],
      ] as const) {
        await page.viewport(width, height);
        const el = mount({ 'api-base': feedSandboxUrl(), lang });
        await el.updateComplete;
        if (size === 'phone') {
          root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
          await el.updateComplete;
          await shot(`${lang}-${size}-errors`, el);
        }
        await lookUp(el, tow.plate, { type: 'ticket', value: tow.ticket });
        await shown(el);
        await mapReady(el);
        await expect.poll(() => text(el)).toMatch(lang === 'es' ? /en vivo/ : /live/);
        await new Promise((r) => setTimeout(r, 500)); // the tiles
        await shot(`${lang}-${size}`, el);
        await page.viewport(width, Math.ceil(el.getBoundingClientRect().height) + 16);
        await new Promise((r) => setTimeout(r, 300));
        await shot(`${lang}-${size}-full`, el, true);
        el.remove();
      }
    }
    // At the yard: no truck, fees growing by the day.
    const atYard = await commands.createTow({ sandbox: 'feed', status: 'at_yard' });
    await page.viewport(390, 844);
    const parked = mount({ 'api-base': feedSandboxUrl(), lang: 'en' });
    await lookUp(parked, atYard.plate, { type: 'cedula', value: atYard.cedula });
    await shown(parked);
    await mapReady(parked);
    await new Promise((r) => setTimeout(r, 500));
    await page.viewport(390, Math.ceil(parked.getBoundingClientRect().height) + 16);
    await new Promise((r) => setTimeout(r, 300));
    await shot('en-phone-at-yard-full', parked, true);
    parked.remove();

    await page.viewport(390, 844);
    const dark = mount({ 'api-base': feedSandboxUrl(), theme: 'dark' });
    document.documentElement.style.background = '#111827';
    try {
      await lookUp(dark, tow.plate, { type: 'ticket', value: tow.ticket });
      await shown(dark);
      await mapReady(dark);
      await new Promise((r) => setTimeout(r, 500));
      await shot('es-phone-dark', dark);
      await expectNoAxeViolations(dark);
    } finally {
      document.documentElement.style.background = '';
    }
  });
});

/** Metres from `p` to the nearest point of a polyline (flat-earth, fine at city scale). */
function distanceToRoute(p: Point, route: Point[]): number {
  const m = (q: Point) => ({
    x: q.lng * 111_320 * Math.cos((8.98 * Math.PI) / 180),
    y: q.lat * 111_320,
  });
  const P = m(p);
  if (route.length === 1) return Math.hypot(P.x - m(route[0]!).x, P.y - m(route[0]!).y);
  let best = Infinity;
  for (let i = 1; i < route.length; i++) {
    const A = m(route[i - 1]!);
    const B = m(route[i]!);
    const dx = B.x - A.x;
    const dy = B.y - A.y;
    const t = Math.max(0, Math.min(1, ((P.x - A.x) * dx + (P.y - A.y) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(P.x - (A.x + t * dx), P.y - (A.y + t * dy)));
  }
  return best;
}
