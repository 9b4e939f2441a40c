/**
 * Journey 3: the connection drops just before the citizen sends. The form says the report is
 * saved and will go when the connection returns; when it does (the `online` event), the
 * report is filed, and filed once, photo included.
 */
import { expect, it } from 'vitest';
import {
  answerQuestions,
  anonymousWithConsent,
  attachPhoto,
  chooseService,
  continueTo,
  DESCRIPTION_ES,
  describeProblem,
  events,
  journeys,
  makeJpeg,
  markLocation,
  passFaq,
  receiptNumber,
  recordEvents,
  submitButton,
  textOf,
  WAIT,
} from './support.js';

const j = journeys('journey-3-offline', { speed: 1 });

it('queues the report while offline and files it exactly once when the connection returns', async () => {
  const { context, page, pageErrors } = await j.open();
  await recordEvents(context);
  await context.addInitScript(() => {
    const w = window as unknown as { p311Online: string[] };
    w.p311Online = [];
    addEventListener('online', () => w.p311Online.push('online'));
    addEventListener('offline', () => w.p311Online.push('offline'));
  });
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${j.demo.url}/agency-site/`);
  const jpeg = await makeJpeg(page);
  const world = j.demo.sandbox.world;
  const casesBefore = world.cases.size;
  const filedByServer = () => j.demo.requests.filter((r) => r === 'POST /v1/cases').length;
  const uploadsByServer = () => j.demo.requests.filter((r) => r === 'POST /v1/attachments').length;

  await describeProblem(page);
  await passFaq(page);
  await chooseService(page);
  await answerQuestions(page);
  await markLocation(page);
  await continueTo(page, 'Fotos');
  await attachPhoto(page, jpeg);
  await continueTo(page, 'Sus datos de contacto');
  await anonymousWithConsent(page);

  // The connection drops on the review step.
  await context.setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine), WAIT).toBe(false);
  await submitButton(page).click();
  const form = page.locator('p311-case-form');
  expect(await textOf(form.locator('#outcome-heading'))).toBe('Su reporte está guardado');
  expect(await textOf(form.locator('section'))).toMatch(
    /No hay conexión en este momento\. Lo enviaremos solo cuando vuelva la conexión/,
  );
  await j.shot(page, '1-queued');
  expect(filedByServer()).toBe(0);
  expect(uploadsByServer()).toBe(0);
  expect(world.cases.size).toBe(casesBefore);

  // Back online: the browser says so, and the queue goes out by itself.
  await context.setOffline(false);
  const number = await receiptNumber(page, { timeout: 30_000 });
  expect(
    await page.evaluate(() => (window as unknown as { p311Online: string[] }).p311Online),
  ).toEqual(['offline', 'online']);
  await j.shot(page, '2-sent-after-online');

  const filed = world.cases.get(number);
  expect(filed).toMatchObject({ description: DESCRIPTION_ES, serviceId: 'svc-mop-hueco' });
  expect(filed?.attachments).toHaveLength(1);
  const submitted = (await events(page)).filter((e) => e.type === 'p311-case-submitted');
  expect(submitted).toEqual([
    expect.objectContaining({ detail: expect.objectContaining({ number, queued: true }) }),
  ]);

  // Once, and still once a moment later and after a reload (the queue is empty).
  const once = () => {
    expect(filedByServer()).toBe(1);
    expect(uploadsByServer()).toBe(1);
    expect(posts.filter((p) => p === '/v1/cases')).toHaveLength(1);
    expect(world.cases.size).toBe(casesBefore + 1);
  };
  once();
  await page.waitForTimeout(1500);
  once();
  await page.reload();
  await form.getByLabel('Describa el problema').waitFor(WAIT);
  await page.waitForTimeout(1000);
  expect(await textOf(form)).not.toMatch(/Su reporte está guardado|Recuperamos el reporte/);
  once();

  expect(pageErrors).toEqual([]);
}, 180_000);
