/**
 * What real GeoReport v2 servers send that the specification does not say, one test per
 * quirk. Each response is a minimal reconstruction of a real one; the comment above each
 * test names its source (a repository and path, or a URL).
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorMessage, ProblemError } from '../errors.js';
import { createOpen311Client, discoverOpen311, type Open311ClientOptions } from './client.js';
import { mapStatus, normalizeQuestions, normalizeRequest } from './normalize.js';

const BASE = 'https://open311.quirk.test/v2';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers GET or POST `path` (without format: both answer the same) with a literal body. */
function answer(
  path: string,
  body: string,
  init: { status?: number; type?: string; method?: 'get' | 'post' } = {},
) {
  const type =
    init.type ??
    (body.trimStart().startsWith('<') ? 'text/xml; charset=utf-8' : 'application/json');
  server.use(
    http[init.method ?? 'get'](
      new RegExp(`^${BASE}/${path}\\.(json|xml)(\\?.*)?$`),
      () =>
        new HttpResponse(body, { status: init.status ?? 200, headers: { 'content-type': type } }),
    ),
  );
}
const client = (extra: Partial<Open311ClientOptions> = {}) =>
  createOpen311Client({
    endpoint: BASE,
    apiKey: 'KEY',
    retry: 0,
    tokenPoll: { interval: 5, maxWait: 500 },
    ...extra,
  });
const filing = {
  serviceId: '4fd3b656e750846c53000004',
  description: 'Pothole in the right lane',
  location: { lat: 41.8781, lng: -87.6298 },
  contact: { anonymous: true as const },
  consent: true as const,
};

describe('ids, numbers, booleans and empty values', () => {
  // The specification's own JSON examples are not JSON: codes are bare numbers with leading
  // zeros. Source: open311/open311.github.io GeoReport_v2/index.md, GET Service Requests,
  // JSON example (`"service_code":006`); also its GET Service List example (`001`).
  it('reads codes written as numbers with leading zeros, keeping the zeros', async () => {
    answer(
      'requests',
      `[{"service_request_id":638344,"status":"closed","service_code":006,"zipcode":94122,
        "requested_datetime":"2010-04-14T06:37:38-08:00","lat":37.762221815,"long":-122.4651145}]`,
    );
    const { data } = await client({ format: 'json' }).requests.list();
    expect(data[0]).toMatchObject({
      id: '638344',
      serviceCode: '006',
      zipcode: '94122',
      lat: 37.762221815,
    });
  });

  // Ids and keys as numbers in one server, strings in another. Source: GeoReport_v2/index.md
  // (open311/open311.github.io), GET Service Definition JSON example: `"key":123`.
  it('keeps list keys sent as numbers as strings', () => {
    const [q] = normalizeQuestions({
      service_code: 'DMV66',
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
      ],
    });
    expect(q).toMatchObject({
      values: [
        { key: '123', name: 'Ford' },
        { key: '124', name: 'Chrysler' },
      ],
    });
    expect(q).not.toHaveProperty('description');
  });

  // Mark-a-Spot writes booleans as strings (`$service['metadata'] = "false"`) and an empty
  // `keywords`. Source: markaspot/markaspot_open311 src/Plugin/rest/resource/GeoreportProcessor.php
  // (taxMapService).
  it('reads booleans written as "true"/"false"', async () => {
    answer(
      'services',
      `[{"service_code":"8","service_name":"Abandoned Vehicle","metadata":"false","type":"realtime",
        "description":"Vehicles left on the street","keywords":""}]`,
    );
    const { data } = await client({ format: 'json' }).services.list();
    expect(data[0]).toMatchObject({
      id: '8',
      keywords: [],
      open311: { metadata: false },
      questions: [],
    });
  });

  // An empty element, `null` and a missing key all mean "absent". Toronto sends empty
  // elements (`<description/>`, `<updated_datetime/>`, `<zipcode/>`, `<media_url/>`), a single
  // request where a list is expected, and `long` before `lat`. Source:
  // bensheldon/open311status spec/fixtures/files/requests_toronto_single.xml.
  it('reads a single XML request with empty elements (Toronto)', async () => {
    answer(
      'requests/101005420892',
      `<?xml version="1.0" encoding="UTF-8"?>
<service_requests>
  <request>
    <service_request_id>101005420892</service_request_id>
    <status>open</status>
    <status_notes>In progress - The request has been scheduled.</status_notes>
    <service_name>Road - Pot hole</service_name>
    <service_code>CSROWR-12</service_code>
    <description/>
    <agency_responsible>311 Toronto</agency_responsible>
    <service_notice/>
    <requested_datetime>2018-07-30T00:01:00-04:00</requested_datetime>
    <updated_datetime/>
    <expected_datetime>2018-08-03T00:01:00-04:00</expected_datetime>
    <address>Warden Ave / Freeman St, Scarborough</address>
    <address_id>13459430</address_id>
    <zipcode/>
    <long>-79.272306875</long>
    <lat>43.691104288</lat>
    <media_url/>
  </request>
</service_requests>`,
    );
    const found = await client({ format: 'xml' }).cases.get('101005420892');
    expect(found).toMatchObject({
      number: '101005420892',
      status: 'received',
      description: '',
      entity: { name: '311 Toronto' },
      location: { lat: 43.691104288, lng: -79.272306875 },
      updatedAt: '2018-07-30T00:01:00-04:00',
      dueAt: '2018-08-03T00:01:00-04:00',
      attachments: [],
      open311: {
        statusNotes: 'In progress - The request has been scheduled.',
        addressId: '13459430',
      },
    });
    expect(found.open311).not.toHaveProperty('zipcode');
  });

  // Giessen's service list: an attribute on the root (`is_array="true"`), no `<group>`,
  // `<keywords/>` empty, codes with leading zeros. Source: bensheldon/open311status
  // spec/fixtures/files/services_giessen.xml.
  it('reads a service list without groups and with empty keywords (Giessen)', async () => {
    answer(
      'services',
      `<?xml version="1.0" encoding="utf-8"?>
<services is_array="true"><service><service_code>015</service_code><service_name>Abwasser und Wasser</service_name><metadata>false</metadata><type>realtime</type><description></description><keywords/></service><service><service_code>012</service_code><service_name>Verkehrsschild beschädigt</service_name><metadata>false</metadata><type>realtime</type><description>Report graffiti on a building you own.</description><keywords>graffiti, paintings</keywords></service></services>`,
    );
    const { data } = await client({ format: 'xml' }).services.list();
    expect(data.map((s) => [s.id, s.name, s.category, s.description, s.keywords])).toEqual([
      ['015', 'Abwasser und Wasser', '', '', []],
      [
        '012',
        'Verkehrsschild beschädigt',
        '',
        'Report graffiti on a building you own.',
        ['graffiti', 'paintings'],
      ],
    ]);
  });

  // Accela's server sends `null` dates, `""` addresses, `null` descriptions and statuses like
  // `Received`. Source: zbeat/accela-open311 README.md (GET requests sample response).
  it('reads a request list with nulls, empty strings and a capitalised status (Accela)', async () => {
    answer(
      'requests',
      `[{"address":"","agency_responsible":null,"description":null,"media_url":"http://thisisface.com",
        "requested_datetime":null,"service_code":"ServiceRequest-Water.cand.cSewage-Leaking.cFire.cHydrant-NA",
        "service_name":"Leaking Fire Hydrant","service_request_id":"ISLANDTON-14CAP-00000-00070",
        "status":"Received","updated_datetime":null}]`,
    );
    const { data } = await client({ format: 'json' }).requests.list();
    expect(data).toEqual([
      expect.objectContaining({
        id: 'ISLANDTON-14CAP-00000-00070',
        status: 'open',
        statusRaw: 'Received',
        caseStatus: 'received',
        mediaUrls: ['http://thisisface.com'],
      }),
    ]);
    expect(data[0]).not.toHaveProperty('address');
    expect(data[0]).not.toHaveProperty('requestedAt');
  });

  // The specification's XML example pads values with whitespace and line breaks
  // (`<service_notice>` on its own lines, `<media_url>…638344.jpg </media_url>`) and leaves
  // `<account_id/>` empty. Source: open311/open311.github.io GeoReport_v2/index.md, POST Service
  // Request and GET Service Requests XML examples.
  it('trims padded values and drops empty ones', async () => {
    answer(
      'requests',
      `<?xml version="1.0" encoding="utf-8"?>
<service_requests>
    <request>
        <service_request_id>293944</service_request_id>
        <service_notice>
            The City will inspect and require the responsible party to correct within 24 hours
        </service_notice>
        <account_id/>
    </request>
</service_requests>`,
      { method: 'post' },
    );
    answer(
      'requests/638344',
      `<service_requests><request><service_request_id>638344</service_request_id><status>closed</status>
        <requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>
        <media_url>http://city.gov.s3.amazonaws.com/requests/media/638344.jpg </media_url></request></service_requests>`,
    );
    const c = client({ format: 'xml' });
    expect(await c.cases.create(filing)).toMatchObject({
      number: '293944',
      serviceNotice:
        'The City will inspect and require the responsible party to correct within 24 hours',
    });
    expect((await c.cases.get('638344')).attachments).toEqual([
      'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
    ]);
  });
});

describe('lists', () => {
  // The Parker convention keeps the root element as a wrapper: `{"reports": [...]}`; servers
  // that convert their XML this way send `{"service_requests": [...]}`. Badgerfish writes an
  // empty element as `{}` and text as `{"$": "…"}`. Source: open311/open311.github.io
  // JSON_and_XML_Conversion.md (Parker and Badgerfish representations).
  it('unwraps JSON lists wrapped in an object, with Badgerfish values', async () => {
    answer(
      'requests',
      `{"service_requests":[{"service_request_id":{"$":"637619"},"status":{"$":"open"},"status_notes":{},
        "requested_datetime":"2010-04-13T18:30:02-05:00","address":{"$":"1600 Market St, San Francisco, CA 94103"}}]}`,
    );
    answer(
      'services',
      `{"services":[{"service_code":"001","service_name":"Cans left out 24x7","metadata":false,"type":"realtime","group":"sanitation"}]}`,
    );
    const c = client({ format: 'json' });
    const { data } = await c.requests.list();
    expect(data).toEqual([
      expect.objectContaining({
        id: '637619',
        status: 'open',
        address: '1600 Market St, San Francisco, CA 94103',
      }),
    ]);
    expect(data[0]).not.toHaveProperty('statusNotes');
    expect((await c.services.list()).data.map((s) => s.id)).toEqual(['001']);
  });

  // Mark-a-Spot's XML goes through Symfony's XmlEncoder: list items are `<item key="0">`
  // under a misspelt root (`service_requesta`), and its request ids are misspelt too
  // (`sevicerequest_id`), with `status_note` and `address_string` for `status_notes` and
  // `address`. Source: markaspot/markaspot_open311 src/Encoder/GeoreportXmlEncoder.php and
  // src/Plugin/rest/resource/GeoreportProcessor.php (nodeMapRequest).
  it('reads Mark-a-Spot requests: <item> elements and misspelt names', async () => {
    answer(
      'requests',
      `<?xml version="1.0"?>
<service_requesta><item key="0"><sevicerequest_id>1042</sevicerequest_id><title>Müll</title>
<description>Sperrmüll am Straßenrand</description><lat>50.93</lat><long>6.95</long>
<address_string>50667 Köln, Domkloster 4</address_string><service_name>Abfall</service_name>
<requested_datetime>2017-05-02T10:14:00+02:00</requested_datetime><updated_datetime>2017-05-03T08:00:00+02:00</updated_datetime>
<status_note>Wird bearbeitet</status_note><status>open</status><service_code>17</service_code></item>
<item key="1"><sevicerequest_id>1043</sevicerequest_id><description>Ohne Statusnotiz</description>
<requested_datetime>2017-05-02T11:00:00+02:00</requested_datetime><service_code>17</service_code></item></service_requesta>`,
    );
    const { data } = await client({ format: 'xml' }).requests.list();
    // Without a status note Mark-a-Spot writes no status at all: open, as just reported.
    expect(data[1]).toMatchObject({ id: '1043', status: 'open', caseStatus: 'received' });
    expect(data.slice(0, 1)).toEqual([
      expect.objectContaining({
        id: '1042',
        status: 'open',
        statusNotes: 'Wird bearbeitet',
        address: '50667 Köln, Domkloster 4',
        serviceCode: '17',
        lat: 50.93,
        lng: 6.95,
      }),
    ]);
  });

  // Mark-a-Spot's history (`extended_attributes.markaspot.log`) is an object keyed 1, 2, …,
  // not a list. Source: markaspot/markaspot_open311 src/Plugin/rest/resource/GeoreportProcessor.php
  // (`$request['extended_attributes']['markaspot']["log"][$logCount]`).
  it('reads a history sent as an object with numeric keys as a timeline (Mark-a-Spot)', async () => {
    answer(
      'requests/1042',
      `[{"sevicerequest_id":"1042","status":"closed","service_code":"17","service_name":"Abfall",
        "description":"Sperrmüll","requested_datetime":"2017-05-02T10:14:00+02:00","updated_datetime":"2017-05-04T09:00:00+02:00",
        "extended_attributes":{"markaspot":{"nid":"1042","log":{
          "1":{"status_note":"Eingegangen","status":"open","updated_datetime":"2017-05-02T10:20:00+02:00"},
          "2":{"status_note":"Abgeholt","status":"closed","updated_datetime":"2017-05-04T09:00:00+02:00"}}}}}]`,
    );
    const found = await client({ format: 'json' }).cases.get('1042');
    expect(found.status).toBe('closed');
    expect(found.timeline.map((e) => [e.type, e.status, e.note])).toEqual([
      ['created', 'received', undefined],
      ['status', 'received', 'Eingegangen'],
      ['status', 'closed', 'Abgeholt'],
    ]);
  });

  // Chicago lists requests still being processed with neither a token nor an id: "users …
  // should ignore any service requests returned by the API until they have a
  // service_request_id". Its requests also omit `description`. Sources: Chicago/open311-api-docs
  // docs/service_requests.md; bensheldon/open311status spec/fixtures/service_requests.json.
  it('skips requests without an id (Chicago)', async () => {
    answer(
      'requests',
      `[{"service_request_id":"14-01100669","status":"open","service_name":"Alley Light Out",
         "service_code":"4ffa9cad6018277d4000007b","agency_responsible":"Division of Electrical Operations CDOT",
         "requested_datetime":"2014-07-12T10:58:43-05:00","updated_datetime":"2014-07-12T11:08:21-05:00",
         "address":"1540 W 17TH ST, CHICAGO, IL, 60608","lat":41.858724777757864,"long":-87.66475146237676},
        {"status":"open","service_name":"Pothole in Street","service_code":"4fd3b656e750846c53000004",
         "requested_datetime":"2014-07-12T11:10:02-05:00"}]`,
    );
    const { data } = await client({ format: 'json' }).requests.list();
    expect(data.map((r) => r.id)).toEqual(['14-01100669']);
    expect(data[0]).not.toHaveProperty('description');
  });
});

describe('statuses', () => {
  // FixMyStreet imports requests whose status is a word of its own, e.g. `investigating`.
  // Source: mysociety/fixmystreet t/open311/getservicerequests.t (`<status>investigating</status>`).
  it('maps `investigating` to in_progress, open, raw kept (FixMyStreet)', async () => {
    answer(
      'requests/638345',
      `<?xml version="1.0" encoding="utf-8"?>
<service_requests>
<request>
<service_request_id>638345</service_request_id>
<status>investigating</status>
<status_notes>This is a for a different issue.</status_notes>
<service_name>Not Sidewalk and Curb Issues</service_name>
<service_code>not_sidewalks</service_code>
<description>This is a problem</description>
<agency_responsible></agency_responsible>
<service_notice></service_notice>
<requested_datetime>2010-04-15T06:37:38-08:00</requested_datetime>
<updated_datetime>2010-04-15T06:37:38-08:00</updated_datetime>
<expected_datetime>2010-04-15T06:37:38-08:00</expected_datetime>
<lat>51.4021</lat>
<long>0.01578</long>
</request>
</service_requests>`,
    );
    const found = await client({ format: 'xml' }).cases.get('638345');
    expect(found).toMatchObject({
      status: 'in_progress',
      statusRaw: 'investigating',
      open311: { status: 'open' },
    });
    expect(found.timeline.at(-1)).toMatchObject({
      type: 'status',
      status: 'in_progress',
      note: 'This is a for a different issue.',
    });
  });

  // Statuses seen beyond open/closed, each mapped to open/closed and an SDK status, the raw
  // word kept. Sources: FixMyStreet's update statuses (mysociety/fixmystreet
  // t/open311/getservicerequestupdates.t: `INVESTIGATING`, `IN_PROGRESS`, `ACTION_SCHEDULED`,
  // `INTERNAL_REFERRAL`, `NOT_COUNCILS_RESPONSIBILITY`, `DUPLICATE`, `FIXED`, `CLOSED`,
  // `NO_FURTHER_ACTION`); Accela's `Received` (zbeat/accela-open311 README.md).
  it.each([
    ['INVESTIGATING', 'open', 'in_progress'],
    ['IN_PROGRESS', 'open', 'in_progress'],
    ['ACTION_SCHEDULED', 'open', 'in_progress'],
    ['INTERNAL_REFERRAL', 'open', 'transferred'],
    ['Received', 'open', 'received'],
    ['FIXED', 'closed', 'resolved'],
    ['NOT_COUNCILS_RESPONSIBILITY', 'closed', 'rejected'],
    ['DUPLICATE', 'closed', 'rejected'],
    ['NO_FURTHER_ACTION', 'closed', 'closed'],
    ['CLOSED', 'closed', 'closed'],
  ])('maps %s to %s (%s), keeping the raw word', (raw, status, caseStatus) => {
    expect(mapStatus(raw)).toEqual({ status, caseStatus });
    // `CLOSED` is the spec's word in capitals: nothing more to keep.
    expect(normalizeRequest({ service_request_id: 1, status: raw })?.statusRaw).toBe(
      raw === 'CLOSED' ? undefined : raw,
    );
  });
});

describe('service definitions', () => {
  // Boston's definitions use datatypes outside the spec (`informational`, `boolean (checkbox)`,
  // `date`), conditional choices nested in `values`, and `order: null`. Sources:
  // CityOfBoston/digital services-js/311/server/services/Open311.ts (ServiceMetadataAttribute)
  // and services-js/311/server/services/__fixtures__/open311/metadata.ts.
  it('asks unknown datatypes as text (or as a choice when they have choices), never fails (Boston)', async () => {
    answer(
      'services',
      `[{"service_code":"MTRECYDBI","service_name":"Trash or recycling not collected","metadata":true,"type":"realtime","group":"Sanitation"}]`,
    );
    answer(
      'services/MTRECYDBI',
      `{"service_code":"MTRECYDBI","attributes":[
        {"required":false,"datatype":"informational","datatype_description":null,"order":2,"code":"TRSHHHITMS","variable":false,
         "description":"TRASH–household trash items."},
        {"required":true,"datatype":"boolean (checkbox)","datatype_description":null,"order":1,"code":"AGREE","variable":true,
         "description":"I confirm the trash was out by 7 am"},
        {"required":false,"datatype":"date","datatype_description":null,"order":null,"code":"WHEN","variable":true,"description":"Missed on"},
        {"required":false,"datatype":"singlevaluelist","order":3,"code":"SR-MTRECYDBI1","variable":true,"description":"What was missed?",
         "values":[{"key":"Trash","name":"Trash"},{"dependentOn":{"clause":"OR","conditions":[]},"values":[{"key":"Bulk Item","name":"Bulk Item"}]}]}]}`,
    );
    const service = await client({ format: 'json' }).services.get('MTRECYDBI');
    expect(
      service.questions.map((q) => [q.code, q.datatype, q.datatypeRaw, q.variable, q.order]),
    ).toEqual([
      ['AGREE', 'text', 'boolean (checkbox)', true, 1],
      ['TRSHHHITMS', 'text', 'informational', false, 2],
      // No order: its place in the list (third), before the later attribute of order 3.
      ['WHEN', 'text', 'date', true, 3],
      ['SR-MTRECYDBI1', 'singlevaluelist', undefined, true, 3],
    ]);
    expect(service.questions[3]!.values).toEqual([
      { key: 'Trash', name: 'Trash' },
      { key: 'Bulk Item', name: 'Bulk Item' },
    ]);
  });

  // Boston states a service's location requirement in `definitions` and its promised time in
  // `service_level_agreement`, whose `type` and `value` appear both ways round. Sources:
  // CityOfBoston/digital services-js/311/server/services/__fixtures__/open311/metadata.ts
  // (`{type: 'Business Days', value: 5}`, `location_required`) and …/open311/request.ts
  // (`{type: 24, value: 'Hours'}`).
  it('takes the location requirement and the SLA from Boston definitions', async () => {
    answer(
      'services',
      `[{"service_code":"CEMTRYMAIN","service_name":"Cemetery needs maintenance","metadata":true,"type":"realtime","group":"Parks-Public"},
        {"service_code":"BOS311GEN","service_name":"General request","metadata":true,"type":"realtime","group":"Other"},
        {"service_code":"MTRECYDBI","service_name":"Trash not collected","metadata":true,"type":"realtime","group":"Sanitation"}]`,
    );
    answer(
      'services/CEMTRYMAIN',
      `{"service_code":"CEMTRYMAIN","attributes":[],"definitions":{"contact_required":false,"location_required":true,
        "location":{"required":true,"visible":true}},"service_level_agreement":{"type":"Business Days","value":5}}`,
    );
    answer(
      'services/BOS311GEN',
      `{"service_code":"BOS311GEN","attributes":[],"definitions":{"location_required":false,"location":{"required":false,"visible":true}},
        "service_level_agreement":{"type":null,"value":null}}`,
    );
    answer(
      'services/MTRECYDBI',
      `{"service_code":"MTRECYDBI","attributes":[],"service_level_agreement":{"type":24,"value":"Hours"}}`,
    );
    const { data } = await client({ format: 'json' }).services.list();
    expect(data.map((s) => [s.id, s.location, s.sla])).toEqual([
      ['CEMTRYMAIN', 'required', { value: 5, unit: 'business_days' }],
      ['BOS311GEN', 'optional', { value: 1, unit: 'unknown' }],
      ['MTRECYDBI', 'optional', { value: 24, unit: 'hours' }],
    ]);
  });

  // FixMyStreet: attributes filled by the server or silently by the client (`automated`:
  // `server_set`, `hidden_field`) are not asked; attributes come out of order (1, 3, 2) or
  // all with the same order; `<attributes>` may be empty but for whitespace. Source:
  // mysociety/fixmystreet t/open311/populate-service-list.t ("check attribute ordering",
  // "check Bromley skip code", "check empty meta data handled").
  it('sorts attributes by order, skips automated ones, reads an empty list (FixMyStreet)', async () => {
    answer(
      'services',
      `<services><service><service_code>100</service_code><service_name>Cans left out 24x7</service_name><metadata>true</metadata><type>realtime</type><keywords>lorem, ipsum, dolor</keywords><group>sanitation</group></service>
       <service><service_code>101</service_code><service_name>Empty</service_name><metadata>true</metadata><type>realtime</type><group>sanitation</group></service></services>`,
    );
    answer(
      'services/100',
      `<?xml version="1.0" encoding="utf-8"?>
<service_definition>
    <service_code>100</service_code>
    <attributes>
        <attribute><variable>true</variable><code>type</code><datatype>string</datatype><required>true</required><datatype_description>Type of bin</datatype_description><order>1</order><description>Type of bin</description></attribute>
        <attribute><variable>true</variable><code>colour</code><datatype>string</datatype><required>true</required><datatype_description>Colour of bin</datatype_description><order>3</order><description>Colour of bin</description></attribute>
        <attribute><variable>true</variable><code>size</code><datatype>string</datatype><required>true</required><datatype_description>Size of bin</datatype_description><order>2</order><description>Size of bin</description></attribute>
        <attribute><automated>server_set</automated><variable>true</variable><code>easting</code><datatype>string</datatype><required>true</required><order>1</order><description>Easting</description></attribute>
        <attribute><automated>hidden_field</automated><variable>true</variable><code>prow_reference</code><datatype>string</datatype><required>false</required><order>101</order><description>Right of way reference</description></attribute>
    </attributes>
</service_definition>`,
    );
    answer(
      'services/101',
      `<?xml version="1.0" encoding="utf-8"?>
    <service_definition>
        <service_code>101</service_code>
        <attributes>
        </attributes>
    </service_definition>`,
    );
    const { data } = await client({ format: 'xml' }).services.list();
    expect(data[0]!.questions.map((q) => q.code)).toEqual(['type', 'size', 'colour']);
    expect(data[1]!.questions).toEqual([]);
  });

  // One `<value>` where a list of values is expected, and one `<attribute>` where a list of
  // attributes is: XML cannot tell a one-item list from an item. Source: City-of-Bloomington/uReport
  // crm/blocks/xml/open311/serviceInfo.inc (one `<value>` per custom field value, one
  // `<attribute>` per custom field, empty `<datatype_description>`).
  it('reads one XML attribute with one value as lists (Bloomington uReport)', () => {
    const [q] = normalizeQuestions({
      service_code: '12',
      attributes: {
        attribute: {
          variable: 'true',
          code: 'size',
          order: '1',
          datatype: 'singlevaluelist',
          datatype_description: '',
          required: 'false',
          description: 'Size',
          values: { value: { key: 'Large', name: 'Large' } },
        },
      },
    });
    expect(q).toEqual({
      code: 'size',
      datatype: 'singlevaluelist',
      label: 'Size',
      variable: true,
      required: false,
      order: 1,
      values: [{ key: 'Large', name: 'Large' }],
    });
  });
});

describe('requests in depth', () => {
  // Boston sends `media_url` as a list of objects, fractional seconds, `events` for the
  // history, extra objects (`contact`, `owner`) the adapter must not keep. Source:
  // CityOfBoston/digital services-js/311/server/services/__fixtures__/open311/request.ts and
  // …/services/Open311.ts (DetailedServiceRequest).
  it('reads Boston media objects and events', async () => {
    answer(
      'requests/200012223',
      `[{"id":"500r0000003ZbXFAA0","service_request_id":"200012223","status":"open","long":-71.05780058965078,"lat":42.34875866930301,
        "media_url":[{"id":"a0ir0000000och3AAA","url":"https://spot-boston-res.cloudinary.com/image/upload/v1536263504/boston/development/ummgik6x8d6as2gh7mtg.png","tags":["Create"]}],
        "service_name":"Trash or recycling not collected","service_code":"MTRECYDBI","description":null,
        "requested_datetime":"2018-09-06T19:51:48.000Z","expected_datetime":"2018-09-07T19:51:48.000Z","updated_datetime":"2018-09-06T19:51:51.000Z",
        "address":"185 Kneeland St, Boston","zipcode":"02111","address_id":"82310","agency_responsible":null,"status_notes":null,
        "service_level_agreement":{"type":24,"value":"Hours"},
        "contact":{"first_name":"Strong","last_name":"Bad","phone":null,"email":"strongbad@homestarrunner.com"},
        "events":[{"type":"Update","event_by":{"type":"user","id":"005r0000001NDt0AAG","name":"Digital Web Portal"},
                   "event_datetime":"2018-09-06T19:51:51.000Z","notes":"Sent to the Public Works queue"}]}]`,
    );
    const found = await client({ format: 'json' }).cases.get('200012223');
    expect(found).toMatchObject({
      number: '200012223',
      createdAt: '2018-09-06T19:51:48.000Z',
      dueAt: '2018-09-07T19:51:48.000Z',
      attachments: [
        'https://spot-boston-res.cloudinary.com/image/upload/v1536263504/boston/development/ummgik6x8d6as2gh7mtg.png',
      ],
      open311: { zipcode: '02111', addressId: '82310' },
    });
    expect(found.timeline.map((e) => e.note)).toEqual([
      undefined,
      'Sent to the Public Works queue',
    ]);
    expect(JSON.stringify(found)).not.toMatch(/strongbad|Strong/);
  });

  // San Francisco's `extensions=true` adds `notes` (history) and `extended_attributes`
  // (photos); its ids are strings. Source: open311/open311.github.io GeoReport_v2/Extensions.md
  // (Update History, Extended Attributes example).
  it('turns extension notes into the timeline (San Francisco)', async () => {
    answer(
      'requests/4944710',
      `[{"service_request_id":"4944710","status":"open","service_name":"Street or Sidewalk Cleaning",
        "service_code":"518d5892601827e3880000c5","description":"Garbage on sidewalk",
        "requested_datetime":"2015-07-27T16:24:28-07:00","updated_datetime":"2015-07-27T16:24:28-07:00",
        "address":"Intersection of Mcallister St & Van Ness Ave","lat":37.7797,"long":-122.42,
        "media_url":"http://mobile311.sfgov.org/media/san_francisco/report/photos/55b6bda3df86c6d37f6d33a4/photo_20150727_162341.jpg",
        "attributes":[{"label":"Object","name":"request_type","value":"Other Loose Garbage / Debris","code":"Other_loose_garbage_debris_yard_waste"}],
        "extended_attributes":{"channel":"android","x":6006819.576650221,"y":2112060.1528775054,
          "photos":[{"media_url":"http://mobile311.sfgov.org/media/san_francisco/report/photos/55b6bda3df86c6d37f6d33a4/photo_20150727_162341.jpg","title":"Submitted"}]},
        "notes":[{"datetime":"2015-07-27T16:24:19-07:00","description":"Submitted via Android","type":"submitted"},
                 {"datetime":"2015-07-27T16:24:28-07:00","description":"Opened","type":"opened"}]}]`,
    );
    const found = await client({ format: 'json' }).cases.get('4944710');
    expect(found.attachments).toHaveLength(1);
    expect(found.timeline.map((e) => [e.type, e.at, e.note])).toEqual([
      ['created', '2015-07-27T16:24:28-07:00', undefined],
      ['note', '2015-07-27T16:24:19-07:00', 'Submitted via Android'],
      ['note', '2015-07-27T16:24:28-07:00', 'Opened'],
    ]);
  });

  // FixMyStreet meets servers that put British National Grid eastings and northings in `lat`
  // and `long`. Such coordinates are dropped, not taken for a place. Source:
  // mysociety/fixmystreet t/open311/getservicerequests.t ("convert easting/northing to lat/long",
  // `lat => 168935, long => 540315`).
  it('drops coordinates that are not WGS 84 instead of failing the list (FixMyStreet)', async () => {
    answer(
      'requests',
      `<service_requests><request><service_request_id>123456</service_request_id><status>open</status>
        <service_code>sidewalks</service_code><requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>
        <lat>168935</lat><long>540315</long></request></service_requests>`,
    );
    const { data } = await client({ format: 'xml' }).requests.list();
    expect(data[0]).toMatchObject({ id: '123456' });
    expect(data[0]).not.toHaveProperty('lat');
  });
});

describe('filing', () => {
  // Chicago always answers a POST with a token; the id comes later from tokens/{token}. The
  // specification's token example sends numbers (`"token":12345`). Sources:
  // Chicago/open311-api-docs docs/post_service_request.md; open311/open311.github.io
  // GeoReport_v2/index.md (GET service_request_id from a token, JSON example).
  it('follows a token to the request id (Chicago)', async () => {
    answer('requests', `[{"token":"52a0e4ba2b37ae4b5c000001"}]`, { method: 'post' });
    let polls = 0;
    server.use(
      http.get(`${BASE}/tokens/52a0e4ba2b37ae4b5c000001.json`, () =>
        HttpResponse.json(++polls < 3 ? [] : [{ service_request_id: 638344, token: 12345 }]),
      ),
    );
    const receipt = await client({ format: 'json' }).cases.create(filing);
    expect(receipt).toMatchObject({ number: '638344', token: '52a0e4ba2b37ae4b5c000001' });
    expect(polls).toBe(3);
  });

  // SeeClickFix answers a POST with one object and calls the id `id`. Source:
  // CUTR-at-USF/open311-client src/main/java/edu/usf/cutr/open311client/models/ServiceRequestResponse.java
  // (`getServiceRequestId`: `ID` for SeeClickFix) and utils/Open311Parser.java (JSONObject fallback).
  it('reads a POST answered with one object and `id` (SeeClickFix)', async () => {
    answer(
      'requests',
      `{"id":1402863,"status":"Open","summary":"Pothole","description":"Pothole in the right lane"}`,
      {
        method: 'post',
        status: 201,
      },
    );
    expect(await client({ format: 'json' }).cases.create(filing)).toMatchObject({
      number: '1402863',
      status: 'received',
    });
  });

  // A blackbox service returns neither an id nor a token: "No service request ID will be
  // returned". The report is filed all the same. Source: open311/open311.github.io
  // GeoReport_v2/index.md (GET Service List, `type`: blackbox).
  it('receipts a blackbox filing as not trackable instead of failing', async () => {
    answer('requests', `[{"service_notice":"Thank you. We do not track this type of report."}]`, {
      method: 'post',
    });
    expect(await client({ format: 'json' }).cases.create(filing)).toMatchObject({
      number: '',
      trackable: false,
      serviceNotice: 'Thank you. We do not track this type of report.',
    });
  });
});

describe('errors', () => {
  // The spec's error list, one or several `<error>` elements. FixMyStreet's client reads
  // one error the same as a list. Sources: open311/open311.github.io GeoReport_v2/index.md
  // (Errors); mysociety/fixmystreet perllib/Open311.pm (`_process_error`).
  it('reads one or several XML errors', async () => {
    answer(
      'requests',
      `<?xml version="1.0" encoding="utf-8"?><errors><error><code>403</code><description>Invalid api_key received -- can't proceed with create_request.</description></error></errors>`,
      { method: 'post', status: 403 },
    );
    const one = await client({ format: 'xml' })
      .cases.create(filing)
      .catch((e: unknown) => e);
    expect(one).toMatchObject({
      code: 'forbidden',
      problem: { detail: "Invalid api_key received -- can't proceed with create_request." },
    });
    answer(
      'requests',
      `<errors><error><code>400</code><description>lat is required</description></error><error><code>400</code><description>long is required</description></error></errors>`,
      { method: 'post', status: 400 },
    );
    const two = await client({ format: 'xml' })
      .cases.create(filing)
      .catch((e: unknown) => e);
    expect((two as ProblemError).problem).toMatchObject({
      detail: 'lat is required long is required',
      open311Errors: [
        { code: '400', description: 'lat is required' },
        { code: '400', description: 'long is required' },
      ],
    });
  });

  // Mark-a-Spot sends one `{"error": {"code": …, "message": …}}` object. Source:
  // markaspot/markaspot_open311 src/EventSubscriber/GeoreportException.php.
  it('reads a single {error: {code, message}} object (Mark-a-Spot)', async () => {
    answer('services/99', `{"error":{"code":404,"message":"Servicecode not found"}}`, {
      status: 404,
    });
    answer('services', `[{"service_code":"99","service_name":"X","metadata":true}]`);
    const error = await client({ format: 'json' })
      .services.get('99')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      code: 'not_found',
      problem: { detail: 'Servicecode not found' },
    });
  });

  // Boston's errors carry `message` where the spec says `description`. Source:
  // CityOfBoston/digital services-js/311/server/services/Open311.ts (processResponse:
  // `firstError.message || firstError.description`).
  it('reads errors with `message` for `description` (Boston)', async () => {
    answer(
      'requests',
      `[{"code":"INVALID_SERVICE_CODE","message":"Service code BOGUS is not active"}]`,
      {
        method: 'post',
        status: 400,
      },
    );
    const error = await client({ format: 'json' })
      .cases.create(filing)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'validation_failed',
      problem: {
        detail: 'Service code BOGUS is not active',
        open311Errors: [{ code: 'INVALID_SERVICE_CODE' }],
      },
    });
  });

  // SeeClickFix answers errors Rails-style: `{"base": ["…"]}`. Source: CUTR-at-USF/open311-client
  // src/main/java/edu/usf/cutr/open311client/models/ServiceRequestResponse.java (getErrorMessage,
  // `base` and `duplicate`).
  it('reads Rails-style errors (SeeClickFix)', async () => {
    answer('requests', `{"base":["Description can't be blank"]}`, { method: 'post', status: 422 });
    const error = await client({ format: 'json' })
      .cases.create(filing)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'validation_failed',
      problem: { detail: "Description can't be blank" },
    });
  });

  // uReport answered errors with raw HTML, neither JSON nor XML. Source:
  // https://github.com/City-of-Bloomington/uReport/issues/162 ("clients are expecting JSON or
  // XML, yet they are receiving raw HTML").
  it('turns an HTML error page into an error from its status alone (Bloomington uReport)', async () => {
    answer(
      'requests/1',
      `<!DOCTYPE html><html><head><title>Error</title></head><body><p>Ticket not found<br></p></body></html>`,
      { status: 404, type: 'text/html' },
    );
    const error = await client({ format: 'json' })
      .cases.get('1')
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('not_found');
    expect(errorMessage(error, 'es')).toBe('No se encontró lo que busca.');
    expect((error as ProblemError).problem.open311Errors).toEqual([]);
  });
});

describe('paging', () => {
  // uReport answers a page past the last with the last page again, forever. Source:
  // https://github.com/City-of-Bloomington/uReport/issues/31 ("If you … ask for page that is
  // after the last page of data, you will still receive the last page of data").
  it('stops when a page past the end repeats the last one (Bloomington uReport)', async () => {
    const pages: Record<string, number[]> = { 1: [1, 2], 2: [3] };
    let calls = 0;
    server.use(
      http.get(`${BASE}/requests.json`, ({ request }) => {
        calls++;
        const ids = pages[new URL(request.url).searchParams.get('page') ?? '1'] ?? pages[2]!;
        return HttpResponse.json(ids.map((id) => ({ service_request_id: id, status: 'open' })));
      }),
    );
    const ids = [];
    for await (const r of client({ format: 'json' }).requests.all({ pageSize: 2 })) ids.push(r.id);
    expect(ids).toEqual(['1', '2', '3']);
    expect(calls).toBe(3);
  });

  // Paging is an extension only some servers implement (Chicago, Boston, Toronto,
  // Bloomington, San Francisco); the others ignore `page` and send the same list each time.
  // Sources: open311/open311.github.io GeoReport_v2/Extensions.md (Pagination);
  // https://github.com/open311/open311.github.io/issues/16.
  it('stops when the server ignores `page`', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/requests.json`, () => {
        calls++;
        return HttpResponse.json([
          { service_request_id: 'a', status: 'open' },
          { service_request_id: 'b', status: 'closed' },
        ]);
      }),
    );
    const ids = [];
    for await (const r of client({ format: 'json' }).requests.all()) ids.push(r.id);
    expect(ids).toEqual(['a', 'b']);
    expect(calls).toBe(2);
  });

  // SeeClickFix pages with an implicit size of 20 whatever `page_size` says, so a short page
  // is not the last one: only an empty page ends the list. Source:
  // https://github.com/openplans/openblock/issues/238 ("seeclickfix has an implicit pagesize
  // of 20 … if we get nothing back from a page, stop").
  it('goes on past pages shorter than page_size until an empty one (SeeClickFix)', async () => {
    server.use(
      http.get(`${BASE}/requests.json`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        const ids = page <= 2 ? Array.from({ length: 20 }, (_, i) => (page - 1) * 20 + i) : [];
        return HttpResponse.json(ids.map((id) => ({ service_request_id: id, status: 'open' })));
      }),
    );
    let count = 0;
    for await (const _ of client({ format: 'json' }).requests.all({ pageSize: 100 })) count++;
    expect(count).toBe(40);
  });
});

describe('formats and discovery', () => {
  // XML is the one required format; JSON is "at the discretion of the API provider". A
  // server without JSON answers 404 (or 400, 406) for `.json`. Source:
  // open311/open311.github.io GeoReport_v2/index.md (Format Support).
  it('falls back to XML when a server has no JSON', async () => {
    server.use(
      http.get(
        `${BASE}/services.json`,
        () => new HttpResponse('Format not supported', { status: 406 }),
      ),
      http.get(`${BASE}/services.xml`, () =>
        HttpResponse.xml(
          `<services><service><service_code>1</service_code><service_name>Graffiti</service_name></service></services>`,
        ),
      ),
    );
    const c = client();
    expect((await c.services.list()).data.map((s) => s.id)).toEqual(['1']);
    expect(c.format).toBe('xml');
  });

  // uReport's discovery lists its one endpoint as `development` (neither production nor
  // test), with empty changesets and no XML declaration. Source: City-of-Bloomington/uReport
  // crm/blocks/xml/open311/discovery.inc.
  it('takes a `development` endpoint when there is no production one (Bloomington uReport)', async () => {
    server.use(
      http.get('https://bloomington.test/crm/open311/discovery.xml', () =>
        HttpResponse.xml(`
<discovery>
	<changeset></changeset>
	<contact>You can email for assistance crm@bloomington.test</contact>
	<key_service>You can request a key by emailing crm@bloomington.test</key_service>
	<endpoints>
		<endpoint>
			<specification>http://wiki.open311.org/GeoReport_v2</specification>
			<url>https://bloomington.test/crm/open311/v2</url>
			<changeset></changeset>
			<type>development</type>
			<formats>
				<format>text/xml</format>
				<format>application/json</format>
			</formats>
		</endpoint>
	</endpoints>
</discovery>`),
      ),
    );
    const found = await discoverOpen311('https://bloomington.test/crm/open311/discovery.xml');
    expect(found).toMatchObject({
      endpoint: 'https://bloomington.test/crm/open311/v2',
      format: 'json',
    });
    expect(found).not.toHaveProperty('changeset');
    expect(found.endpoints[0]).toMatchObject({ type: 'development' });
  });
});
