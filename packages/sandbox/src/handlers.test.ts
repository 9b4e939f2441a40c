import { createClient, type Client, type Service, type Tow } from '@panama311/sdk';
import { createOperatorClient } from '@panama311/sdk/operator';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { DEMO_TOWS } from './world.js';

const BASE = 'https://api.311.test';
const sandbox = createSandbox({ seed: 5, tickMs: 0 });
const server = setupServer(...sandbox.handlers);
const clientIn = (locale: 'es' | 'en') =>
  createClient({ apiKey: 'pk_test_unit', baseUrl: BASE, retry: 0, locale });
const spanish = clientIn('es');
const english = clientIn('en');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  sandbox.close();
});

async function everyService(client: Client): Promise<Service[]> {
  const all: Service[] = [];
  for (let page = 1; ; page++) {
    const { data, nextPage } = await client.services.list({ page, pageSize: 100 });
    all.push(...data);
    if (!nextPage) return all;
  }
}

/** What must not change between languages: everything but the text a person reads. */
const skeleton = (service: Service) => ({
  id: service.id,
  entityId: service.entityId,
  kind: service.kind,
  sla: service.sla,
  location: service.location,
  attachments: service.attachments,
  questions: service.questions.map((q) => ({
    code: q.code,
    datatype: q.datatype,
    variable: q.variable,
    required: q.required,
    order: q.order,
    keys: q.values?.map((v) => v.key),
  })),
});

const ids = (services: readonly Service[]) => services.map((s) => s.id);

describe('the service catalogue by request language', () => {
  it('answers in English to Accept-Language: en, with the ids, codes and keys of the Spanish one', async () => {
    const [es, en] = await Promise.all([everyService(spanish), everyService(english)]);
    expect(en.length).toBeGreaterThanOrEqual(300);
    expect(en.map(skeleton)).toEqual(es.map(skeleton));
    expect(en.filter((service, i) => service.name === es[i]!.name).map((s) => s.id)).toEqual([]);

    const leak = en.find((s) => s.id === 'svc-idaan-fuga')!;
    expect(leak).toMatchObject({ name: 'Water leak', category: 'Drinking water' });
    const where = leak.questions.find((q) => q.code === 'ubicacion_fuga')!;
    expect(where.label).toBe('Where is the leak?');
    expect(where.values?.find((v) => v.key === 'calle')?.name).toBe('In the street');
    expect(es.find((s) => s.id === 'svc-idaan-fuga')).toMatchObject({
      name: 'Fuga de agua',
      category: 'Agua potable',
    });
  });

  it('answers one service in the language asked for, Spanish when none is', async () => {
    expect((await english.services.get('svc-attt-semaforo')).name).toBe('Faulty traffic light');
    expect((await spanish.services.get('svc-attt-semaforo')).name).toBe('Semáforo dañado');
    const bare = await fetch(`${BASE}/v1/services/svc-attt-semaforo`, {
      headers: { authorization: 'Bearer pk_test_unit' },
    });
    expect(((await bare.json()) as Service).name).toBe('Semáforo dañado');
  });

  it('finds services by English words on an English page, and still by Spanish ones', async () => {
    const pothole = await english.services.list({ q: 'pothole' });
    expect(pothole.data[0]).toMatchObject({
      id: expect.stringMatching(/-hueco$/),
      name: 'Pothole',
    });
    const leak = await english.services.list({ q: 'water leak' });
    expect(leak.data[0]?.id).toMatch(/-fuga$/);
    // A word only the English keywords have.
    const trash = await english.services.list({ q: 'trash', pageSize: 100 });
    expect(trash.total).toBeGreaterThan(0);
    expect(trash.data.every((s) => s.id.endsWith('-basura'))).toBe(true);
    expect((await english.services.list({ q: 'fuga de agua' })).data[0]?.id).toMatch(/-fuga$/);
    // The English words come from the English catalogue: the Spanish one does not know them.
    expect((await spanish.services.list({ q: 'pothole' })).total).toBe(0);
    expect((await spanish.services.list({ q: 'trash' })).total).toBe(0);
  });

  it('filters by the category name a client was given, in either language', async () => {
    const all = { pageSize: 100 };
    const es = await spanish.services.list({ ...all, category: 'Agua potable' });
    const en = await english.services.list({ ...all, category: 'Drinking water' });
    expect(es.total).toBeGreaterThan(0);
    expect(ids(en.data)).toEqual(ids(es.data));
    expect(en.data.every((s) => s.category === 'Drinking water')).toBe(true);
    // A page that names the category in Spanish keeps its filter when it switches to English.
    const named = await english.services.list({ ...all, category: 'Agua potable' });
    expect(ids(named.data)).toEqual(ids(es.data));
    expect((await spanish.services.list({ ...all, category: 'Drinking water' })).total).toBe(0);
  });
});

describe('answers by request language', () => {
  it('finds English answers by English words, and by the Spanish words of their source', async () => {
    const byEnglish = await english.answers.faqs({ entity: 'idaan', q: 'water leak' });
    expect(byEnglish.length).toBeGreaterThan(0);
    expect(byEnglish.every((f) => f.lang === 'en')).toBe(true);
    const bySpanish = await english.answers.faqs({ entity: 'idaan', q: 'fuga de agua' });
    expect(bySpanish.map((f) => f.id)).toContain('faq-idaan-fuga-plazo');
    expect(bySpanish.find((f) => f.id === 'faq-idaan-fuga-plazo')?.question).toMatch(
      /How long does IDAAN take to handle "Water leak"/,
    );
  });
});

describe('a case by request language', () => {
  const demo = () =>
    [...sandbox.world.cases.values()].find((c) => c.token === 'demo-tracking-token-311')!;

  it('names the service of a case in the language asked for', async () => {
    const record = demo();
    expect(record.serviceId).toMatch(/-fuga$/);
    expect((await english.cases.get(record.number, record.token)).service.name).toBe('Water leak');
    expect((await spanish.cases.get(record.number, record.token)).service.name).toBe(
      'Fuga de agua',
    );
  });

  it('keeps the Open311 facade in Spanish, whatever the request language', async () => {
    const record = demo();
    const response = await fetch(`${BASE}/open311/v2/requests/${record.number}.json`, {
      headers: { 'accept-language': 'en' },
    });
    const [request] = (await response.json()) as { service_name: string }[];
    expect(request?.service_name).toBe('Fuga de agua');
  });
});

describe('a tow by request language', () => {
  const [demo] = DEMO_TOWS;
  const lookup = { plate: demo.plate, verifier: { type: 'cedula', value: demo.cedula } } as const;
  /** What must not change between languages: everything but the text a person reads. */
  const skeleton = (tow: Tow) => ({
    ...tow,
    vehicle: { ...tow.vehicle, color: '', type: '' },
    infraction: { ...tow.infraction, description: '' },
    fees: { ...tow.fees, asOf: '' },
    releaseRequirements: [],
  });
  /** The demo plate has two tows: the one on the truck now, then an old, released one. */
  const demoIn = (client: Client) => client.tows.lookup(lookup);

  it('describes the demo tow in English to Accept-Language: en, with the ids, codes and status of the Spanish one', async () => {
    const [spanishTows, englishTows] = await Promise.all([demoIn(spanish), demoIn(english)]);
    expect(englishTows.map((tow) => tow.status)).toEqual(['towing', 'released']);
    expect(englishTows.map(skeleton)).toEqual(spanishTows.map(skeleton));
    englishTows.forEach((en, i) => {
      const es = spanishTows[i]!;
      expect(en.vehicle.color, en.id).not.toBe(es.vehicle.color);
      expect(en.infraction.description, en.id).not.toBe(es.infraction.description);
    });

    const [en, es] = [englishTows[0]!, spanishTows[0]!];
    expect(en.vehicle).toEqual({ make: 'Toyota', model: 'Hiace', color: 'White', type: 'Minibus' });
    expect(en.infraction).toEqual({
      code: 'EST-06',
      description: 'Parking in a space reserved for people with disabilities',
    });
    expect(es.vehicle).toEqual({
      make: 'Toyota',
      model: 'Hiace',
      color: 'Blanco',
      type: 'Microbús',
    });
    expect(es.infraction).toEqual({
      code: 'EST-06',
      description: 'Estacionarse en un espacio reservado para personas con discapacidad',
    });
    expect(en).toMatchObject({ id: es.id, status: 'towing', plateMasked: '••••34' });
  });

  it('streams the live tow in English too: the snapshot and every change after it', async () => {
    const [{ id }] = (await demoIn(english)) as [Tow];
    const record = sandbox.world.tows.get(id)!;
    const seen: Tow[] = [];
    for await (const event of english.tows.watch(id)) {
      if (event.type !== 'tow') continue;
      seen.push(event.data as Tow);
      if (seen.length === 2) break;
      sandbox.world.announceTow(record);
    }
    for (const tow of seen) {
      expect(tow.vehicle).toMatchObject({ color: 'White', type: 'Minibus' });
      expect(tow.infraction.description).toBe(
        'Parking in a space reserved for people with disabilities',
      );
    }
  });

  it("serves an operator's tow with its text as sent, in either language", async () => {
    const ops = createOperatorClient({ apiKey: 'sk_test_unit', baseUrl: BASE, retry: 0 });
    const sent = {
      vehicle: { make: 'Kia', model: 'Picanto', color: 'Rojo', type: 'Sedán' },
      infraction: { code: 'EST-05', description: 'Estacionado en doble fila' },
    };
    await ops.tows.create({
      ...sent,
      plate: 'PA3111',
      ticketNumber: '00999112',
      location: { lat: 8.9833, lng: -79.5197, address: 'Vía España' },
    });
    for (const client of [english, spanish]) {
      const [tow] = await client.tows.lookup({
        plate: 'PA3111',
        verifier: { type: 'ticket', value: '00999112' },
      });
      expect(tow).toMatchObject(sent);
    }
  });
});
