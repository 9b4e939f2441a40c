/**
 * Every endpoint and every fault of the sandbox, through the SDK, over real HTTP against
 * the `p311-sandbox` CLI.
 */
import {
  createClient,
  errorCode,
  errorMessage,
  InputError,
  ProblemError,
  ResponseValidationError,
  type Case,
  type Client,
  type ClientOptions,
  type Tow,
} from '@panama311/sdk';
import { createOperatorClient } from '@panama311/sdk/operator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOWS } from '../src/world.js';
import { startCli, type RunningCli } from './cli.js';

// A tiny valid JPEG header is all the sandbox sniffs.
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]);
const [demoTow] = DEMO_TOWS;

let cli: RunningCli;
let client: Client;
const clientFor = (extra: Partial<ClientOptions> = {}) =>
  createClient({
    apiKey: 'pk_test_api',
    baseUrl: cli.url,
    retry: { limit: 2, backoffLimit: 50 },
    ...extra,
  });

/** A fault for one call, by header. */
const fault = (value: string) => ({
  hooks: { beforeRequest: [(r: Request) => void r.headers.set('p311-fault', value)] },
});
const advance = (minutes: number) =>
  fetch(`${cli.url}/__sandbox/advance?minutes=${minutes}`, { method: 'POST' });

beforeAll(async () => {
  cli = await startCli(['--seed', '7', '--heartbeat', '200', '--lookup-limit', '1000']);
  client = clientFor();
});
afterAll(async () => {
  expect(await cli.stop()).toBe(0);
});

async function fileCase(
  c: Client,
  overrides: Record<string, unknown> = {},
  options: { idempotencyKey?: string } = {},
) {
  const { data } = await c.services.list({ q: 'fuga agua' });
  const service = data.find((s) => s.location === 'required' && s.attachments.allowed)!;
  const answers = Object.fromEntries(
    service.questions
      .filter((q) => q.variable && q.required)
      .map((q) => [
        q.code,
        q.values?.length
          ? q.datatype === 'multivaluelist'
            ? [q.values[0]!.key]
            : q.values[0]!.key
          : q.datatype === 'number'
            ? 1
            : 'sí',
      ]),
  );
  const receipt = await c.cases.create(
    {
      serviceId: service.id,
      description: 'Fuga de agua potable frente a la escuela desde ayer.',
      answers,
      location: { lat: 8.9824, lng: -79.5199, address: 'Vía España' },
      contact: {
        anonymous: false,
        name: 'Ana Pérez',
        email: 'ANA@example.com',
        phone: '6123-4567',
      },
      consent: true,
      ...overrides,
    },
    options,
  );
  return { service, receipt };
}

describe('catalogue', () => {
  it('lists entities page by page and finds them by name', async () => {
    const first = await client.entities.list({ pageSize: 20 });
    expect(first.total).toBeGreaterThanOrEqual(100);
    expect(first.data).toHaveLength(20);
    expect(first.nextPage).toBe(2);
    const found = await client.entities.list({ q: 'IDAAN' });
    expect(found.data[0]?.acronym).toBe('IDAAN');
    expect((await client.entities.get(found.data[0]!.id)).name).toMatch(/Acueductos/);
  });

  it('answers 404 as a localised problem for what does not exist', async () => {
    const es = await client.entities.get('no-such-entity').catch((e: unknown) => e);
    expect(es).toBeInstanceOf(ProblemError);
    expect((es as ProblemError).code).toBe('not_found');
    expect((es as ProblemError).problem.title).toBe('No encontrado');
    const en = await clientFor({ locale: 'en' })
      .entities.get('nope')
      .catch((e: unknown) => e);
    expect((en as ProblemError).problem.title).toBe('Not found');
  });

  it('finds services by what citizens type, with SLA and questions', async () => {
    const { data } = await client.services.list({ q: 'hueco calle' });
    expect(data[0]?.name).toMatch(/[Hh]ueco/);
    const service = await client.services.get(data[0]!.id);
    expect(service.sla.value).toBeGreaterThan(0);
    expect(['hours', 'business_days']).toContain(service.sla.unit);
    const entity = await client.services.list({ entity: 'idaan', pageSize: 100 });
    expect(entity.data.length).toBeGreaterThan(0);
    expect(entity.data.every((s) => s.entityId === 'idaan')).toBe(true);
  });

  it('answers FAQs in Spanish and, where given, in English', async () => {
    const es = await client.answers.faqs({ entity: 'idaan' });
    expect(es.length).toBeGreaterThan(0);
    expect(es.every((f) => f.lang === 'es')).toBe(true);
    const en = await clientFor({ locale: 'en' }).answers.faqs({ entity: 'idaan' });
    expect(en.some((f) => f.lang === 'en')).toBe(true);
    const withArticle = (await client.answers.faqs()).find((f) => f.articleId);
    if (withArticle)
      expect(
        (await client.answers.article(withArticle.articleId!)).paragraphs.length,
      ).toBeGreaterThan(0);
    const ranked = await client.answers.faqs({ q: 'sin agua' });
    expect(ranked[0]?.question.toLowerCase()).toMatch(/agua/);
  });

  it('lists the yards with hours and coordinates', async () => {
    const yards = await client.yards.list();
    expect(yards.length).toBeGreaterThanOrEqual(5);
    expect(yards[0]!.hours.length).toBeGreaterThan(0);
  });
});

describe('auth', () => {
  it('refuses a missing or malformed key with 401', async () => {
    const none = await fetch(`${cli.url}/v1/entities`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/problem\+json/);
    const wrong = await clientFor({ apiKey: 'pk_live_realkey' })
      .entities.list()
      .catch((e: unknown) => e);
    expect(errorCode(wrong)).toBe('unauthorized');
  });

  it('refuses secret keys sent from a page (an Origin header) and publishable keys for operators', async () => {
    const fromPage = await fetch(`${cli.url}/v1/operator/companies`, {
      headers: { authorization: 'Bearer sk_test_demo', origin: 'https://example.gob.pa' },
    });
    expect(fromPage.status).toBe(401);
    const publishable = await fetch(`${cli.url}/v1/operator/companies`, {
      headers: { authorization: 'Bearer pk_test_demo' },
    });
    expect(publishable.status).toBe(403);
  });
});

describe('bad input never gets a 200', () => {
  const raw = (path: string, init: RequestInit = {}) =>
    fetch(`${cli.url}${path}`, {
      ...init,
      headers: {
        authorization: 'Bearer pk_test_raw',
        'content-type': 'application/json',
        ...init.headers,
      },
    });

  it('answers malformed JSON with 400, the wrong type with 415, unknown routes with 404, wrong methods with 405', async () => {
    expect((await raw('/v1/cases', { method: 'POST', body: '{"serviceId":' })).status).toBe(400);
    expect(
      (
        await raw('/v1/cases', {
          method: 'POST',
          body: 'a=b',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
    expect((await raw('/v1/nothing-here')).status).toBe(404);
    expect((await raw('/v1/yards', { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('names every bad field in the language asked for', async () => {
    const response = await raw('/v1/tows/lookup', {
      method: 'POST',
      body: JSON.stringify({ plate: '!!', verifier: { type: 'cedula', value: '99-1-1' } }),
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      errors: { pointer: string; code: string; message: string }[];
    };
    expect(body.errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/plate', 'plate_invalid'],
      ['/verifier/value', 'cedula_invalid'],
    ]);
    expect(body.errors[0]!.message).toMatch(/^Enter the plate/);
  });

  it('checks a case against its service: required questions and location', async () => {
    const { data } = await client.services.list({ q: 'fuga agua' });
    const service = data.find(
      (s) => s.location === 'required' && s.questions.some((q) => q.required && q.variable),
    )!;
    const error = await client.cases
      .create({
        serviceId: service.id,
        description: 'Una fuga enorme en la calle',
        contact: { anonymous: true },
        consent: true,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    const pointers = (error as ProblemError).errors.map((e) => e.pointer);
    expect(pointers).toContain('/location');
    expect(pointers.some((p) => p.startsWith('/answers/'))).toBe(true);
  });

  it('lets the SDK refuse bad input before any request', async () => {
    const error = await client.tows
      .lookup({ plate: '', verifier: { type: 'ticket', value: '12' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(errorMessage(error, 'es')).toBe('Revise los datos marcados.');
  });
});

describe('attachments and cases', () => {
  it('uploads a photo and files a case with it; the receipt tracks the case', async () => {
    const photo = await client.attachments.upload(JPEG, { name: 'fuga.jpg' });
    expect(photo).toMatchObject({ contentType: 'image/jpeg', bytes: JPEG.byteLength });
    const { receipt } = await fileCase(client, { attachments: [photo.id] });
    expect(receipt.number).toMatch(/^311-\d{4}-\d{6}$/);
    expect(receipt.token.length).toBeGreaterThanOrEqual(24);
    expect(Date.parse(receipt.dueAt)).toBeGreaterThan(Date.parse(receipt.createdAt));
    const got = await client.cases.get(receipt.number, receipt.token);
    expect(got.status).toBe('received');
    expect(got.attachments).toEqual([photo.id]);
    expect(got.timeline[0]?.type).toBe('created');
    expect(JSON.stringify(got)).not.toMatch(/Ana|example\.com|6123/);
  });

  it('takes an address without coordinates as the place, so a map is never required', async () => {
    const { receipt } = await fileCase(client, {
      location: { address: 'Calle 50 y Vía Brasil', landmark: 'Frente al banco' },
    });
    const got = await client.cases.get(receipt.number, receipt.token);
    expect(got.location).toEqual({ address: 'Calle 50 y Vía Brasil', landmark: 'Frente al banco' });
    const half = await fileCase(client, { location: { lat: 8.98 } }).catch((e: unknown) => e);
    expect(errorCode(half)).toBe('validation_failed');
    const nowhere = await fileCase(client, { location: { address: '  ' } }).catch(
      (e: unknown) => e,
    );
    expect((nowhere as InputError).errors.map((e) => e.pointer)).toContain('/location/address');
  });

  it('refuses a file whose bytes are not an image, whatever it claims', async () => {
    const form = new FormData();
    form.set('file', new Blob(['<script>alert(1)</script>'], { type: 'image/jpeg' }), 'x.jpg');
    const response = await fetch(`${cli.url}/v1/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: 'Bearer pk_test_raw' },
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe(
      'file_type_not_allowed',
    );
  });

  it('refuses a file over 5 MB with 413', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(JPEG.subarray(0, 4));
    const form = new FormData();
    form.set('file', new Blob([big], { type: 'image/jpeg' }), 'big.jpg');
    const response = await fetch(`${cli.url}/v1/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: 'Bearer pk_test_raw' },
    });
    expect(response.status).toBe(413);
  });

  it('hides whether a case exists from a wrong token', async () => {
    const { receipt } = await fileCase(client);
    const error = await client.cases
      .get(receipt.number, 'wrong-token-wrong-token-wrong')
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('not_found');
  });

  it('replays the first result for the same Idempotency-Key and refuses a different body', async () => {
    const idempotencyKey = `idem-${Date.now()}`;
    const a = await fileCase(client, {}, { idempotencyKey });
    const b = await fileCase(client, {}, { idempotencyKey });
    expect(b.receipt).toEqual(a.receipt);
    const c = await fileCase(
      client,
      { description: 'Una descripción distinta del mismo problema' },
      { idempotencyKey },
    ).catch((e: unknown) => e);
    expect(errorCode(c)).toBe('conflict');
  });

  it('finds open cases nearby and counts supporters instead of a duplicate', async () => {
    const { service, receipt } = await fileCase(client);
    const near = await client.cases.nearby({ serviceId: service.id, lat: 8.9828, lng: -79.5199 });
    const mine = near.find((n) => n.number === receipt.number);
    expect(mine?.distanceMeters).toBeLessThan(100);
    expect(JSON.stringify(near)).not.toMatch(/Ana|example/);
    const far = await client.cases.nearby({
      serviceId: service.id,
      lat: 9.35,
      lng: -79.9,
      radius: 200,
    });
    expect(far.find((n) => n.number === receipt.number)).toBeUndefined();
    expect((await client.cases.support(receipt.number)).supporters).toBe(1);
  });

  it('moves a case through its lifecycle as the clock runs; feedback opens when resolved', async () => {
    const { receipt } = await fileCase(client);
    const early = await client.cases
      .feedback(receipt.number, receipt.token, { rating: 5 })
      .catch((e: unknown) => e);
    expect(errorCode(early)).toBe('feedback_not_open');
    await advance(60 * 24 * 30);
    const later = await client.cases.get(receipt.number, receipt.token);
    expect(['resolved', 'closed']).toContain(later.status);
    expect(later.timeline.map((e) => e.status).filter(Boolean)).toEqual(
      expect.arrayContaining(['received', 'assigned', 'in_progress']),
    );
    expect(['met', 'missed']).toContain(later.sla.state);
    const rated = await client.cases.feedback(receipt.number, receipt.token, {
      rating: 4,
      comment: 'Rápido',
    });
    expect(rated.feedback).toEqual({ rating: 4, comment: 'Rápido' });
  });

  it('answers 304 to a poll with the current ETag', async () => {
    const { receipt } = await fileCase(client);
    const url = `${cli.url}/v1/cases/${receipt.number}`;
    const headers = { authorization: 'Bearer pk_test_raw', 'p311-tracking-token': receipt.token };
    const first = await fetch(url, { headers });
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await fetch(url, { headers: { ...headers, 'if-none-match': etag } })).status).toBe(304);
  });

  it('gives the case again, in English, to a poll that switched language with the Spanish ETag', async () => {
    const { receipt } = await fileCase(client);
    const url = `${cli.url}/v1/cases/${receipt.number}`;
    const headers = { authorization: 'Bearer pk_test_raw', 'p311-tracking-token': receipt.token };
    const spanish = await fetch(url, { headers: { ...headers, 'accept-language': 'es' } });
    expect(spanish.headers.get('vary')).toBe('Accept-Language');
    const english = await fetch(url, {
      headers: {
        ...headers,
        'accept-language': 'en',
        'if-none-match': spanish.headers.get('etag')!,
      },
    });
    expect(english.status).toBe(200);
    expect(english.headers.get('etag')).not.toBe(spanish.headers.get('etag'));
    const [es, en] = [(await spanish.json()) as Case, (await english.json()) as Case];
    expect(en.service.id).toBe(es.service.id);
    expect(en.service.name).not.toBe(es.service.name);
  });
});

describe('live case updates', () => {
  it('streams each change of a case and ends at a final status', async () => {
    const { receipt } = await fileCase(client);
    const seen: Case['status'][] = [];
    const stream = client.cases.watch(receipt.number, receipt.token);
    const timer = setInterval(() => void advance(60), 100);
    try {
      for await (const event of stream) seen.push(event.data.status);
    } finally {
      clearInterval(timer);
    }
    expect(seen[0]).toBe('received');
    expect(seen).toEqual(expect.arrayContaining(['assigned', 'in_progress']));
    expect(['resolved', 'closed', 'rejected']).toContain(seen.at(-1));
  });

  it('resumes a dropped stream with Last-Event-ID, losing and repeating nothing', async () => {
    const { receipt } = await fileCase(client);
    const dropping = clientFor({ ...fault('drop=300') });
    const ids: string[] = [];
    const timer = setInterval(() => void advance(90), 120);
    try {
      for await (const event of dropping.cases.watch(receipt.number, receipt.token, {
        initialDelay: 20,
      }))
        ids.push(event.id!);
    } finally {
      clearInterval(timer);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const numbers = ids.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});

describe('tows', () => {
  it('finds the demo tow by plate and cédula, with nothing personal in the answer', async () => {
    const tows = await client.tows.lookup({
      plate: demoTow.plate.toLowerCase().replace(/(\D+)/, '$1-'),
      verifier: { type: 'cedula', value: demoTow.cedula },
    });
    expect(tows.length).toBeGreaterThanOrEqual(1);
    const tow = tows[0]!;
    expect(tow.plateMasked.endsWith(demoTow.plate.slice(-2))).toBe(true);
    const text = JSON.stringify(tows);
    expect(text).not.toContain(demoTow.plate);
    expect(text).not.toContain(demoTow.cedula);
    expect(text).not.toContain(demoTow.ticket);
    expect(tow.vehicle.make).toBeTruthy();
    expect(tow.releaseRequirements.length).toBeGreaterThan(0);
  });

  it('answers a wrong verifier exactly like no tow at all', async () => {
    const wrong = await client.tows.lookup({
      plate: demoTow.plate,
      verifier: { type: 'cedula', value: '3-33-333' },
    });
    const none = await client.tows.lookup({
      plate: 'ZZ9999',
      verifier: { type: 'cedula', value: '3-33-333' },
    });
    expect(wrong).toEqual([]);
    expect(none).toEqual([]);
  });

  it('rate-limits lookups per key and client with Retry-After', async () => {
    const limited = await startCli(['--lookup-limit', '2']);
    try {
      const c = createClient({ apiKey: 'pk_test_limit', baseUrl: limited.url, retry: 0 });
      const lookup = () =>
        c.tows.lookup({ plate: 'AB1234', verifier: { type: 'ticket', value: '00000001' } });
      await lookup();
      await lookup();
      const error = await lookup().catch((e: unknown) => e);
      expect(errorCode(error)).toBe('rate_limited');
      expect(Number((error as ProblemError).response.headers.get('retry-after'))).toBeGreaterThan(
        0,
      );
      const other = createClient({ apiKey: 'pk_test_other', baseUrl: limited.url, retry: 0 });
      await expect(
        other.tows.lookup({ plate: 'AB1234', verifier: { type: 'ticket', value: '00000001' } }),
      ).resolves.toEqual([]);
    } finally {
      await limited.stop();
    }
  });

  it('tracks an operator-registered tow from request to yard, the truck position streaming live', async () => {
    const ops = createOperatorClient({ apiKey: 'sk_test_demo', baseUrl: cli.url });
    const [company] = await ops.companies.list();
    const tow = await ops.tows.create({
      plate: 'PA-3110',
      vehicle: { make: 'Toyota', model: 'Hilux', color: 'Blanco' },
      ticketNumber: '00999111',
      ownerCedula: '8-311-2026',
      infraction: { code: 'EST-01', description: 'Estacionado en zona prohibida' },
      location: { lat: 8.9833, lng: -79.5197, address: 'Vía España' },
    });
    expect(tow).toMatchObject({ plate: 'PA3110', status: 'requested' });
    await ops.tows.assign(tow.id, { companyId: company!.id });
    await ops.tows.setStatus(tow.id, { status: 'dispatched' });
    const bad = await ops.tows.setStatus(tow.id, { status: 'requested' }).catch((e: unknown) => e);
    expect(errorCode(bad)).toBe('invalid_transition');

    const [found] = await client.tows.lookup({
      plate: 'PA3110',
      verifier: { type: 'ticket', value: '00999111' },
    });
    expect(found?.id).toBe(tow.id);
    const positions: number[] = [];
    const statuses: Tow['status'][] = [];
    const route = [8.984, 8.985, 8.986];
    const feed = (async () => {
      await new Promise((r) => setTimeout(r, 200));
      await ops.tows.setStatus(tow.id, { status: 'towing' });
      for (const lat of route) {
        await ops.tows.pushPositions(tow.id, [
          { lat, lng: -79.52, heading: 0, speedKph: 20, at: new Date().toISOString() },
        ]);
        await new Promise((r) => setTimeout(r, 50));
      }
      await ops.tows.setStatus(tow.id, { status: 'at_yard' });
      await ops.tows.setStatus(tow.id, { status: 'released' });
    })();
    for await (const event of client.tows.watch(tow.id)) {
      if (event.type === 'position') positions.push((event.data as { lat: number }).lat);
      else statuses.push((event.data as Tow).status);
    }
    await feed;
    expect(positions.slice(-3)).toEqual(route);
    expect(statuses).toEqual(
      expect.arrayContaining(['dispatched', 'towing', 'at_yard', 'released']),
    );
  });
});

describe('telemetry', () => {
  it('takes web-vitals beacons and reports their aggregates', async () => {
    for (const value of [100, 200, 300, 400]) {
      await client.telemetry.vitals({
        name: 'INP',
        value,
        rating: 'good',
        element: 'p311-case-form',
        origin: 'https://minsa.gob.pa',
        sampleRate: 0.5,
      });
    }
    const summary = await client.telemetry.summary();
    expect(
      summary.data.find((d) => d.element === 'p311-case-form' && d.name === 'INP'),
    ).toMatchObject({ count: 4, p75: 400 });
  });

  it('takes a sendBeacon-style request: key in the query, JSON as text/plain, per origin', async () => {
    const beacon = (key: string, origin: string) =>
      fetch(`${cli.url}/v1/telemetry/vitals?key=${key}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify({
          name: 'CLS',
          value: 0.02,
          rating: 'good',
          element: 'p311-tow-lookup',
          origin,
          sampleRate: 1,
          withinElement: true,
        }),
      });
    expect((await beacon('pk_test_demo', 'https://attt.gob.pa')).status).toBe(202);
    expect((await beacon('pk_test_demo', 'https://other.example')).status).toBe(202);
    // A secret key never travels in a URL, and a beacon is no way around the key.
    expect((await beacon('sk_test_demo', 'https://attt.gob.pa')).status).toBe(403);
    expect((await beacon('', 'https://attt.gob.pa')).status).toBe(401);
    const { data } = await client.telemetry.summary({ origin: 'https://attt.gob.pa' });
    expect(data.find((d) => d.element === 'p311-tow-lookup' && d.name === 'CLS')).toMatchObject({
      count: 1,
      good: 1,
      withinElement: 1,
    });
  });
});

describe('faults on demand', () => {
  it('retries a 503 (once) and succeeds', async () => {
    const c = clientFor({ ...fault(`status=503; retry-after=0; once=a${Date.now()}`) });
    await expect(c.yards.list()).resolves.toHaveLength((await client.yards.list()).length);
  });

  it('honours Retry-After on 429', async () => {
    const c = clientFor({ ...fault(`status=429; retry-after=1; once=b${Date.now()}`) });
    const started = performance.now();
    await c.yards.list();
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up after the retries with the right code', async () => {
    const c = clientFor({ retry: 0, ...fault('status=500') });
    expect(errorCode(await c.yards.list().catch((e: unknown) => e))).toBe('server_error');
  });

  it('times out on latency', async () => {
    const c = clientFor({ timeout: 100, retry: 0, ...fault('latency=1000') });
    expect(errorCode(await c.yards.list().catch((e: unknown) => e))).toBe('timeout');
  });

  it('sends malformed and schema-breaking bodies that the SDK names', async () => {
    const malformed = await clientFor({ ...fault('malformed') })
      .yards.list()
      .catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(ResponseValidationError);
    expect((malformed as ResponseValidationError).path).toBe('(body)');
    const broken = await clientFor({ ...fault('schema') })
      .yards.list()
      .catch((e: unknown) => e);
    expect((broken as ResponseValidationError).path).toBe('data');
  });

  it('never lets a broken answer be cached in place of the real one', async () => {
    const { receipt } = await fileCase(client);
    const get = (faultValue?: string) =>
      fetch(`${cli.url}/v1/cases/${receipt.number}`, {
        headers: {
          authorization: 'Bearer pk_test_demo',
          'p311-tracking-token': receipt.token,
          ...(faultValue ? { 'p311-fault': faultValue } : {}),
        },
      });
    expect((await get()).headers.get('etag')).toBeTruthy();
    for (const value of ['malformed', 'schema']) {
      const broken = await get(value);
      expect(broken.headers.get('etag'), value).toBeNull();
      expect(broken.headers.get('cache-control'), value).toBe('no-store');
    }
  });

  it('fails every request when started with --error-rate 1', async () => {
    const faulty = await startCli(['--error-rate', '1', '--fault-status', '503']);
    try {
      const c = createClient({ apiKey: 'pk_test_x', baseUrl: faulty.url, retry: 0 });
      const error = await c.yards.list().catch((e: unknown) => e);
      expect(errorCode(error)).toBe('unavailable');
      expect((error as ProblemError).response.headers.get('retry-after')).toBe('1');
    } finally {
      await faulty.stop();
    }
  });

  it('breaks bodies and drops streams for every client with the global flags', async () => {
    const faulty = await startCli(['--schema-rate', '1', '--latency', '50']);
    const dropping = await startCli(['--drop-streams', '150', '--speed', '600']);
    try {
      const broken = createClient({ apiKey: 'pk_test_x', baseUrl: faulty.url, retry: 0 });
      const started = performance.now();
      expect(await broken.yards.list().catch((e: unknown) => e)).toBeInstanceOf(
        ResponseValidationError,
      );
      expect(performance.now() - started).toBeGreaterThanOrEqual(45);
      const c = createClient({ apiKey: 'pk_test_x', baseUrl: dropping.url });
      const [tow] = await c.tows.lookup({
        plate: demoTow.plate,
        verifier: { type: 'cedula', value: demoTow.cedula },
      });
      const ids: number[] = [];
      let connections = 0;
      const counting = createClient({
        apiKey: 'pk_test_x',
        baseUrl: dropping.url,
        hooks: { beforeRequest: [(r) => void (r.url.endsWith('/events') && connections++)] },
      });
      for await (const event of counting.tows.watch(tow!.id, {
        initialDelay: 10,
        signal: AbortSignal.timeout(4000),
      })) {
        ids.push(Number(event.id));
      }
      // Streams end every 150 ms and the client waits up to the server's `retry: 1000` (with
      // jitter) before resuming: 4 s leaves room for at least 3 connections even when slow.
      expect(connections).toBeGreaterThanOrEqual(3);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    } finally {
      await faulty.stop();
      await dropping.stop();
    }
  });
});
