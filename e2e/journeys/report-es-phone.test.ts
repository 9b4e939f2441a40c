/**
 * Journey 1: a citizen on a phone reports a pothole on the MOP's site, in Spanish, from the
 * first words to the case number, then follows the tracking link and watches the case move
 * as the sandbox clock runs.
 */
import { expect, it } from 'vitest';
import {
  ADDRESS_ES,
  answerQuestions,
  anonymousWithConsent,
  attachPhoto,
  chooseService,
  continueTo,
  DESCRIPTION_ES,
  describeProblem,
  events,
  journeys,
  LONG,
  makeJpeg,
  markLocation,
  passFaq,
  receiptNumber,
  recordEvents,
  reviewText,
  submitButton,
  textOf,
  WAIT,
} from './support.js';

// The clock stands almost still while the form is filled: the case is "received" when the
// tracking page opens, and the test decides when time runs.
const j = journeys('journey-1-es-phone', { speed: 1 });

it('files a report with a map pin and a photo, then watches its status change live', async () => {
  const { context, page, pageErrors } = await j.open();
  await recordEvents(context);
  await page.goto(`${j.demo.url}/agency-site/`);
  const jpeg = await makeJpeg(page);
  const casesBefore = j.demo.sandbox.world.cases.size;

  const faqs = await describeProblem(page);
  expect(faqs).toMatch(/¿Quién repara los huecos de mi calle\?/);
  await j.shot(page, '1-faq');
  await passFaq(page);
  await chooseService(page);
  await answerQuestions(page);
  await markLocation(page);
  await j.shot(page, '2-map-pin');
  await continueTo(page, 'Fotos');
  await attachPhoto(page, jpeg);
  await continueTo(page, 'Sus datos de contacto');
  await anonymousWithConsent(page);

  const review = await reviewText(page);
  expect(review).toContain(DESCRIPTION_ES);
  expect(review).toContain('Hueco en la calle');
  expect(review).toContain('Del tamaño de una llanta');
  expect(review).toContain(ADDRESS_ES);
  expect(review).toMatch(/Marcado en el mapa \(\d+\.\d+, -\d+\.\d+\)/);
  expect(review).toContain('1 foto');
  expect(review).toContain('Anónimo');
  await j.shot(page, '3-review');

  await submitButton(page).click();
  const number = await receiptNumber(page);
  await j.shot(page, '4-receipt');

  // What the server filed is what the citizen entered.
  const filed = j.demo.sandbox.world.cases.get(number);
  expect(j.demo.sandbox.world.cases.size).toBe(casesBefore + 1);
  expect(filed).toMatchObject({
    serviceId: 'svc-mop-hueco',
    description: DESCRIPTION_ES,
    answers: { tamano: 'mediano', cantidad: 2, tipo_via: 'principal' },
    contact: { anonymous: true },
    lang: 'es',
    status: 'received',
  });
  expect(filed?.attachments).toHaveLength(1);
  expect(filed?.location).toMatchObject({ address: ADDRESS_ES });
  expect(filed?.location?.lat).toBeTypeOf('number');
  expect(await events(page)).toEqual([
    expect.objectContaining({
      type: 'p311-case-submitted',
      detail: expect.objectContaining({ number, queued: false }),
    }),
  ]);

  // The tracking link opens the status page with the number and the token.
  const form = page.locator('p311-case-form');
  const link = form.getByRole('link', { name: 'Ver el estado del caso' });
  expect(await form.locator('#tracking').inputValue()).toBe(await link.getAttribute('href'));
  await Promise.all([page.waitForURL(/\/agency-site\/seguimiento\.html\?/, WAIT), link.click()]);
  const url = new URL(page.url());
  expect(url.searchParams.get('case')).toBe(number);
  expect(url.searchParams.get('token')).toBe(filed?.token);

  const status = page.locator('p311-case-status');
  expect(await textOf(status.locator('#case-number'))).toBe(number);
  expect(await textOf(status.locator('[part="status"]'))).toBe('Recibido');
  expect(await textOf(status.locator('.live'))).toBe('Se actualiza en vivo');
  expect(await textOf(status.locator('[part="timeline"]'))).toContain('Caso registrado');
  await j.shot(page, '5-status-received');

  // The clock runs (15 virtual minutes a second): the page follows without a reload.
  const loads = j.demo.requests.filter((r) => r.endsWith('/seguimiento.html')).length;
  j.demo.setSpeed(900);
  try {
    await expect
      .poll(
        async () =>
          (await events(page))
            .filter((e) => e.type === 'p311-case-updated')
            .map((e) => e.detail.status),
        { ...LONG, interval: 200 },
      )
      .toEqual(expect.arrayContaining(['assigned', 'in_progress']));
  } finally {
    j.demo.setSpeed(1);
  }
  const seen = (await events(page))
    .filter((e) => e.type === 'p311-case-updated')
    .map((e) => e.detail.status);
  expect(seen[0]).toBe('assigned');
  expect(seen.indexOf('assigned')).toBeLessThan(seen.indexOf('in_progress'));
  expect(await textOf(status.locator('[part="status"]'))).not.toBe('Recibido');
  const timeline = await textOf(status.locator('[part="timeline"]'));
  expect(timeline).toContain('Asignado a un equipo');
  expect(timeline).toContain('En proceso');
  expect(await status.locator('[part="timeline"] li').count()).toBeGreaterThanOrEqual(3);
  expect(j.demo.requests.filter((r) => r.endsWith('/seguimiento.html')).length).toBe(loads);
  await j.shot(page, '6-status-live');

  expect(pageErrors).toEqual([]);
}, 180_000);
