/**
 * Journey 6: the 311 service misbehaves on purpose (the sandbox's global faults, switched on
 * and off while the server runs): unavailable, rate limited, slow, and answering broken JSON.
 * Each element says what is going on (an error with a retry, "try again in N s", a loading
 * state) and works again once the fault stops, by its retry button or by itself.
 */
import type { GlobalFaults } from '@panama311/sandbox/node';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_ES,
  journeys,
  LONG,
  onStep,
  shadowText,
  textOf,
  WAIT,
  waitForText,
} from './support.js';

const j = journeys('journey-6-faults');

interface FaultCase {
  name: string;
  slug: string;
  faults: GlobalFaults;
  /** What the citizen sees while it lasts. */
  shows: 'error' | 'rate limit' | 'loading';
  /** The message of an error. */
  message?: RegExp;
}

const RETRY_AFTER = 5;
const LATENCY = 3000;

const CASES: FaultCase[] = [
  {
    name: '503 service unavailable',
    slug: '503',
    faults: { errorRate: 1, errorStatus: 503, retryAfter: 1 },
    shows: 'error',
    message: /El servicio 311 no está disponible en este momento/,
  },
  {
    name: `429 rate limited (Retry-After: ${RETRY_AFTER})`,
    slug: '429',
    faults: { errorRate: 1, errorStatus: 429, retryAfter: RETRY_AFTER },
    shows: 'rate limit',
    message: /Demasiadas consultas seguidas/,
  },
  {
    name: `slow answers (${LATENCY} ms each)`,
    slug: 'slow',
    faults: { latency: LATENCY },
    shows: 'loading',
  },
  {
    name: 'malformed JSON',
    slug: 'malformed',
    faults: { malformedRate: 1 },
    shows: 'error',
    message: /El servicio 311 envió una respuesta que no se pudo leer/,
  },
];

const demoCase = () => {
  const found = [...j.demo.sandbox.world.cases.values()].find(
    (c) => c.token === 'demo-tracking-token-311',
  );
  if (!found) throw new Error('the sandbox has no demo case');
  return found.number;
};

/** Polls the element's text often, so a state shown only for a moment is still seen. */
const sawState = (page: Page, tag: string, pattern: RegExp) =>
  expect.poll(() => shadowText(page, tag), { ...WAIT, interval: 50 }).toMatch(pattern);

describe.each(CASES)('the 311 service: $name', (c) => {
  it('the report form says so and goes on once it stops', async () => {
    const { page } = await j.open();
    j.demo.setFaults(c.faults);
    await page.goto(`${j.demo.url}/agency-site/`);
    const form = page.locator('p311-case-form');
    await form.getByLabel('Describa el problema').fill(DESCRIPTION_ES);
    await form.getByRole('button', { name: 'Continuar', exact: true }).click();

    if (c.shows === 'loading') {
      // The answers take their time: the form says it is looking, then shows them.
      await sawState(page, 'p311-case-form', /Buscando respuestas…/);
      await j.shot(page, `form-${c.slug}-1-loading`);
      await form.getByRole('heading', { name: 'Esto podría responder su consulta' }).waitFor(WAIT);
      await form.getByRole('button', { name: 'Esto no responde mi consulta' }).click();
      await onStep(page, 'Elija el servicio');
      await form.getByRole('radio', { name: /Hueco en la calle/ }).waitFor(WAIT);
      j.demo.setFaults();
      await form.getByRole('radio', { name: /Hueco en la calle/ }).check();
    } else {
      // No answers to offer: the form moves on to the services, which could not load.
      await onStep(page, 'Elija el servicio', LONG);
      const alert = form.locator('.error-box[role="alert"]');
      expect(await textOf(alert, LONG)).toMatch(c.message!);
      await j.shot(page, `form-${c.slug}-1-error`);
      j.demo.setFaults();
      await form.getByRole('button', { name: 'Reintentar' }).click();
      await form.getByLabel('Categoría').selectOption('Vías y calles', WAIT);
      expect(await alert.count()).toBe(0);
      await form.getByRole('radio', { name: /Hueco en la calle/ }).check();
    }
    await form.getByRole('button', { name: 'Continuar', exact: true }).click();
    await onStep(page, 'Detalles del problema');
    await j.shot(page, `form-${c.slug}-2-recovered`);
  }, 120_000);

  it('the case status says so and shows the case once it stops', async () => {
    const { page } = await j.open();
    const number = demoCase();
    j.demo.setFaults(c.faults);
    await page.goto(
      `${j.demo.url}/agency-site/seguimiento.html?case=${number}&token=demo-tracking-token-311`,
    );
    const status = page.locator('p311-case-status');

    if (c.shows === 'loading') {
      await sawState(page, 'p311-case-status', /Buscando su caso…/);
      expect(await status.locator('[aria-busy="true"]').count()).toBe(1);
      await j.shot(page, `status-${c.slug}-1-loading`);
      expect(await textOf(status.locator('#case-number'), LONG)).toBe(number);
      j.demo.setFaults();
    } else {
      expect(await textOf(status.getByRole('alert'), LONG)).toMatch(c.message!);
      await j.shot(page, `status-${c.slug}-1-error`);
      j.demo.setFaults();
      await status.getByRole('button', { name: 'Reintentar' }).click();
      expect(await textOf(status.locator('#case-number'))).toBe(number);
    }
    expect(await textOf(status.locator('[part="timeline"]'))).toContain('Caso registrado');
    await waitForText(page, 'p311-case-status', /Se actualiza en vivo/);
    await j.shot(page, `status-${c.slug}-2-recovered`);
  }, 120_000);

  it('the tow lookup says so and finds the car once it stops', async () => {
    const { page } = await j.open();
    await page.goto(`${j.demo.url}/attt-tow/`);
    const tow = page.locator('p311-tow-lookup');
    await tow.getByLabel('Placa').fill('AB1234');
    await tow.getByRole('textbox', { name: /Cédula/ }).fill('8-123-4567');
    j.demo.setFaults(c.faults);
    const search = tow.getByRole('button', { name: 'Buscar' });
    await search.click();
    const lookups = () => j.demo.requests.filter((r) => r === 'POST /v1/tows/lookup').length;

    if (c.shows === 'loading') {
      await sawState(page, 'p311-tow-lookup', /Buscando su vehículo…/);
      await j.shot(page, `tow-${c.slug}-1-loading`);
      j.demo.setFaults();
    } else if (c.shows === 'rate limit') {
      // Told to wait, with the seconds counting down; the button refuses until then.
      const countdown = tow.locator('#retry-countdown');
      expect(await textOf(tow.getByRole('alert'), LONG)).toBe(
        'Hizo demasiadas consultas seguidas.',
      );
      const waitText = await textOf(countdown);
      j.demo.setFaults();
      // A press during the countdown sends nothing (forced: Playwright itself would wait for
      // an aria-disabled button to enable, a person would not).
      const before = lookups();
      await search.click({ force: true });
      const seconds = Number(/^Podrá buscar de nuevo en (\d+) s\.$/.exec(waitText)?.[1]);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(RETRY_AFTER);
      expect(await search.getAttribute('aria-disabled')).toBe('true');
      expect(await search.getAttribute('aria-describedby')).toBe('retry-countdown');
      await j.shot(page, `tow-${c.slug}-1-countdown`);
      await page.waitForTimeout(300);
      expect(lookups()).toBe(before);
      await expect
        .poll(() => textOf(countdown), { timeout: (RETRY_AFTER + 10) * 1000 })
        .toBe('Ya puede buscar de nuevo.');
      expect(await search.getAttribute('aria-disabled')).toBe('false');
      await search.click();
    } else {
      expect(await textOf(tow.getByRole('alert'), LONG)).toMatch(c.message!);
      await j.shot(page, `tow-${c.slug}-1-error`);
      j.demo.setFaults();
      await tow.getByRole('button', { name: 'Reintentar' }).click();
    }
    expect(await textOf(tow.locator('#results-title'), LONG)).toBe('Encontramos 2 remolques');
    await tow.locator('article.tow .p311-marker-truck').waitFor(WAIT);
    await waitForText(page, 'p311-tow-lookup', /Se actualiza en vivo/);
    await j.shot(page, `tow-${c.slug}-2-recovered`);
  }, 120_000);
});
