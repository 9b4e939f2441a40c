/**
 * Journey 4: halfway through, the page reloads (a tap on the wrong link, the phone reclaiming
 * memory). The draft comes back: the words, the answers, the place and the photo, on the step
 * the citizen was on; and it files like any other report.
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
  journeys,
  LONG,
  makeJpeg,
  markLocation,
  onStep,
  passFaq,
  receiptNumber,
  reviewText,
  storedDraft,
  submitButton,
  textOf,
  thumbnailLoaded,
  WAIT,
} from './support.js';

const j = journeys('journey-4-draft-reload', { speed: 1 });

it('keeps the text, the answers, the place and the photo across a reload, then files them', async () => {
  const { page, pageErrors } = await j.open();
  await page.goto(`${j.demo.url}/agency-site/`);
  const jpeg = await makeJpeg(page);
  const form = page.locator('p311-case-form');

  await describeProblem(page);
  await passFaq(page);
  await chooseService(page);
  await answerQuestions(page);
  const marked = await markLocation(page);
  await continueTo(page, 'Fotos');
  await attachPhoto(page, jpeg);
  // The draft is saved as the citizen goes (a moment after the last change).
  await expect.poll(() => storedDraft(page), LONG).toMatchObject({ photos: 1, step: 4 });
  await j.shot(page, '1-before-reload');

  await page.reload();

  // Back on the photo step, with the notice, and the photo's thumbnail.
  const notice = form.getByRole('status').filter({ hasText: 'Recuperamos el reporte' });
  expect(await textOf(notice)).toMatch(/Recuperamos el reporte que dejó sin enviar\./);
  await onStep(page, 'Fotos');
  const thumb = form.getByRole('img', { name: 'Foto 1' });
  await thumb.waitFor(WAIT);
  await expect.poll(() => thumbnailLoaded(thumb), WAIT).toBe(true);
  await j.shot(page, '2-after-reload');

  // Everything before it too, step by step backwards.
  const back = async (title: string) => {
    await form.getByRole('button', { name: 'Volver', exact: true }).click();
    await onStep(page, title);
  };
  await back('¿Dónde está el problema?');
  expect(await form.getByLabel(/^Dirección/).inputValue()).toBe(ADDRESS_ES);
  expect(await textOf(form.locator('.point-set'))).toBe(marked);
  await back('Detalles del problema');
  expect(await form.getByRole('radio', { name: 'Del tamaño de una llanta' }).isChecked()).toBe(
    true,
  );
  expect(await form.getByLabel(/¿Cuántos huecos hay/).inputValue()).toBe('2');
  expect(await form.getByRole('radio', { name: 'Avenida o vía principal' }).isChecked()).toBe(true);
  await back('Elija el servicio');
  expect(await form.getByRole('radio', { name: /Hueco en la calle/ }).isChecked()).toBe(true);
  await back('¿Qué pasó?');
  expect(await form.getByLabel('Describa el problema').inputValue()).toBe(DESCRIPTION_ES);

  // And on to the end: the restored photo is the one sent.
  for (const title of ['Elija el servicio', 'Detalles del problema', '¿Dónde está el problema?'])
    await continueTo(page, title);
  await continueTo(page, 'Fotos');
  expect(await form.locator('ul.thumbs img').count()).toBe(1);
  await continueTo(page, 'Sus datos de contacto');
  await anonymousWithConsent(page);
  const review = await reviewText(page);
  expect(review).toContain(DESCRIPTION_ES);
  expect(review).toContain('1 foto');
  await submitButton(page).click();
  const number = await receiptNumber(page);
  const filed = j.demo.sandbox.world.cases.get(number);
  expect(filed).toMatchObject({
    description: DESCRIPTION_ES,
    answers: { tamano: 'mediano', cantidad: 2, tipo_via: 'principal' },
  });
  expect(filed?.attachments).toHaveLength(1);
  expect(filed?.location).toMatchObject({ address: ADDRESS_ES });
  // Sent, the draft is gone: a new visit starts empty.
  await expect.poll(() => storedDraft(page), WAIT).toBeUndefined();

  expect(pageErrors).toEqual([]);
}, 180_000);
