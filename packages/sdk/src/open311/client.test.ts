/**
 * Every GeoReport v2 call of the adapter, in JSON and in XML, against a fake server whose data
 * are the examples of the specification (wiki.open311.org/GeoReport_v2, mirrored in
 * open311/open311.github.io GeoReport_v2/index.md and Service_Discovery.md).
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorCode, errorMessage, InputError, ProblemError } from '../errors.js';
import {
  createOpen311Client,
  discoverOpen311,
  Open311Error,
  type Open311ClientOptions,
} from './client.js';

const BASE = 'https://api.city.test/dev/v2';
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9,
]);

const SERVICES = [
  {
    service_code: '001',
    service_name: 'Cans left out 24x7',
    description: 'Garbage or recycling cans that have been left out for more than 24 hours.',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'sanitation',
  },
  {
    service_code: '002',
    service_name: 'Construction plate shifted',
    description: 'Metal construction plate covering the street or sidewalk has been moved.',
    metadata: false,
    type: 'realtime',
    keywords: 'plate, street',
    group: 'street',
  },
];

const DEFINITION = {
  service_code: '001',
  attributes: [
    {
      variable: true,
      code: 'WHISHETN',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: null,
      order: 1,
      description: 'What is the ticket/tag/DL number?',
      values: [
        { key: 123, name: 'Ford' },
        { key: 124, name: 'Chrysler' },
      ],
    },
    {
      variable: true,
      code: 'COLOURS',
      datatype: 'multivaluelist',
      required: false,
      order: 3,
      description: 'Colours of the cans',
      values: [
        { key: 'red', name: 'Red' },
        { key: 'blue', name: 'Blue' },
      ],
    },
    {
      variable: false,
      code: 'NOTICE',
      datatype: 'text',
      required: false,
      order: 2,
      description: 'Cans must be off the street by 8 pm.',
    },
    {
      variable: true,
      code: 'SINCE',
      datatype: 'datetime',
      required: false,
      order: 4,
      description: 'Since when?',
    },
    {
      variable: true,
      code: 'COUNT',
      datatype: 'number',
      required: false,
      order: 5,
      description: 'How many?',
    },
    {
      variable: true,
      code: 'ADDR',
      datatype: 'string',
      required: false,
      order: 6,
      description: 'Building',
      datatype_description: 'Number and street',
    },
  ],
};

const REQUESTS = [
  {
    service_request_id: 638344,
    status: 'closed',
    status_notes: 'Duplicate request.',
    service_name: 'Sidewalk and Curb Issues',
    service_code: '006',
    description: 'Broken curb by the bus stop',
    agency_responsible: 'Public Works',
    service_notice: null,
    requested_datetime: '2010-04-14T06:37:38-08:00',
    updated_datetime: '2010-04-14T10:37:38-08:00',
    expected_datetime: '2010-04-15T06:37:38-08:00',
    address: '8TH AVE and JUDAH ST',
    address_id: 545483,
    zipcode: 94122,
    lat: 37.762221815,
    long: -122.4651145,
    media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
  },
  {
    service_request_id: 638349,
    status: 'open',
    status_notes: null,
    service_name: 'Sidewalk and Curb Issues',
    service_code: '006',
    description: null,
    agency_responsible: null,
    requested_datetime: '2010-04-19T06:37:38-08:00',
    updated_datetime: '2010-04-19T06:37:38-08:00',
    address: '8TH AVE and JUDAH ST',
    lat: 37.7623,
    long: -122.4652,
  },
];
const NOTES = [
  {
    datetime: '2010-04-14T06:37:38-08:00',
    description: 'Submitted via Android',
    type: 'submitted',
  },
  { datetime: '2010-04-14T10:37:38-08:00', description: 'Closed as a duplicate', type: 'closed' },
];

const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  notes: 'note',
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function toXml(name: string, v: unknown): string {
  if (v === null || v === undefined) return `<${name}/>`;
  if (Array.isArray(v))
    return `<${name}>${v.map((i) => toXml(ITEM[name] ?? 'item', i)).join('')}</${name}>`;
  if (typeof v === 'object')
    return `<${name}>${Object.entries(v)
      .map(([k, c]) => toXml(k, c))
      .join('')}</${name}>`;
  return `<${name}>${esc(String(v))}</${name}>`;
}
const reply = (format: string, root: string, v: unknown, status = 200) =>
  format === 'json'
    ? HttpResponse.json(v as object, { status })
    : new HttpResponse(`<?xml version="1.0" encoding="utf-8"?>\n${toXml(root, v)}`, {
        status,
        headers: { 'content-type': 'text/xml; charset=utf-8' },
      });
const errors = (format: string, status: number, description: string) =>
  reply(format, 'errors', [{ code: status, description }], status);

const entries = (form: FormData) => {
  const out: [string, FormDataEntryValue][] = [];
  form.forEach((value, key) => out.push([key, value]));
  return out;
};

/** What the fake server saw. */
interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string;
  form?: FormData;
}
let seen: Seen[] = [];
let tokenPolls = 0;
let tokenReadyAfter = 1;

/** A GeoReport v2 server as the specification describes it, in both formats. */
const geoReport = http.all(`${BASE}/*`, async ({ request }) => {
  const url = new URL(request.url);
  const m = /^\/dev\/v2\/(.+)\.(json|xml)$/.exec(url.pathname);
  if (!m) return new HttpResponse('Not found', { status: 404 });
  const [, path = '', format = 'xml'] = m;
  const contentType = request.headers.get('content-type') ?? '';
  const form = request.method === 'POST' ? await request.formData() : undefined;
  seen.push({
    method: request.method,
    path,
    query: url.searchParams,
    contentType,
    ...(form ? { form } : {}),
  });
  if (request.method === 'POST' && path === 'requests') {
    if (form?.get('api_key') !== 'KEY')
      return errors(format, 403, "Invalid api_key received -- can't proceed with create_request.");
    if (form.get('service_code') === 'BATCH')
      return reply(format, 'service_requests', [{ token: 12345 }]);
    if (!form.get('attribute[WHISHETN]')) return errors(format, 400, 'WHISHETN is required');
    return reply(format, 'service_requests', [
      {
        service_request_id: 293944,
        service_notice: 'The City will inspect within 24 hours',
        account_id: null,
      },
    ]);
  }
  if (path === 'services') return reply(format, 'services', SERVICES);
  if (path === 'services/001') return reply(format, 'service_definition', DEFINITION);
  if (path.startsWith('services/')) return errors(format, 404, 'service_code not found');
  if (path === 'requests') {
    const ids = url.searchParams.get('service_request_id')?.split(',');
    const page = Number(url.searchParams.get('page') ?? 1);
    const list = REQUESTS.filter((r) => !ids || ids.includes(String(r.service_request_id)));
    return reply(format, 'service_requests', page === 1 ? list : []);
  }
  const one = /^requests\/(\d+)$/.exec(path);
  if (one) {
    const found = REQUESTS.find((r) => String(r.service_request_id) === one[1]);
    if (!found) return errors(format, 404, 'service_request_id not found');
    const notes = url.searchParams.get('extensions') === 'true' && found.status === 'closed';
    return reply(format, 'service_requests', [notes ? { ...found, notes: NOTES } : found]);
  }
  if (path === 'tokens/12345')
    return reply(
      format,
      'service_requests',
      ++tokenPolls > tokenReadyAfter
        ? [{ service_request_id: 638344, token: 12345 }]
        : [{ token: 12345 }],
    );
  return errors(format, 404, 'Unknown resource');
});

const server = setupServer(geoReport);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  seen = [];
  tokenPolls = 0;
  tokenReadyAfter = 1;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const clientFor = (format: 'json' | 'xml', extra: Partial<Open311ClientOptions> = {}) =>
  createOpen311Client({
    endpoint: `${BASE}/`,
    jurisdictionId: 'city.gov',
    apiKey: 'KEY',
    format,
    media: true,
    retry: 0,
    tokenPoll: { interval: 5, maxWait: 2000 },
    ...extra,
  });

const validCase = {
  serviceId: '001',
  description: 'Cans left on the sidewalk all week',
  answers: { WHISHETN: '123', COLOURS: ['red', 'blue'], COUNT: 3 },
  location: { lat: 37.76524078, lng: -122.4212043, address: '1234 5th street' },
  contact: {
    anonymous: false as const,
    name: 'John Smith',
    email: 'smit333@sfgov.edu',
    phone: '+507 6123-4567',
  },
  consent: true as const,
};

describe.each(['json', 'xml'] as const)('in %s', (format) => {
  it('lists services with their definitions, ids and codes as strings', async () => {
    const client = clientFor(format);
    const page = await client.services.list();
    expect(page).toMatchObject({ page: 1, pageSize: 50, total: 2, nextPage: null });
    const [cans, plate] = page.data;
    expect(cans).toMatchObject({
      id: '001',
      entityId: 'city.gov',
      name: 'Cans left out 24x7',
      category: 'sanitation',
      keywords: ['lorem', 'ipsum', 'dolor'],
      location: 'optional',
      sla: { unit: 'unknown' },
      attachments: { allowed: true, maxCount: 1 },
      open311: { type: 'realtime', metadata: true },
    });
    expect(cans!.questions.map((q) => [q.code, q.datatype, q.order])).toEqual([
      ['WHISHETN', 'singlevaluelist', 1],
      ['NOTICE', 'text', 2],
      ['COLOURS', 'multivaluelist', 3],
      ['SINCE', 'datetime', 4],
      ['COUNT', 'number', 5],
      ['ADDR', 'string', 6],
    ]);
    expect(cans!.questions[0]).toMatchObject({
      label: 'What is the ticket/tag/DL number?',
      required: true,
      variable: true,
      values: [
        { key: '123', name: 'Ford' },
        { key: '124', name: 'Chrysler' },
      ],
    });
    expect(cans!.questions[0]).not.toHaveProperty('description');
    expect(cans!.questions[1]).toMatchObject({ variable: false });
    expect(cans!.questions[5]).toMatchObject({ description: 'Number and street' });
    expect(plate).toMatchObject({ id: '002', questions: [] });
    // The definition of the service without metadata is never asked for.
    expect(seen.map((s) => s.path)).toEqual(['services', 'services/001']);
    expect(seen[0]!.query.get('jurisdiction_id')).toBe('city.gov');
    expect(client.format).toBe(format);
  });

  it('filters and pages services here: GeoReport has no search', async () => {
    const client = clientFor(format, { definitions: 'lazy' });
    expect((await client.services.list({ q: 'PLATE' })).data.map((s) => s.id)).toEqual(['002']);
    expect((await client.services.list({ category: 'sanitation' })).data.map((s) => s.id)).toEqual([
      '001',
    ]);
    expect(await client.services.list({ pageSize: 1, page: 2 })).toMatchObject({
      data: [{ id: '002' }],
      total: 2,
      nextPage: null,
    });
    expect((await client.services.list({ entity: 'elsewhere' })).data).toEqual([]);
    // The list is read once; lazy definitions are not read at all.
    expect(seen.map((s) => s.path)).toEqual(['services']);
  });

  it('gets one service with its definition, and says not_found for a missing one', async () => {
    const client = clientFor(format);
    expect((await client.services.get('001')).questions).toHaveLength(6);
    expect((await client.services.get('002')).questions).toEqual([]);
    const error = await client.services.get('999').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Open311Error);
    expect(errorCode(error)).toBe('not_found');
  });

  it('files a request form-urlencoded, single and multiple attribute values included', async () => {
    const client = clientFor(format);
    const receipt = await client.cases.create(validCase);
    expect(receipt).toMatchObject({
      number: '293944',
      token: '293944',
      status: 'received',
      serviceId: '001',
      entityId: 'city.gov',
      dueAtKnown: false,
      serviceNotice: 'The City will inspect within 24 hours',
    });
    const post = seen.find((s) => s.method === 'POST')!;
    expect(post.path).toBe('requests');
    expect(post.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(entries(post.form!)).toEqual([
      ['api_key', 'KEY'],
      ['jurisdiction_id', 'city.gov'],
      ['service_code', '001'],
      ['lat', '37.76524078'],
      ['long', '-122.4212043'],
      ['address_string', '1234 5th street'],
      ['description', 'Cans left on the sidewalk all week'],
      ['first_name', 'John'],
      ['last_name', 'Smith'],
      ['email', 'smit333@sfgov.edu'],
      ['phone', '+507 6123-4567'],
      ['attribute[WHISHETN]', '123'],
      ['attribute[COLOURS][]', 'red'],
      ['attribute[COLOURS][]', 'blue'],
      ['attribute[COUNT]', '3'],
    ]);
  });

  it('sends a photo as the multipart `media` part with the request', async () => {
    const client = clientFor(format);
    const photo = await client.attachments.upload(JPEG, { name: 'curb.jpg' });
    expect(photo).toMatchObject({
      contentType: 'image/jpeg',
      bytes: JPEG.byteLength,
      name: 'curb.jpg',
    });
    await client.cases.create({
      ...validCase,
      contact: { anonymous: true },
      attachments: [photo.id],
    });
    const post = seen.find((s) => s.method === 'POST')!;
    expect(post.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const media = post.form!.get('media') as File;
    expect(media.name).toBe('curb.jpg');
    expect(media.type).toBe('image/jpeg');
    expect(new Uint8Array(await media.arrayBuffer())).toEqual(JPEG);
    expect(post.form!.get('attribute[WHISHETN]')).toBe('123');
    expect(post.form!.getAll('attribute[COLOURS][]')).toEqual(['red', 'blue']);
    expect(post.form!.has('email')).toBe(false);
    // A photo goes with one request only.
    await expect(
      client.cases.create({ ...validCase, attachments: [photo.id] }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('polls tokens/{token} until the request id appears', async () => {
    const client = clientFor(format);
    tokenReadyAfter = 2;
    const receipt = await client.cases.create({ ...validCase, serviceId: 'BATCH' });
    expect(receipt).toMatchObject({ number: '638344', token: '12345' });
    expect(receipt).not.toHaveProperty('pending');
    expect(seen.filter((s) => s.path === 'tokens/12345')).toHaveLength(3);
  });

  it('stops polling at maxWait with a pending receipt that `cases.get` resolves later', async () => {
    const client = clientFor(format, { tokenPoll: { interval: 10, maxWait: 25 } });
    tokenReadyAfter = 100;
    const receipt = await client.cases.create({ ...validCase, serviceId: 'BATCH' });
    expect(receipt).toMatchObject({ number: 'token:12345', token: '12345', pending: true });
    const pending = await client.cases.get(receipt.number).catch((e: unknown) => e);
    expect(pending).toMatchObject({ name: 'Open311Error', code: 'not_found', token: '12345' });
    tokenReadyAfter = 0;
    expect((await client.cases.get(receipt.number, receipt.token)).number).toBe('638344');
  });

  it('reads a request as a case: status, notes, agency, expected time, place, photo', async () => {
    const client = clientFor(format);
    const found = await client.cases.get('638344', 'any');
    expect(found).toMatchObject({
      number: '638344',
      status: 'closed',
      service: { id: '006', name: 'Sidewalk and Curb Issues' },
      entity: { id: 'Public Works', name: 'Public Works' },
      description: 'Broken curb by the bus stop',
      location: { lat: 37.762221815, lng: -122.4651145, address: '8TH AVE and JUDAH ST' },
      createdAt: '2010-04-14T06:37:38-08:00',
      updatedAt: '2010-04-14T10:37:38-08:00',
      dueAt: '2010-04-15T06:37:38-08:00',
      sla: { state: 'met', dueAt: '2010-04-15T06:37:38-08:00' },
      attachments: ['http://city.gov.s3.amazonaws.com/requests/media/638344.jpg'],
      open311: {
        status: 'closed',
        statusNotes: 'Duplicate request.',
        addressId: '545483',
        zipcode: '94122',
      },
    });
    expect(found.timeline.map((e) => [e.type, e.status, e.note])).toEqual([
      ['created', 'received', undefined],
      ['note', undefined, 'Submitted via Android'],
      ['status', 'closed', 'Closed as a duplicate'],
      ['note', undefined, 'Duplicate request.'],
    ]);
    const get = seen.find((s) => s.path === 'requests/638344')!;
    expect(get.query.get('extensions')).toBe('true');
    expect(get.query.get('jurisdiction_id')).toBe('city.gov');
  });

  it('reads an open request without a promise: SLA unknown, description empty', async () => {
    const found = await clientFor(format).cases.get('638349');
    expect(found).toMatchObject({
      status: 'received',
      description: '',
      entity: { id: 'city.gov' },
      sla: { state: 'unknown', dueAt: '2010-04-19T06:37:38-08:00' },
    });
    expect(found).not.toHaveProperty('statusRaw');
  });

  it('lists requests with every filter of the spec and the paging extension', async () => {
    const client = clientFor(format);
    const page = await client.requests.list({
      serviceRequestId: ['638344', '638349'],
      serviceCode: ['006', '007'],
      startDate: new Date('2010-04-01T00:00:00Z'),
      endDate: '2010-05-01T00:00:00Z',
      status: ['open', 'closed'],
      page: 1,
      pageSize: 50,
      extensions: true,
    });
    expect(Object.fromEntries(seen[0]!.query)).toEqual({
      jurisdiction_id: 'city.gov',
      service_request_id: '638344,638349',
      service_code: '006,007',
      start_date: '2010-04-01T00:00:00.000Z',
      end_date: '2010-05-01T00:00:00Z',
      status: 'open,closed',
      page: '1',
      page_size: '50',
      extensions: 'true',
    });
    expect(page.data.map((r) => [r.id, r.status, r.zipcode, r.addressId])).toEqual([
      ['638344', 'closed', '94122', '545483'],
      ['638349', 'open', undefined, undefined],
    ]);
    expect(page.nextPage).toBe(2);
  });

  it('pages through every request and stops at an empty page', async () => {
    const ids: string[] = [];
    for await (const r of clientFor(format).requests.all({ pageSize: 50 })) ids.push(r.id);
    expect(ids).toEqual(['638344', '638349']);
    expect(seen.map((s) => s.query.get('page'))).toEqual(['1', '2']);
  });

  it('finds open requests of a service near a point, nearest first', async () => {
    const near = await clientFor(format).cases.nearby({
      serviceId: '006',
      lat: 37.7623,
      lng: -122.4652,
      radius: 100,
    });
    expect(near).toEqual([
      {
        number: '638349',
        status: 'received',
        serviceId: '006',
        summary: 'Sidewalk and Curb Issues',
        createdAt: '2010-04-19T06:37:38-08:00',
        distanceMeters: 0,
        supporters: 0,
      },
    ]);
    expect(Object.fromEntries(seen[0]!.query)).toMatchObject({
      service_code: '006',
      status: 'open',
      lat: '37.7623',
      long: '-122.4652',
      radius: '100',
    });
  });

  it('turns the spec error bodies into ProblemErrors with the server words', async () => {
    const client = clientFor(format);
    const missing = await client.cases.get('1').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ProblemError);
    expect(missing).toMatchObject({
      code: 'not_found',
      problem: { status: 404, detail: 'service_request_id not found' },
    });
    const refused = await clientFor(format, { apiKey: 'WRONG' })
      .cases.create(validCase)
      .catch((e: unknown) => e);
    expect(errorCode(refused)).toBe('forbidden');
    expect((refused as ProblemError).problem.detail).toMatch(/Invalid api_key/);
    const invalid = await client.cases
      .create({ ...validCase, answers: {} })
      .catch((e: unknown) => e);
    expect(errorCode(invalid)).toBe('validation_failed');
    expect(errorMessage(invalid, 'en')).toBe('Check the highlighted fields.');
  });

  it('watches a request by polling and ends at a final status', async () => {
    const events = [];
    for await (const e of clientFor(format).cases.watch('638344', '', { pollInterval: 5 }))
      events.push(e);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'case', data: { number: '638344', status: 'closed' } });
  });
});

describe('format negotiation', () => {
  it('falls back to XML on a server that offers nothing else, and stays there', async () => {
    server.use(
      http.all(/\.json(\?|$)/, ({ request }) => {
        seen.push({
          method: request.method,
          path: 'json',
          query: new URL(request.url).searchParams,
          contentType: '',
        });
        return new HttpResponse('Not Found', { status: 404 });
      }),
    );
    const client = clientFor('json');
    expect((await client.services.list()).data).toHaveLength(2);
    expect(client.format).toBe('xml');
    await client.cases.get('638349');
    expect(seen.map((s) => s.path)).toEqual([
      'json',
      'services',
      'services/001',
      'requests/638349',
    ]);
  });

  it('reads XML sent for a .json URL, and asks for XML from then on', async () => {
    server.use(
      http.get(
        `${BASE}/services.json`,
        () =>
          new HttpResponse(`<services>${toXml('service', SERVICES[1])}</services>`, {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    const client = clientFor('json');
    expect((await client.services.list()).data.map((s) => s.id)).toEqual(['002']);
    expect(client.format).toBe('xml');
  });

  it('does not fall back on an HTTP error once JSON is known to work', async () => {
    const client = clientFor('json');
    await client.services.list({ pageSize: 1 });
    seen = [];
    await expect(client.cases.get('404')).rejects.toMatchObject({ code: 'not_found' });
    expect(seen).toHaveLength(1);
  });
});

describe('discovery', () => {
  const DISCOVERY = {
    changeset: '2011-02-03 14:18',
    contact: 'You can email or call for assistance api@mycity.org +1 (555) 555-5555',
    key_service: 'You can request a key here: http://api.mycity.gov/api_key/request',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: 'http://open311.mycity.gov/v2',
        changeset: '2010-11-23 09:01',
        type: 'production',
        formats: ['text/xml'],
      },
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: 'http://open311.mycity.gov/test/v2',
        changeset: '2010-10-02 09:01',
        type: 'test',
        formats: ['text/xml', 'application/json'],
      },
      {
        specification: 'http://wiki.open311.org/GeoReport_v3',
        url: 'http://open311.mycity.gov/v3',
        changeset: '2011-02-03 14:18',
        type: 'test',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };

  it.each(['json', 'xml'] as const)(
    'reads discovery.%s and picks the production v2 endpoint',
    async (format) => {
      server.use(
        http.get(`https://mycity.test/discovery.${format}`, () =>
          reply(format, 'discovery', DISCOVERY),
        ),
      );
      const found = await discoverOpen311(`https://mycity.test/discovery.${format}`);
      expect(found).toMatchObject({
        endpoint: 'http://open311.mycity.gov/v2',
        format: 'xml',
        changeset: '2011-02-03 14:18',
        keyService: 'You can request a key here: http://api.mycity.gov/api_key/request',
      });
      expect(found.endpoints).toHaveLength(3);
      expect(found.endpoints[1]!.formats).toEqual(['text/xml', 'application/json']);
      const client = createOpen311Client({ ...found, apiKey: 'KEY' });
      expect([client.endpoint, client.format]).toEqual(['http://open311.mycity.gov/v2', 'xml']);
    },
  );

  it('tries discovery.xml when discovery.json is missing', async () => {
    server.use(
      http.get('https://mycity.test/discovery.json', () => new HttpResponse(null, { status: 404 })),
      http.get('https://mycity.test/discovery.xml', () => reply('xml', 'discovery', DISCOVERY)),
    );
    expect((await discoverOpen311('https://mycity.test/discovery.json')).endpoint).toBe(
      'http://open311.mycity.gov/v2',
    );
  });
});

describe('the rest of the widgets interface', () => {
  it('has no FAQs', async () => {
    expect(await clientFor('json').answers.faqs({ service: '001' })).toEqual([]);
  });

  it('checks photos before keeping them', async () => {
    const client = clientFor('json');
    await expect(client.attachments.upload(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      errors: [{ code: 'file_type_not_allowed' }],
    });
    await expect(
      client.attachments.upload(new Blob([JPEG], { type: 'image/jpeg' }), {
        policy: { maxBytes: 4, types: ['image/jpeg'] },
      }),
    ).rejects.toMatchObject({ errors: [{ code: 'file_too_large' }] });
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(JPEG.slice(0, 4));
        c.enqueue(JPEG.slice(4));
        c.close();
      },
    });
    expect(await client.attachments.upload(stream)).toMatchObject({
      contentType: 'image/jpeg',
      bytes: 14,
    });
  });

  it('files once for the same idempotency key', async () => {
    const client = clientFor('json');
    const [a, b] = await Promise.all([
      client.cases.create(validCase, { idempotencyKey: 'k1' }),
      client.cases.create(validCase, { idempotencyKey: 'k1' }),
    ]);
    expect(a).toBe(b);
    expect(seen.filter((s) => s.method === 'POST')).toHaveLength(1);
  });

  it('refuses an endpoint that is not an http(s) URL', () => {
    expect(() => createOpen311Client({ endpoint: 'open311.city.gov/v2' })).toThrow(TypeError);
  });
});
