/**
 * Journey 5: a driver whose car was towed looks it up on the ATTT's page (plate AB1234 and
 * the owner's cédula), watches the tow truck cross the map to the yard, sees the status
 * change when it arrives, and the fees grow with each day at the yard.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { events, journeys, recordEvents, textOf, WAIT } from './support.js';

// The clock stands still until the car is on the map, then runs 90 times faster: the truck's
// ~47-minute trip to the yard takes about half a minute.
const j = journeys('journey-5-tow', { speed: 1 });
const FAST = 90;

interface Truck {
  lat: number;
  lng: number;
  /** Where Leaflet drew the marker on the map. */
  transform: string;
  /** "a 12.3 km del corral", in metres. */
  metres: number;
}

const truckOf = (tow: Locator): Promise<Truck | undefined> =>
  tow.evaluate((el) => {
    const marker = el.querySelector<HTMLElement>('.p311-marker-truck');
    const icon = marker?.querySelector<HTMLElement>('[data-lat]');
    const text = el.querySelector('dd.truck')?.textContent ?? '';
    const distance = /a ([\d.,]+) (km|m) del corral/.exec(text);
    if (!marker || !icon || !distance) return undefined;
    // es-PA writes 16.9 km and 1,200 m.
    const amount = Number(distance[1]!.replace(/,/g, ''));
    return {
      lat: Number(icon.dataset.lat),
      lng: Number(icon.dataset.lng),
      transform: marker.style.transform,
      metres: distance[2] === 'km' ? amount * 1000 : amount,
    };
  });

/** "B/.90.00" → 90. */
const money = (text: string) => {
  const found = /(\d[\d,]*\.\d{2})/.exec(text);
  if (!found) throw new Error(`no amount in "${text}"`);
  return Number(found[1]!.replace(/,/g, ''));
};

const accrued = async (tow: Locator) => money(await textOf(tow.locator('.fees dd.accrued')));

async function lookUp(page: Page) {
  const lookup = page.locator('p311-tow-lookup');
  await lookup.getByLabel('Placa').fill('AB1234');
  await lookup.getByRole('textbox', { name: /Cédula/ }).fill('8-123-4567');
  await lookup.getByRole('button', { name: 'Buscar' }).click();
  expect(await textOf(lookup.locator('#results-title'))).toBe('Encontramos 2 remolques');
  return lookup;
}

it('follows the truck on the map to the yard, then the fees as the days pass', async () => {
  const { context, page, pageErrors } = await j.open();
  await recordEvents(context);
  await page.goto(`${j.demo.url}/attt-tow/`);
  const lookup = await lookUp(page);
  // The tow on its way comes first; last month's, already released, is folded away below.
  const tow = lookup.locator('article.tow').first();
  expect(await textOf(tow.locator('[part="status"]'))).toBe(
    'Su vehículo va en la grúa hacia el corral',
  );
  expect(await textOf(lookup.locator('details.earlier summary'))).toBe('Remolque anterior');
  await tow.locator('.leaflet-container').waitFor(WAIT);
  await expect.poll(() => truckOf(tow), WAIT).toBeDefined();
  expect(await tow.locator('.p311-marker-origin').count()).toBe(1);
  expect(await tow.locator('.p311-marker-yard').count()).toBe(1);
  expect(await textOf(tow.locator('.live'))).toBe('Se actualiza en vivo');
  // Towed, not yet at the yard: the tow fee only.
  const towFee = await accrued(tow);
  expect(towFee).toBe(80);
  await j.shot(page, '1-truck-on-its-way');

  j.demo.setSpeed(FAST);
  const start = (await truckOf(tow))!;
  const seen: Truck[] = [start];
  // The truck moves, on the map and in the text, while the status holds.
  await expect
    .poll(
      async () => {
        const now = await truckOf(tow);
        if (now && now.lat !== seen.at(-1)!.lat) seen.push(now);
        return seen.length;
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBeGreaterThanOrEqual(4);
  const last = seen.at(-1)!;
  expect(last.transform).not.toBe(start.transform);
  expect(last.metres).toBeLessThan(start.metres);
  expect(new Set(seen.map((s) => s.transform)).size).toBeGreaterThanOrEqual(3);
  await j.shot(page, '2-truck-moved');

  // It reaches the yard: new status, no truck, the arrival time, storage starts.
  await expect
    .poll(() => textOf(tow.locator('[part="status"]')), { timeout: 90_000, interval: 250 })
    .toBe('Su vehículo está en el corral');
  await expect.poll(() => tow.locator('.p311-marker-truck').count(), WAIT).toBe(0);
  expect(await textOf(tow.locator('.facts'))).toContain('Llegó al corral');
  expect(await textOf(tow.locator('.current'))).toBe('En el corral');
  // Storage is charged per started day: the first one as soon as the car is in.
  await expect.poll(() => accrued(tow), WAIT).toBe(towFee + 10);
  const firstDay = towFee + 10;
  expect(await textOf(tow.locator('.fees .hint'))).toMatch(/^Se suman B\/\.\s?10\.00 el /);
  expect(
    (await events(page)).filter((e) => e.type === 'p311-tow-updated').map((e) => e.detail),
  ).toContainEqual(expect.objectContaining({ status: 'at_yard', previousStatus: 'towing' }));
  j.demo.setSpeed(1);
  await j.shot(page, '3-at-the-yard');

  // A day later (the sandbox's clock control), one more day of storage, shown live.
  await j.demo.advance(24 * 60);
  await expect.poll(() => accrued(tow), WAIT).toBe(firstDay + 10);
  await j.demo.advance(24 * 60);
  await expect.poll(() => accrued(tow), WAIT).toBe(firstDay + 20);
  await j.shot(page, '4-fees-growing');

  expect(pageErrors).toEqual([]);
}, 180_000);
