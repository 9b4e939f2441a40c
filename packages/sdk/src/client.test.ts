import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { createOperatorClient } from './operator.js';
import { paginate } from './resources/catalogue.js';

const API = 'https://api.test/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () =>
  createClient({
    apiKey: 'pk_test_x',
    baseUrl: 'https://api.test',
    retry: { limit: 2, backoffLimit: 10 },
  });

const at = '2026-03-02T10:00:00-05:00';

const receipt = {
  number: '311-2026-000123',
  token: 'trk_9Hq2xLm4Pz',
  status: 'received',
  createdAt: at,
  dueAt: '2026-03-05T10:00:00-05:00',
  entityId: 'idaan',
  serviceId: 'idaan-fuga',
};

const caseBody = (status: string) => ({
  number: receipt.number,
  status,
  service: { id: 'idaan-fuga', name: 'Fuga de agua' },
  entity: { id: 'idaan', name: 'IDAAN' },
  description: 'Fuga de agua frente a la escuela',
  createdAt: at,
  updatedAt: at,
  dueAt: receipt.dueAt,
  sla: { state: 'on_time', dueAt: receipt.dueAt },
  timeline: [{ id: 'ev1', at, type: 'created' }],
});

const money = (cents: number) => ({ cents, currency: 'PAB' });
const tow = {
  id: 'tow_01',
  plateMasked: '••••31',
  status: 'at_yard',
  vehicle: { make: 'Toyota', model: 'Hilux', color: 'Blanco' },
  infraction: { code: '107', description: 'Estacionado en zona prohibida' },
  from: { lat: 8.98, lng: -79.52, address: 'Vía España' },
  requestedAt: at,
  fees: { tow: money(7500), storagePerDay: money(1000), accrued: money(9500), asOf: at },
  releaseRequirements: ['Cédula del propietario', 'Registro vehicular'],
};

const service = (datatype: string) => ({
  id: 'idaan-fuga',
  entityId: 'idaan',
  name: 'Fuga de agua',
  description: 'Tuberías rotas en la vía pública',
  category: 'agua',
  kind: 'incident',
  sla: { value: 3, unit: 'business_days' },
  location: 'required',
  attachments: { allowed: true, maxCount: 3, maxBytes: 2_000_000, types: ['image/jpeg'] },
  questions: [
    {
      code: 'caudal',
      datatype: 'singlevaluelist',
      label: '¿Cuánta agua sale?',
      values: [{ key: 'poca', name: 'Poca' }],
    },
    { code: 'foto360', datatype, label: 'Vista de la fuga' },
  ],
});

describe('cases', () => {
  it('files a case with the body normalised', async () => {
    let body: unknown;
    let contentType: string | null = null;
    server.use(
      http.post(`${API}/cases`, async ({ request }) => {
        body = await request.json();
        contentType = request.headers.get('content-type');
        return HttpResponse.json(receipt, { status: 201 });
      }),
    );
    const result = await client().cases.create({
      serviceId: 'idaan-fuga',
      description: '  Fuga de agua frente a la escuela  ',
      location: { lat: 8.98, lng: -79.52, landmark: 'Escuela Belisario Porras' },
      contact: {
        anonymous: false,
        name: ' Ana Pérez ',
        email: ' Ana.Perez@Correo.PA ',
        phone: '6123-4567',
      },
      consent: true,
      unexpected: 'dropped',
    } as Parameters<ReturnType<typeof client>['cases']['create']>[0]);
    expect(contentType).toBe('application/json');
    expect(body).toEqual({
      serviceId: 'idaan-fuga',
      description: 'Fuga de agua frente a la escuela',
      answers: {},
      location: { lat: 8.98, lng: -79.52, landmark: 'Escuela Belisario Porras' },
      attachments: [],
      contact: {
        anonymous: false,
        name: 'Ana Pérez',
        email: 'ana.perez@correo.pa',
        phone: '+50761234567',
      },
      consent: true,
      lang: 'es',
    });
    expect(result).toEqual(receipt);
  });

  it('sends the tracking token in a header, never in the URL', async () => {
    let url = '';
    let token: string | null = null;
    server.use(
      http.get(`${API}/cases/:number`, ({ request }) => {
        url = request.url;
        token = request.headers.get('p311-tracking-token');
        return HttpResponse.json(caseBody('in_progress'));
      }),
    );
    const found = await client().cases.get(receipt.number, receipt.token);
    expect(found.status).toBe('in_progress');
    expect(found.statusRaw).toBeUndefined();
    expect(token).toBe(receipt.token);
    expect(url).toBe(`${API}/cases/311-2026-000123`);
  });

  it('turns a status it does not know into unknown and keeps the raw value', async () => {
    server.use(http.get(`${API}/cases/:number`, () => HttpResponse.json(caseBody('escalated'))));
    const found = await client().cases.get(receipt.number, receipt.token);
    expect(found.status).toBe('unknown');
    expect(found.statusRaw).toBe('escalated');
  });

  it('keeps fields this version does not know', async () => {
    server.use(
      http.get(`${API}/cases/:number`, () =>
        HttpResponse.json({
          ...caseBody('received'),
          priority: { level: 2, reason: 'escuela' },
          service: { id: 'idaan-fuga', name: 'Fuga de agua', icon: 'drop' },
        }),
      ),
    );
    const found = await client().cases.get(receipt.number, receipt.token);
    expect(found).toMatchObject({
      priority: { level: 2, reason: 'escuela' },
      service: { icon: 'drop' },
    });
  });

  it('asks for nearby cases with the query in the search parameters', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${API}/cases/nearby`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({
          data: [
            {
              number: '311-2026-000100',
              status: 'assigned',
              serviceId: 'idaan-fuga',
              summary: 'Fuga en la acera',
              createdAt: at,
              distanceMeters: 120,
              supporters: 3,
            },
          ],
        });
      }),
    );
    const nearby = await client().cases.nearby({ serviceId: 'idaan-fuga', lat: 8.98, lng: -79.52 });
    expect(nearby.map((c) => c.number)).toEqual(['311-2026-000100']);
    expect(Object.fromEntries(url!.searchParams)).toEqual({
      service: 'idaan-fuga',
      lat: '8.98',
      lng: '-79.52',
      radius: '300',
    });
  });
});

describe('services', () => {
  it('turns a question type it does not know into unknown and keeps the raw value', async () => {
    server.use(http.get(`${API}/services/:id`, () => HttpResponse.json(service('photo360'))));
    const found = await client().services.get('idaan-fuga');
    expect(found.questions.map((q) => [q.datatype, q.datatypeRaw])).toEqual([
      ['singlevaluelist', undefined],
      ['unknown', 'photo360'],
    ]);
    // Defaults the API may leave out.
    expect(found.questions[1]).toMatchObject({ variable: true, required: false, order: 0 });
  });

  it('sends only the filters given', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${API}/services`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({
          data: [service('text')],
          page: 1,
          pageSize: 50,
          total: 1,
          nextPage: null,
        });
      }),
    );
    await client().services.list({ entity: 'idaan', q: '' });
    expect(url?.search).toBe('?entity=idaan');
  });
});

describe('tows', () => {
  it('looks a plate up with everything personal normalised in the body and nothing in the URL', async () => {
    let url = '';
    let body: unknown;
    server.use(
      http.post(`${API}/tows/lookup`, async ({ request }) => {
        url = request.url;
        body = await request.json();
        return HttpResponse.json({ data: [tow] });
      }),
    );
    const tows = await client().tows.lookup({
      plate: 'kx-77 31',
      verifier: { type: 'cedula', value: '4 712 1839' },
    });
    expect(body).toEqual({ plate: 'KX7731', verifier: { type: 'cedula', value: '4-712-1839' } });
    expect(url).toBe(`${API}/tows/lookup`);
    expect(tows).toHaveLength(1);
    expect(tows[0]?.fees.accrued).toEqual({ cents: 9500, currency: 'PAB' });
  });

  it('looks up by ticket too', async () => {
    let body: unknown;
    server.use(
      http.post(`${API}/tows/lookup`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ data: [] });
      }),
    );
    expect(
      await client().tows.lookup({
        plate: 'KX7731',
        verifier: { type: 'ticket', value: 'b-0012 3456' },
      }),
    ).toEqual([]);
    expect(body).toEqual({ plate: 'KX7731', verifier: { type: 'ticket', value: 'B00123456' } });
  });

  it('turns a tow status it does not know into unknown and keeps the raw value', async () => {
    server.use(
      http.get(`${API}/tows/:id`, () => HttpResponse.json({ ...tow, status: 'impounded' })),
    );
    const found = await client().tows.get('tow_01');
    expect(found.status).toBe('unknown');
    expect(found.statusRaw).toBe('impounded');
  });
});

describe('paginate', () => {
  const entity = (id: string) => ({ id, name: id.toUpperCase(), kind: 'authority' });

  it('follows nextPage until it is null', async () => {
    const pages: string[] = [];
    const content: Record<string, { data: unknown[]; nextPage: number | null }> = {
      '1': { data: [entity('idaan'), entity('attt')], nextPage: 2 },
      '2': { data: [entity('mupa')], nextPage: 3 },
      '3': { data: [entity('minsa')], nextPage: null },
    };
    server.use(
      http.get(`${API}/entities`, ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '?';
        pages.push(page);
        const body = content[page];
        if (!body) return HttpResponse.json({ title: 'Not found', status: 404 }, { status: 404 });
        return HttpResponse.json({ ...body, page: Number(page), pageSize: 2, total: 4 });
      }),
    );
    const c = client();
    const ids: string[] = [];
    for await (const e of paginate((page) => c.entities.list({ page, pageSize: 2 })))
      ids.push(e.id);
    expect(ids).toEqual(['idaan', 'attt', 'mupa', 'minsa']);
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('stops when the server sends a page it already sent', async () => {
    const pages: string[] = [];
    server.use(
      http.get(`${API}/entities`, ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '?';
        pages.push(page);
        // A broken server: page 2 points back to page 1.
        return page === '1'
          ? HttpResponse.json({
              data: [entity('idaan')],
              page: 1,
              pageSize: 1,
              total: 2,
              nextPage: 2,
            })
          : HttpResponse.json({
              data: [entity('attt')],
              page: 2,
              pageSize: 1,
              total: 2,
              nextPage: 1,
            });
      }),
    );
    const c = client();
    const ids: string[] = [];
    for await (const e of paginate((page) => c.entities.list({ page }))) {
      ids.push(e.id);
      if (ids.length > 10) break;
    }
    expect(ids).toEqual(['idaan', 'attt']);
    expect(pages).toEqual(['1', '2']);
  });
});

describe('operator client', () => {
  const ops = () =>
    createOperatorClient({
      apiKey: 'sk_test_x',
      baseUrl: 'https://api.test',
      retry: { limit: 2, backoffLimit: 10 },
    });

  it('registers a tow with the plate, ticket and cédula normalised', async () => {
    let body: unknown;
    let key: string | null = null;
    server.use(
      http.post(`${API}/operator/tows`, async ({ request }) => {
        body = await request.json();
        key = request.headers.get('idempotency-key');
        return HttpResponse.json(
          { ...tow, status: 'requested', plate: 'KX7731', ticketNumber: 'B00123456' },
          { status: 201 },
        );
      }),
    );
    const created = await ops().tows.create({
      plate: 'kx 7731',
      vehicle: { make: 'Toyota', model: 'Hilux', color: 'Blanco' },
      ticketNumber: 'b-0012 3456',
      ownerCedula: '4 712 1839',
      infraction: { code: '107', description: 'Estacionado en zona prohibida' },
      location: { lat: 8.98, lng: -79.52 },
    });
    expect(body).toMatchObject({
      plate: 'KX7731',
      ticketNumber: 'B00123456',
      ownerCedula: '4-712-1839',
    });
    expect(key).toBeTruthy();
    expect(created.plate).toBe('KX7731');
  });

  it('refuses positions outside Panama without sending them', async () => {
    await expect(
      ops().tows.pushPositions('tow_01', [{ lat: 9.93, lng: -84.08, at }]),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ code: 'location_outside_panama' })],
    });
  });
});
