/**
 * The SDK's Open311 adapter against the sandbox's GeoReport v2 facade, over real HTTP against
 * the `p311-sandbox` CLI, in JSON and in XML: discovery, services and their definitions,
 * filing with single and multiple answers and a photo, reading back, the token flow, filters,
 * paging and errors.
 */
import { errorCode, ProblemError, type Service } from '@panama311/sdk';
import { createOpen311Client, discoverOpen311, type Open311Client } from '@panama311/sdk/open311';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type RunningCli } from './cli.js';

const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]);
const KEY = 'pk_test_open311';
const HERE = { lat: 8.9824, lng: -79.5199 };

let cli: RunningCli;
beforeAll(async () => {
  cli = await startCli(['--seed', '7']);
});
afterAll(async () => {
  expect(await cli.stop()).toBe(0);
});

const clientFor = (format: 'json' | 'xml', jurisdictionId?: string): Open311Client =>
  createOpen311Client({
    endpoint: `${cli.url}/open311/v2`,
    apiKey: KEY,
    format,
    media: true,
    retry: 0,
    tokenPoll: { interval: 20, maxWait: 5000 },
    ...(jurisdictionId ? { jurisdictionId } : {}),
  });

/** Answers for every required question: the first choice, a number, or some text. */
const answersFor = (service: Service) =>
  Object.fromEntries(
    service.questions
      .filter((q) => q.variable && q.required)
      .map((q) => [
        q.code,
        q.datatype === 'multivaluelist'
          ? [q.values![0]!.key]
          : q.datatype === 'singlevaluelist'
            ? q.values![0]!.key
            : q.datatype === 'number'
              ? 1
              : 'Respuesta de prueba',
      ]),
  );

describe('discovery', () => {
  it.each(['json', 'xml'])(
    'discovery.%s names the v2 endpoint and both formats',
    async (format) => {
      const found = await discoverOpen311(`${cli.url}/open311/discovery.${format}`);
      expect(found).toMatchObject({ endpoint: `${cli.url}/open311/v2`, format: 'json' });
      expect(found.endpoints[0]).toMatchObject({
        specification: 'http://wiki.open311.org/GeoReport_v2',
        type: 'production',
        formats: ['text/xml', 'application/json'],
      });
      const client = createOpen311Client({ ...found, apiKey: KEY });
      expect((await client.services.list({ pageSize: 1, q: 'criadero' })).data[0]!.id).toBe(
        'svc-minsa-criaderos',
      );
    },
  );
});

describe.each(['json', 'xml'] as const)('in %s', (format) => {
  it('lists an entity’s services with their definitions, location rule and SLA', async () => {
    const client = clientFor(format, 'minsa');
    const page = await client.services.list({ pageSize: 100 });
    expect(page.data.every((s) => s.entityId === 'minsa')).toBe(true);
    const criaderos = page.data.find((s) => s.id === 'svc-minsa-criaderos')!;
    expect(criaderos).toMatchObject({
      name: 'Criadero de mosquitos',
      category: 'Salud pública',
      location: 'required',
      sla: { value: 5, unit: 'business_days' },
      attachments: { allowed: true, maxCount: 1 },
      open311: { type: 'realtime', metadata: true },
    });
    expect(criaderos.questions.map((q) => [q.code, q.datatype, q.required, q.variable])).toEqual([
      ['criadero', 'multivaluelist', true, true],
      ['lugar', 'singlevaluelist', false, true],
      ['casos', 'singlevaluelist', false, true],
      ['aviso_hogar', 'text', false, false],
    ]);
    expect(criaderos.questions[0]!.values).toContainEqual({
      key: 'llantas',
      name: 'Llantas con agua',
    });
    expect(client.format).toBe(format);
  });

  it('files a request with single and multiple answers and a photo, and reads it back', async () => {
    const client = clientFor(format, 'minsa');
    const photo = await client.attachments.upload(JPEG, { name: 'criadero.jpg' });
    const receipt = await client.cases.create({
      serviceId: 'svc-minsa-criaderos',
      description: `Llantas con agua detrás de la escuela (${format})`,
      answers: { criadero: ['llantas', 'lote'], lugar: 'via_publica' },
      location: { ...HERE, address: 'Calle 50, Obarrio' },
      attachments: [photo.id],
      contact: {
        anonymous: false,
        name: 'Ana María Pérez',
        email: 'ana@example.com',
        phone: '6123-4567',
      },
      consent: true,
    });
    expect(receipt).toMatchObject({
      number: expect.stringMatching(/^311-\d{4}-\d{6}$/),
      status: 'received',
    });
    expect(receipt.serviceNotice).toMatch(/Ministerio de Salud/);

    const found = await client.cases.get(receipt.number, receipt.token);
    expect(found).toMatchObject({
      number: receipt.number,
      status: 'received',
      service: { id: 'svc-minsa-criaderos', name: 'Criadero de mosquitos' },
      entity: { name: 'Ministerio de Salud' },
      description: `Llantas con agua detrás de la escuela (${format})`,
      location: { ...HERE, address: 'Calle 50, Obarrio' },
      sla: { state: 'on_time' },
    });
    expect(Date.parse(found.dueAt)).toBeGreaterThan(Date.parse(found.createdAt));
    // The photo went as the multipart `media` part and is served back.
    expect(found.attachments).toHaveLength(1);
    const served = await fetch(found.attachments[0]!);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(JPEG);
    // No personal data in what anyone can read.
    const raw = await (
      await fetch(`${cli.url}/open311/v2/requests/${receipt.number}.${format}?extensions=true`)
    ).text();
    expect(raw).not.toMatch(/ana@example|Pérez|6123/);
  });

  it('follows a batch service’s token to the request id', async () => {
    const client = clientFor(format, 'mun-panama');
    const { data } = await client.services.list({ q: 'luminaria' });
    expect(data[0]).toMatchObject({ id: 'svc-mun-panama-luminaria', open311: { type: 'batch' } });
    const batch = data[0]!;
    const receipt = await client.cases.create({
      serviceId: batch.id,
      description: 'Poste de luz apagado toda la semana',
      answers: answersFor(batch),
      location: HERE,
      contact: { anonymous: true },
      consent: true,
    });
    expect(receipt).toMatchObject({
      number: expect.stringMatching(/^311-/),
      token: expect.stringMatching(/^tok_/),
    });
    expect(receipt).not.toHaveProperty('pending');
    expect((await client.cases.get(receipt.number)).service.id).toBe(batch.id);
  });

  it('filters requests by id, service, status and dates, and pages through them', async () => {
    const client = clientFor(format);
    const all = (await client.requests.list()).data;
    expect(all.length).toBeGreaterThan(20);
    const [first, second] = all;
    const byId = await client.requests.list({ serviceRequestId: [first!.id, second!.id] });
    expect(byId.data.map((r) => r.id).sort()).toEqual([first!.id, second!.id].sort());

    const byService = await client.requests.list({ serviceCode: first!.serviceCode! });
    expect(byService.data.length).toBeGreaterThan(0);
    expect(byService.data.every((r) => r.serviceCode === first!.serviceCode)).toBe(true);

    const closed = await client.requests.list({ status: 'closed' });
    const open = await client.requests.list({ status: 'open' });
    expect(closed.data.every((r) => r.status === 'closed')).toBe(true);
    expect(open.data.every((r) => r.status === 'open')).toBe(true);
    expect(closed.data.length + open.data.length).toBe(all.length);

    const since = new Date(Date.now() - 3 * 86_400_000);
    const recent = await client.requests.list({
      startDate: since,
      endDate: new Date(Date.now() + 60_000),
    });
    expect(recent.data.length).toBeGreaterThan(0);
    expect(recent.data.every((r) => Date.parse(r.requestedAt!) >= since.getTime())).toBe(true);

    const paged: string[] = [];
    for await (const r of client.requests.all({ pageSize: 7 })) paged.push(r.id);
    expect(paged).toEqual(all.map((r) => r.id));
    const page2 = await client.requests.list({ page: 2, pageSize: 7 });
    expect(page2.data.map((r) => r.id)).toEqual(all.slice(7, 14).map((r) => r.id));
  });

  it('reads a case’s history as its timeline once it moves', async () => {
    const client = clientFor(format, 'minsa');
    const receipt = await client.cases.create({
      serviceId: 'svc-minsa-criaderos',
      description: 'Tanque sin tapa con larvas en el patio vecino',
      answers: { criadero: ['tanque'] },
      location: HERE,
      contact: { anonymous: true },
      consent: true,
    });
    await fetch(`${cli.url}/__sandbox/advance?minutes=${6 * 60}`, { method: 'POST' });
    const moved = await client.cases.get(receipt.number);
    expect(['assigned', 'in_progress', 'transferred', 'on_hold']).toContain(moved.status);
    expect(moved.timeline[0]).toMatchObject({ type: 'created' });
    expect(moved.timeline.some((e) => e.type === 'status' && e.status === 'assigned')).toBe(true);
    expect(moved.timeline.some((e) => e.type === 'note' || e.note)).toBe(true);
    const events = [];
    for await (const e of client.cases.watch(receipt.number, '', { pollInterval: 10 })) {
      events.push(e);
      break;
    }
    expect(events[0]!.data.status).toBe(moved.status);
  });

  it('finds the open requests of a service near a point', async () => {
    const client = clientFor(format, 'minsa');
    const near = await client.cases.nearby({
      serviceId: 'svc-minsa-criaderos',
      ...HERE,
      radius: 200,
    });
    expect(near.length).toBeGreaterThan(0);
    expect(
      near.every((c) => c.serviceId === 'svc-minsa-criaderos' && c.distanceMeters <= 200),
    ).toBe(true);
  });

  it('answers errors in the spec’s shapes, read as the SDK’s errors', async () => {
    const client = clientFor(format, 'minsa');
    const filing = {
      serviceId: 'svc-minsa-criaderos',
      description: 'Llantas con agua en la esquina',
      location: HERE,
      contact: { anonymous: true as const },
      consent: true as const,
    };
    const noKey = await createOpen311Client({ endpoint: `${cli.url}/open311/v2`, format, retry: 0 })
      .cases.create(filing)
      .catch((e: unknown) => e);
    expect(noKey).toBeInstanceOf(ProblemError);
    expect(errorCode(noKey)).toBe('forbidden');

    const missing = await client.cases.create(filing).catch((e: unknown) => e);
    expect(errorCode(missing)).toBe('validation_failed');
    expect((missing as ProblemError).problem.detail).toMatch(/attribute\[criadero\]/);

    const unknown = await client.cases.get('311-1999-000000').catch((e: unknown) => e);
    expect(errorCode(unknown)).toBe('not_found');

    const elsewhere = await clientFor(format, 'nowhere')
      .services.list()
      .catch((e: unknown) => e);
    expect(errorCode(elsewhere)).toBe('not_found');
  });
});

describe('on the wire', () => {
  const get = (path: string, init?: RequestInit) => fetch(`${cli.url}/open311/${path}`, init);

  it('writes the spec’s XML: containers of named items, declaration, text/xml', async () => {
    const res = await get('v2/services/svc-minsa-criaderos.xml');
    expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="utf-8"\?>\n<service_definition><service_code>svc-minsa-criaderos<\/service_code><attributes><attribute>/,
    );
    expect(xml).toMatch(
      /<values><value><key>llantas<\/key><name>Llantas con agua<\/name><\/value>/,
    );
    const list = await (await get('v2/requests.xml?page_size=2')).text();
    expect(list.match(/<request>/g)).toHaveLength(2);
  });

  it('answers errors as a list of {code, description} with the right status', async () => {
    const post = (format: string, body: string) =>
      get(`v2/requests.${format}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
      });
    const forbidden = await post('json', 'service_code=svc-minsa-criaderos');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual([
      { code: 403, description: "Invalid api_key received -- can't proceed with create_request." },
    ]);
    const missing = await post('xml', `api_key=${KEY}`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(
      /<errors><error><code>400<\/code><description>service_code was not provided\.<\/description><\/error><\/errors>/,
    );
    const unknown = await post('json', `api_key=${KEY}&service_code=svc-nope`);
    expect(unknown.status).toBe(404);
    expect((await get('v2/requests.json?start_date=yesterday')).status).toBe(400);
    expect((await get('v2/requests/311-1999-000000.json')).status).toBe(404);
    expect((await get('v2/tokens/tok_unknown.xml')).status).toBe(404);
    expect((await get('v2/services.json', { method: 'POST' })).status).toBe(405);
    expect((await get('v2/nothing.json')).status).toBe(404);
    expect((await get('v2/services')).status).toBe(404);
  });

  it('takes jurisdiction_id as optional, the country or one entity', async () => {
    const count = async (query: string) =>
      ((await (await get(`v2/services.json${query}`)).json()) as unknown[]).length;
    const all = await count('');
    expect(await count('?jurisdiction_id=311.gob.pa')).toBe(all);
    expect(await count('?jurisdiction_id=idaan')).toBeLessThan(all);
    expect((await get('v2/services.json?jurisdiction_id=nowhere')).status).toBe(404);
  });
});
