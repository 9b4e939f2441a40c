import { createClient, FEEDBACK_STATUSES, type CaseReceipt } from '@panama311/sdk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test-support/axe.js';
import { emulateColorScheme } from '../../../../test-support/color-scheme.js';
import { REFLOW_VIEWPORTS, reflowProblems } from '../../../../test-support/reflow.js';
import { advanceSandbox, laterSandboxUrl, sandboxUrl } from '../../test/sandbox.js';
import '../define/case-status.js';
import type { P311CaseStatus } from './case-status.js';
import { strings as feedbackStrings } from './feedback.js';
import { strings } from './strings.js';

const TOKEN = 'demo-tracking-token-311';
let demoNumber = '';
let mounted: HTMLElement[] = [];

beforeAll(async () => {
  document.documentElement.lang = 'es';
  const health = (await (await fetch(`${sandboxUrl()}/__sandbox/health`)).json()) as {
    now: string;
  };
  demoNumber = `311-${new Date(Date.parse(health.now) - 5 * 3600_000).getUTCFullYear()}-000001`;
});
afterEach(() => {
  mounted.forEach((el) => el.remove());
  mounted = [];
  document.documentElement.lang = 'es';
});

function mount(
  attrs: Record<string, string> = {},
  client?: P311CaseStatus['client'],
): P311CaseStatus {
  const el = document.createElement('p311-case-status');
  el.setAttribute('api-base', sandboxUrl());
  el.setAttribute('api-key', 'pk_test_elements');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (client) el.client = client;
  document.body.append(el);
  mounted.push(el);
  return el;
}

const text = (el: P311CaseStatus) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function fileCase(baseUrl = sandboxUrl()): Promise<CaseReceipt> {
  const client = createClient({ apiKey: 'pk_test_elements', baseUrl });
  const { data } = await client.services.list({ pageSize: 100 });
  const service = data.find(
    (s) => s.location !== 'none' && !s.questions.some((q) => q.required && q.variable),
  )!;
  return client.cases.create({
    serviceId: service.id,
    description: 'Luminaria apagada frente al parque',
    location: { lat: 8.99, lng: -79.51 },
    contact: { anonymous: true },
    consent: true,
  });
}

/** A case filed on the sandbox a test may age by days, aged until the API takes a rating. */
async function resolvedCase(): Promise<CaseReceipt> {
  const baseUrl = laterSandboxUrl();
  const receipt = await fileCase(baseUrl);
  const client = createClient({ apiKey: 'pk_test_elements', baseUrl });
  for (let day = 0; day < 60; day++) {
    const found = await client.cases.get(receipt.number, receipt.token);
    if (FEEDBACK_STATUSES.includes(found.status)) return receipt;
    await advanceSandbox(12 * 60, baseUrl);
  }
  throw new Error(`${receipt.number} was not resolved after 30 sandbox days`);
}

const $ = <T extends HTMLElement = HTMLElement>(el: P311CaseStatus, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

describe('<p311-case-status>', () => {
  it('has no accessibility violations, asking or showing a case', async () => {
    const asking = mount();
    await asking.updateComplete;
    await expectNoAxeViolations(asking);
    const showing = mount({ number: demoNumber, token: TOKEN });
    await expect.poll(() => text(showing)).toMatch(/Historial/);
    await expectNoAxeViolations(showing);
  });

  it('shows the status in plain words, the entity, the SLA and the timeline', async () => {
    const loaded: { number: string; status: string; slaState: string }[] = [];
    document.addEventListener(
      'p311-case-loaded',
      (e) => loaded.push({ number: e.number, status: e.status, slaState: e.slaState }),
      { once: true },
    );
    const el = mount({ number: demoNumber, token: TOKEN });
    await expect.poll(() => loaded.length).toBe(1);
    expect(loaded[0]!.number).toBe(demoNumber);
    expect(Object.keys(strings.es.statuses)).toContain(loaded[0]!.status);
    expect(JSON.stringify(loaded)).not.toContain(TOKEN);
    await expect.poll(() => text(el)).toMatch(/Historial/);
    const t = strings.es;
    expect(Object.values(t.statuses)).toContain(
      el.shadowRoot!.querySelector('[part=status]')!.textContent,
    );
    expect(text(el)).toMatch(/Instituto de Acueductos y Alcantarillados Nacionales/);
    expect(text(el)).toMatch(/Fecha límite/);
    expect(el.shadowRoot!.querySelectorAll('[part=timeline] li').length).toBeGreaterThan(0);
    expect(text(el)).toContain(t.created);
  });

  it('validates the form by keyboard with an error summary that takes focus', async () => {
    const el = mount();
    await el.updateComplete;
    const number = el.shadowRoot!.getElementById('number') as HTMLInputElement;
    number.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('.error-summary') as HTMLElement;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(el.shadowRoot!.activeElement).toBe(summary);
    expect(summary.textContent).toContain(strings.es.numberInvalid);
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(number.getAttribute('aria-describedby')).toBe('number-hint number-error');
    expect(el.shadowRoot!.getElementById('number-error')!.textContent).toBe(
      strings.es.numberInvalid,
    );
    (summary.querySelector('a[href="#token"]') as HTMLAnchorElement).click();
    expect(el.shadowRoot!.activeElement?.id).toBe('token');

    await userEvent.type(number, demoNumber.toLowerCase());
    await userEvent.type(el.shadowRoot!.getElementById('token')!, TOKEN);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => text(el)).toMatch(/Historial/);
  });

  it('says a wrong code the same way as an unknown case, and lets the person try again', async () => {
    const el = mount({ number: demoNumber, token: 'not-the-token-not-the-token' });
    await expect
      .poll(() => el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '')
      .toContain(strings.es.notFound);
    (el.shadowRoot!.querySelector('button.secondary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect((el.shadowRoot!.getElementById('number') as HTMLInputElement).value).toBe(demoNumber);
    expect((el.shadowRoot!.getElementById('token') as HTMLInputElement).value).toBe('');
  });

  it('follows the case live, announces the change and fires p311-case-updated', async () => {
    const receipt = await fileCase();
    const el = mount({ number: receipt.number, token: receipt.token });
    const updates: string[] = [];
    el.addEventListener('p311-case-updated', (e) => updates.push(e.status));
    await expect.poll(() => text(el)).toMatch(/Recibido/);
    await expect.poll(() => text(el)).toMatch(/Se actualiza en vivo/);
    await advanceSandbox(60 * 8);
    await expect.poll(() => updates.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const live = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    expect(live.textContent).toMatch(/^El estado cambió a: /);
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).toBe(
      strings.es.statuses[updates.at(-1) as 'assigned'],
    );
  });

  it('shows a server failure with a retry that works, and reports it', async () => {
    const once = `status-${Math.random()}`;
    const client = createClient({
      apiKey: 'pk_test_elements',
      baseUrl: sandboxUrl(),
      retry: 0,
      hooks: {
        beforeRequest: [(r) => void r.headers.set('p311-fault', `status=500; once=${once}`)],
      },
    });
    const el = mount({ number: demoNumber, token: TOKEN, 'no-live': '' }, client);
    const errors: string[] = [];
    el.addEventListener('p311-error', (e) => errors.push(e.code));
    await expect
      .poll(() => el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '')
      .toMatch(/no se perdió/);
    expect(errors).toEqual(['server_error']);
    (el.shadowRoot!.querySelector('.actions button') as HTMLButtonElement).click();
    await expect.poll(() => text(el)).toMatch(/Historial/);
  });

  it('says what is wrong with the page’s key, once, and looks the case up when the key is fixed', async () => {
    const el = mount({ number: demoNumber, token: TOKEN, 'no-live': '', 'api-key': 'sk_test_x' });
    const errors: string[] = [];
    el.addEventListener('p311-error', (e) => errors.push(e.code));
    const alert = () => el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '';
    await expect.poll(alert).toMatch(/clave secreta/);
    el.lang = 'en';
    await expect.poll(alert).toMatch(/secret key/);
    el.setAttribute('api-key', '');
    await expect.poll(alert).toMatch(/access key \(api-key\) is missing/);
    expect(errors).toEqual(['secret_key_in_browser', 'missing_api_key']);
    el.setAttribute('api-key', 'pk_test_elements');
    await expect.poll(() => text(el)).toMatch(/History/);
    expect(errors).toHaveLength(2);
  });

  it('reads the tracking link and speaks the page language', async () => {
    history.replaceState(null, '', `?case=${demoNumber}&token=${TOKEN}`);
    document.documentElement.lang = 'en';
    try {
      const el = mount();
      await expect.poll(() => text(el)).toMatch(/History/);
      expect(text(el)).toMatch(/Your case status/);
      el.setAttribute('lang', 'es');
      await expect.poll(() => text(el)).toMatch(/Historial/);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('reports web-vitals only when the page opts in, sampled, without personal data', async () => {
    const summary = async () => {
      const client = createClient({ apiKey: 'pk_test_elements', baseUrl: sandboxUrl() });
      const { data } = await client.telemetry.summary({ origin: location.origin });
      return data.filter((d) => d.element === 'p311-case-status');
    };
    const beacons: string[] = [];
    const seen = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (new URL(e.name).pathname.endsWith('/telemetry/vitals')) beacons.push(e.name);
    });
    seen.observe({ type: 'resource' });

    const off = mount({ number: demoNumber, token: TOKEN });
    const sampledOut = mount({
      number: demoNumber,
      token: TOKEN,
      telemetry: '',
      'telemetry-sample-rate': '0',
    });
    await expect.poll(() => text(off)).toContain(demoNumber);
    await expect.poll(() => text(sampledOut)).toContain(demoNumber);
    await new Promise((r) => setTimeout(r, 500));
    expect(await summary()).toEqual([]);

    const on = mount({
      number: demoNumber,
      token: TOKEN,
      telemetry: '',
      'telemetry-sample-rate': '1',
    });
    await expect.poll(() => text(on)).toContain(demoNumber);
    // FCP and TTFB are known at once; LCP, CLS and INP come when the page is hidden.
    await expect
      .poll(async () => (await summary()).map((d) => d.name).sort(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['FCP', 'TTFB']));
    seen.disconnect();
    // The URL carries the publishable key and nothing else: no case number, token or path.
    expect(beacons.length).toBeGreaterThan(0);
    for (const url of beacons) {
      expect([...new URL(url).searchParams.keys()]).toEqual(['key']);
      expect(url).not.toContain(TOKEN);
    }
  });

  it('offers the rating as soon as a case it follows live is resolved', async () => {
    const baseUrl = laterSandboxUrl();
    const receipt = await fileCase(baseUrl);
    const el = mount({ number: receipt.number, token: receipt.token, 'api-base': baseUrl });
    await expect.poll(() => text(el)).toMatch(/Se actualiza en vivo/);
    expect($(el, 'form.feedback')).toBeNull();
    for (let day = 0; day < 60 && !$(el, 'form.feedback'); day++) {
      await advanceSandbox(12 * 60, baseUrl);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await expect.poll(() => $(el, 'form.feedback')).toBeTruthy();
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).toMatch(
      /^(Resuelto|Cerrado)$/,
    );
  });

  it('takes the rating of a resolved case by keyboard: errors first, then sent, then shown', async () => {
    const receipt = await resolvedCase();
    const el = mount({
      number: receipt.number,
      token: receipt.token,
      'api-base': laterSandboxUrl(),
    });
    const sent: number[] = [];
    el.addEventListener('p311-feedback-sent', (e) => sent.push(e.rating));
    await expect.poll(() => $(el, '#feedback-heading')).toBeTruthy();
    await expectNoAxeViolations(el);

    $(el, 'form.feedback button[type=submit]')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => el.shadowRoot!.activeElement?.className).toBe('error-summary');
    expect($(el, '.error-summary')!.textContent).toContain(feedbackStrings.es.ratingRequired);
    expect($(el, 'form.feedback fieldset')!.getAttribute('aria-describedby')).toBe('rating-error');
    await expectNoAxeViolations(el);

    // The summary's link takes the citizen to the first choice; arrows move along the five.
    $<HTMLAnchorElement>(el, '.error-summary a')!.click();
    expect(el.shadowRoot!.activeElement?.id).toBe('rating-1');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect($<HTMLInputElement>(el, '#rating-4')!.checked).toBe(true);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.id).toBe('comment');
    await userEvent.keyboard('Arreglaron la fuga en dos días.');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');

    await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe('feedback-thanks');
    expect(text(el)).toContain(feedbackStrings.es.yourRating(4, 'Bien'));
    expect(text(el)).toContain('Arreglaron la fuga en dos días.');
    expect($(el, 'form.feedback')).toBeNull();
    expect(sent).toEqual([4]);
    const kept = await createClient({
      apiKey: 'pk_test_elements',
      baseUrl: laterSandboxUrl(),
    }).cases.get(receipt.number, receipt.token);
    expect(kept.feedback).toEqual({ rating: 4, comment: 'Arreglaron la fuga en dos días.' });
  });

  it('keeps the rating and a long comment through errors, and retries with the same key', async () => {
    const receipt = await resolvedCase();
    const keys: string[] = [];
    const once = `feedback-${Math.random()}`;
    const client = createClient({
      apiKey: 'pk_test_elements',
      baseUrl: laterSandboxUrl(),
      retry: 0,
      hooks: {
        beforeRequest: [
          (request) => {
            if (!request.url.endsWith('/feedback')) return;
            keys.push(request.headers.get('idempotency-key') ?? '');
            request.headers.set('p311-fault', `status=503; once=${once}`);
          },
        ],
      },
    });
    const el = mount({ number: receipt.number, token: receipt.token, lang: 'en' }, client);
    const errors: string[] = [];
    el.addEventListener('p311-error', (e) => errors.push(e.code));
    await expect.poll(() => $(el, '#feedback-heading')).toBeTruthy();
    $<HTMLInputElement>(el, '#rating-2')!.click();
    const long = 'x'.repeat(1003);
    await userEvent.fill($(el, '#comment')!, long);
    $(el, 'form.feedback button[type=submit]')!.click();
    await expect
      .poll(() => $(el, '.error-summary')?.textContent ?? '')
      .toContain(feedbackStrings.en.commentTooLong(3));
    expect(keys).toEqual([]);
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).toBe(long);

    await userEvent.fill($(el, '#comment')!, 'Slow, but fixed.');
    $(el, 'form.feedback button[type=submit]')!.click();
    await expect.poll(() => $(el, '.feedback-error')?.textContent ?? '').toMatch(/\S/);
    expect(errors).toEqual(['unavailable']);
    expect($<HTMLInputElement>(el, '#rating-2')!.checked).toBe(true);
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).toBe('Slow, but fixed.');

    $(el, 'form.feedback button[type=submit]')!.click();
    await expect.poll(() => text(el)).toContain(feedbackStrings.en.yourRating(2, 'Poor'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('takes the dark palette with theme="dark", and with theme="auto" on a dark system only', async () => {
    const light = mount();
    const dark = mount({ theme: 'dark' });
    const auto = mount({ theme: 'auto', number: demoNumber, token: TOKEN, 'no-live': '' });
    await expect.poll(() => text(auto)).toMatch(/Historial/);
    const palette = (el: HTMLElement) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.getPropertyValue('--_success').trim()];
    };
    const DARK = ['rgb(17, 24, 39)', '#6fcf97'];
    expect(palette(dark)).toEqual(DARK);
    await emulateColorScheme('light');
    try {
      expect(palette(auto)).not.toEqual(DARK);
      await emulateColorScheme('dark');
      expect(palette(auto)).toEqual(DARK);
      expect(palette(light)).not.toEqual(DARK);
      await expectNoAxeViolations(auto);
    } finally {
      await emulateColorScheme(null);
    }
  });

  it('has every string in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k],
      );
    expect(keys(strings.en).sort()).toEqual(keys(strings.es).sort());
    expect(keys(feedbackStrings.en).sort()).toEqual(keys(feedbackStrings.es).sort());
  });

  it('fits 320 px and 200 % zoom, asking, loading and showing a case, with nothing cut off', async () => {
    const resolved = await resolvedCase();
    for (const viewport of REFLOW_VIEWPORTS) {
      await page.viewport(viewport.width, viewport.height);
      const asking = mount({ lang: 'en' });
      await asking.updateComplete;
      expect(reflowProblems(asking), `${viewport.name}, asking`).toEqual([]);
      asking.remove();
      const showing = mount({ number: demoNumber, token: TOKEN, lang: 'en' });
      await showing.updateComplete;
      expect(reflowProblems(showing), `${viewport.name}, loading`).toEqual([]);
      await expect
        .poll(() => showing.shadowRoot!.querySelectorAll('[part=timeline] li').length)
        .toBeGreaterThan(0);
      expect(reflowProblems(showing), `${viewport.name}, showing`).toEqual([]);
      showing.remove();
      const rating = mount({
        number: resolved.number,
        token: resolved.token,
        lang: 'en',
        'api-base': laterSandboxUrl(),
      });
      await expect.poll(() => $(rating, 'form.feedback')).toBeTruthy();
      $(rating, 'form.feedback button[type=submit]')!.click();
      await expect.poll(() => $(rating, '.error-summary')).toBeTruthy();
      expect(reflowProblems(rating), `${viewport.name}, rating with errors`).toEqual([]);
      rating.remove();
    }
  });

  it('holds its height while it looks the case up: the skeleton is no taller than the case', async () => {
    await page.viewport(390, 844);
    const el = mount({ number: demoNumber, token: TOKEN });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy=true] [role=status]')?.textContent).toBe(
      strings.es.loading,
    );
    const loading = el.getBoundingClientRect().height;
    await expect.poll(() => text(el)).toContain(demoNumber);
    expect(el.getBoundingClientRect().height).toBeGreaterThanOrEqual(loading);
  });

  it('looks right on a phone, in Spanish and English', async () => {
    await page.viewport(390, 844);
    for (const lang of ['es', 'en']) {
      const el = mount({ number: demoNumber, token: TOKEN, lang });
      await expect
        .poll(() => el.shadowRoot!.querySelectorAll('[part=timeline] li').length)
        .toBeGreaterThan(0);
      await page.screenshot({
        path: `../../test/screenshots/case-status-${lang}-phone.png`,
        element: el,
      });
      el.remove();
    }
    const resolved = await resolvedCase();
    for (const lang of ['es', 'en']) {
      const el = mount({
        number: resolved.number,
        token: resolved.token,
        lang,
        'api-base': laterSandboxUrl(),
      });
      await expect.poll(() => $(el, '#feedback-heading')).toBeTruthy();
      $(el, 'form.feedback button[type=submit]')!.click();
      await expect.poll(() => $(el, '.error-summary')).toBeTruthy();
      await page.screenshot({
        path: `../../test/screenshots/case-status-${lang}-phone-feedback.png`,
        element: $(el, 'form.feedback')!,
      });
      el.remove();
    }
  });
});
