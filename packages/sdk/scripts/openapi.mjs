#!/usr/bin/env node
// Generates docs/openapi.json (OpenAPI 3.1) from the SDK's zod schemas, the contract's
// single source of truth. `--check` fails when the committed copy is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import * as s from '../dist/schemas/index.js';

const OUT = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));
const components = {};

/** Registers a schema under `name` and returns a $ref to it. */
function ref(name, schema, io) {
  if (!components[name]) {
    const { $schema: _drop, ...json } = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      target: 'draft-2020-12',
    });
    components[name] = json;
  }
  return { $ref: `#/components/schemas/${name}` };
}

const out = (name, schema) => ref(name, schema, 'output');
const input = (name, schema) => ref(name, schema, 'input');
const list = (item) => ({
  type: 'object',
  properties: { data: { type: 'array', items: item } },
  required: ['data'],
});
const page = (item) => out(`${item.$ref.split('/').pop()}Page`, s.page(itemSchema(item)));
const itemSchema = (r) => s[r.$ref.split('/').pop()];

const problem = {
  description: 'RFC 9457 problem',
  content: { 'application/problem+json': { schema: out('Problem', s.Problem) } },
};
const errors = {
  400: problem,
  401: problem,
  404: problem,
  422: problem,
  429: { ...problem, headers: { 'Retry-After': { schema: { type: 'integer' } } } },
  503: { ...problem, headers: { 'Retry-After': { schema: { type: 'integer' } } } },
};
const ok = (schema, status = 200, description = 'OK') => ({
  [status]: { description, content: { 'application/json': { schema } } },
  ...errors,
});
const json = (schema) => ({ required: true, content: { 'application/json': { schema } } });
const q = (name, description, schema = { type: 'string' }) => ({
  name,
  in: 'query',
  schema,
  description,
});
const p = (name) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const idempotency = {
  name: 'Idempotency-Key',
  in: 'header',
  schema: { type: 'string' },
  description: 'Same key and body return the first result; a different body is 409.',
};
const token = {
  name: 'P311-Tracking-Token',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'The tracking token from the receipt. Never put it in a URL.',
};
const sse = (description) => ({
  200: { description, content: { 'text/event-stream': { schema: { type: 'string' } } } },
  ...errors,
});
const paging = [
  q('q', 'Free text'),
  q('page', 'Page, from 1', { type: 'integer', minimum: 1 }),
  q('pageSize', 'Items per page', { type: 'integer', minimum: 1, maximum: 100 }),
];
const secret = [{ secretKey: [] }];

const doc = {
  openapi: '3.1.0',
  info: {
    title: 'Panamá 311 API',
    version: '1.0.0',
    description:
      "The central API of Panama's Centro de Atención Ciudadana 311. Generated from @panama311/sdk's zod schemas by packages/sdk/scripts/openapi.mjs: do not edit by hand.",
  },
  servers: [
    { url: 'https://api.311.gob.pa' },
    { url: 'http://127.0.0.1:4311', description: 'p311-sandbox' },
  ],
  security: [{ publishableKey: [] }],
  paths: {
    '/v1/entities': {
      get: {
        summary: 'List entities',
        parameters: paging,
        responses: ok(page(out('Entity', s.Entity))),
      },
    },
    '/v1/entities/{id}': {
      get: {
        summary: 'Get an entity',
        parameters: [p('id')],
        responses: ok(out('Entity', s.Entity)),
      },
    },
    '/v1/services': {
      get: {
        summary: 'List services',
        parameters: [...paging, q('entity', 'Entity id'), q('category', 'Category')],
        responses: ok(page(out('Service', s.Service))),
      },
    },
    '/v1/services/{id}': {
      get: {
        summary: 'Get a service',
        parameters: [p('id')],
        responses: ok(out('Service', s.Service)),
      },
    },
    '/v1/faqs': {
      get: {
        summary: 'FAQs, ranked by q',
        parameters: [
          q('entity', 'Entity id'),
          q('service', 'Service id'),
          q('q', 'What the citizen typed'),
        ],
        responses: ok(list(out('Faq', s.Faq))),
      },
    },
    '/v1/articles/{id}': {
      get: {
        summary: 'Get a knowledge-base article',
        parameters: [p('id')],
        responses: ok(out('Article', s.Article)),
      },
    },
    '/v1/attachments': {
      post: {
        summary: 'Upload a photo (JPEG, PNG or WebP, at most 5 MiB)',
        parameters: [idempotency],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', format: 'binary' } },
                required: ['file'],
              },
            },
          },
        },
        responses: { ...ok(out('Attachment', s.Attachment), 201, 'Stored'), 413: problem },
      },
    },
    '/v1/cases': {
      post: {
        summary: 'File a case',
        parameters: [idempotency],
        requestBody: json(input('CaseCreate', s.CaseCreate)),
        responses: { ...ok(out('CaseReceipt', s.CaseReceipt), 201, 'Filed'), 409: problem },
      },
    },
    '/v1/cases/nearby': {
      get: {
        summary: 'Open cases of a service near a point',
        parameters: [
          q('service', 'Service id'),
          q('lat', 'Latitude', { type: 'number' }),
          q('lng', 'Longitude', { type: 'number' }),
          q('radius', 'Metres', { type: 'number', maximum: 2000 }),
        ],
        responses: ok(list(out('NearbyCase', s.NearbyCase))),
      },
    },
    '/v1/cases/{number}': {
      get: {
        summary: 'A case with its timeline (ETag / If-None-Match)',
        parameters: [p('number'), token],
        responses: { ...ok(out('Case', s.Case)), 304: { description: 'Not modified' } },
      },
    },
    '/v1/cases/{number}/events': {
      get: {
        summary:
          'Live updates of a case: `case` events with the whole case; resume with Last-Event-ID',
        parameters: [p('number'), token],
        responses: sse('Server-Sent Events'),
      },
    },
    '/v1/cases/{number}/supporters': {
      post: {
        summary: '"This is my problem too"',
        parameters: [p('number'), idempotency],
        responses: ok(out('SupportResult', s.SupportResult)),
      },
    },
    '/v1/cases/{number}/feedback': {
      post: {
        summary: 'Rate a resolved case',
        parameters: [p('number'), token, idempotency],
        requestBody: json(input('FeedbackCreate', s.FeedbackCreate)),
        responses: { ...ok(out('Case', s.Case)), 409: problem },
      },
    },
    '/v1/tows/lookup': {
      post: {
        summary:
          'Tows of a plate, proven by cédula or ticket (personal data in the body, never in the URL)',
        parameters: [idempotency],
        requestBody: json(input('TowLookup', s.TowLookup)),
        responses: ok(list(out('Tow', s.Tow))),
      },
    },
    '/v1/tows/{id}': {
      get: {
        summary: 'A tow (ETag / If-None-Match)',
        parameters: [p('id')],
        responses: { ...ok(out('Tow', s.Tow)), 304: { description: 'Not modified' } },
      },
    },
    '/v1/tows/{id}/events': {
      get: {
        summary:
          'Live updates of a tow: `tow` events (whole tow) and `position` events (TruckPosition)',
        parameters: [p('id')],
        responses: sse('Server-Sent Events'),
      },
    },
    '/v1/yards': {
      get: { summary: 'Tow yards (corrales)', responses: ok(list(out('Yard', s.Yard))) },
    },
    '/v1/telemetry/vitals': {
      post: {
        summary: 'A web-vitals beacon (opt-in, no personal data)',
        requestBody: json(input('VitalBeacon', s.VitalBeacon)),
        responses: { 202: { description: 'Accepted' }, ...errors },
      },
    },
    '/v1/telemetry/vitals/summary': {
      get: {
        summary: 'Aggregates per element and metric',
        responses: ok(out('VitalsSummary', s.VitalsSummary)),
      },
    },
    '/v1/operator/companies': {
      get: {
        summary: 'Tow companies',
        security: secret,
        responses: ok(list(out('TowCompany', s.TowCompany))),
      },
    },
    '/v1/operator/tows': {
      post: {
        summary: 'Register a tow an inspector requested',
        security: secret,
        parameters: [idempotency],
        requestBody: json(input('TowCreate', s.TowCreate)),
        responses: ok(out('OperatorTow', s.OperatorTow), 201, 'Registered'),
      },
    },
    '/v1/operator/tows/{id}': {
      get: {
        summary: 'A tow, operator view',
        security: secret,
        parameters: [p('id')],
        responses: ok(out('OperatorTow', s.OperatorTow)),
      },
    },
    '/v1/operator/tows/{id}/assign': {
      post: {
        summary: 'Assign a company and a yard',
        security: secret,
        parameters: [p('id'), idempotency],
        requestBody: json(input('TowAssign', s.TowAssign)),
        responses: ok(out('OperatorTow', s.OperatorTow)),
      },
    },
    '/v1/operator/tows/{id}/status': {
      post: {
        summary: 'Move a tow to its next status',
        security: secret,
        parameters: [p('id'), idempotency],
        requestBody: json(input('TowStatusChange', s.TowStatusChange)),
        responses: { ...ok(out('OperatorTow', s.OperatorTow)), 409: problem },
      },
    },
    '/v1/operator/tows/{id}/positions': {
      post: {
        summary: "Push a batch of the truck's GPS fixes",
        security: secret,
        parameters: [p('id'), idempotency],
        requestBody: json(input('PositionBatch', s.PositionBatch)),
        responses: ok(out('PositionBatchResult', s.PositionBatchResult), 202, 'Accepted'),
      },
    },
  },
  components: {
    securitySchemes: {
      publishableKey: {
        type: 'http',
        scheme: 'bearer',
        description: 'pk_live_… or pk_test_…: safe in browsers',
      },
      secretKey: {
        type: 'http',
        scheme: 'bearer',
        description: 'sk_live_… or sk_test_…: servers only; refused with an Origin header',
      },
    },
    schemas: components,
  },
};

const text = JSON.stringify(doc, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const committed = await readFile(OUT, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error('docs/openapi.json is stale: run `pnpm openapi` and commit the result.');
    process.exit(1);
  }
  console.log('docs/openapi.json is up to date.');
} else {
  await writeFile(OUT, text);
  console.log(
    `wrote ${OUT} (${Object.keys(doc.paths).length} paths, ${Object.keys(components).length} schemas)`,
  );
}
