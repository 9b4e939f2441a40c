import { inspect } from 'node:util';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { HTTPError } from 'ky';
import {
  errorCode,
  errorMessage,
  InputError,
  ProblemError,
  ResponseValidationError,
  retryAfter,
  SecretKeyError,
} from './errors.js';
import { MESSAGES } from './messages.js';
import { createOperatorClient } from './operator.js';
import type { ClientOptions } from './http.js';

const API = 'https://api.test/v1';
const server = setupServer();

/** Every request that reached the network layer, whether or not a handler answered it. */
let seen: Request[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  seen = [];
  server.events.on('request:start', ({ request }) => void seen.push(request));
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

const client = (options: Partial<ClientOptions> = {}) =>
  createClient({
    apiKey: 'pk_test_x',
    baseUrl: 'https://api.test',
    retry: { limit: 2, backoffLimit: 10 },
    ...options,
  });

const entity = (id: string, name = id.toUpperCase()) => ({ id, name, kind: 'authority' });
const entityPage = {
  data: [entity('idaan'), entity('attt')],
  page: 1,
  pageSize: 50,
  total: 2,
  nextPage: null,
};

const problem = (
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  HttpResponse.json(
    { type: 'about:blank', status, ...body },
    { status, headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers } },
  );

const receipt = {
  number: '311-2026-000123',
  token: 'trk_9Hq2xLm4Pz',
  status: 'received',
  createdAt: '2026-03-02T10:00:00-05:00',
  dueAt: '2026-03-05T10:00:00-05:00',
  entityId: 'idaan',
  serviceId: 'idaan-fuga',
};

const caseInput = {
  serviceId: 'idaan-fuga',
  description: 'Fuga de agua frente a la escuela',
  contact: { anonymous: true as const },
  consent: true as const,
};

/** Resolves with the error a promise rejects with; fails the test when it resolves. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, it succeeded');
}

describe('headers', () => {
  it('sends the key as a bearer token and the locale as Accept-Language', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(`${API}/entities`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json(entityPage);
      }),
    );
    await client({ locale: 'en-US' }).entities.list();
    expect(headers?.get('authorization')).toBe('Bearer pk_test_x');
    expect(headers?.get('accept-language')).toBe('en');
    expect(headers?.get('idempotency-key')).toBeNull();
    // What the "no request was sent" checks below rely on.
    expect(seen).toHaveLength(1);
  });

  it('speaks Spanish unless told otherwise', async () => {
    let language: string | null = null;
    server.use(
      http.get(`${API}/entities`, ({ request }) => {
        language = request.headers.get('accept-language');
        return HttpResponse.json(entityPage);
      }),
    );
    await client().entities.list();
    expect(language).toBe('es');
  });
});

describe('idempotency', () => {
  it('gives every POST its own Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API}/cases`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json(receipt, { status: 201 });
      }),
      http.post(`${API}/cases/:number/supporters`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json({ number: receipt.number, supporters: 4 });
      }),
    );
    const c = client();
    await c.cases.create(caseInput);
    await c.cases.create(caseInput);
    await c.cases.support(receipt.number);
    expect(keys).toHaveLength(3);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(3);
  });

  it('reuses the key when it retries a POST', async () => {
    const keys: (string | null)[] = [];
    const bodies: unknown[] = [];
    server.use(
      http.post(`${API}/cases`, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        bodies.push(await request.json());
        return keys.length === 1
          ? problem(500, { title: 'Internal error', code: 'server_error' })
          : HttpResponse.json(receipt, { status: 201 });
      }),
    );
    const result = await client().cases.create(caseInput);
    expect(result.number).toBe(receipt.number);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(bodies[1]).toEqual(bodies[0]);
  });

  it('sends the idempotencyKey the caller gives', async () => {
    let key: string | null = null;
    server.use(
      http.post(`${API}/cases`, ({ request }) => {
        key = request.headers.get('idempotency-key');
        return HttpResponse.json(receipt, { status: 201 });
      }),
    );
    await client().cases.create(caseInput, { idempotencyKey: 'submission-42' });
    expect(key).toBe('submission-42');
  });
});

describe('timeouts and cancellation', () => {
  it('gives up on an attempt after `timeout`, retries it, then reports a timeout', async () => {
    let attempts = 0;
    server.use(
      http.get(`${API}/entities`, async () => {
        attempts++;
        await delay(2000);
        return HttpResponse.json(entityPage);
      }),
    );
    const started = performance.now();
    const error = await failure(client({ timeout: 50 }).entities.list());
    expect(errorCode(error)).toBe('timeout');
    expect(attempts).toBe(3);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('succeeds when the retry of a timed-out attempt answers in time', async () => {
    let attempts = 0;
    server.use(
      http.get(`${API}/entities`, async () => {
        if (++attempts === 1) await delay(400);
        return HttpResponse.json(entityPage);
      }),
    );
    const page = await client({ timeout: 50 }).entities.list();
    expect(page.data).toHaveLength(2);
    expect(attempts).toBe(2);
  });

  it('stops the whole call at `totalTimeout`, even while an attempt is still allowed to run', async () => {
    server.use(
      http.get(`${API}/entities`, async () => {
        await delay(1500);
        return HttpResponse.json(entityPage);
      }),
    );
    const started = performance.now();
    const error = await failure(client({ timeout: 5000, totalTimeout: 100 }).entities.list());
    expect(errorCode(error)).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts the waits between retries against `totalTimeout`', async () => {
    let attempts = 0;
    server.use(
      http.get(`${API}/entities`, () => {
        attempts++;
        return problem(
          429,
          { title: 'Too many requests', code: 'rate_limited' },
          { 'retry-after': '1' },
        );
      }),
    );
    const started = performance.now();
    // One wait of 1 s fits in 1.5 s; after it, a second one no longer does.
    const error = await failure(client({ totalTimeout: 1_500 }).entities.list());
    expect(errorCode(error)).toBe('rate_limited');
    expect(attempts).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('cancels when the signal aborts', async () => {
    server.use(
      http.get(`${API}/entities`, async () => {
        await delay(1500);
        return HttpResponse.json(entityPage);
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    const error = await failure(client().entities.list({ signal: controller.signal }));
    expect(errorCode(error)).toBe('aborted');
    expect(errorMessage(error, 'en')).toBe(MESSAGES.en.aborted);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('cancels while waiting to retry', async () => {
    server.use(
      http.get(`${API}/entities`, () =>
        problem(503, { title: 'Service unavailable', code: 'unavailable' }, { 'retry-after': '5' }),
      ),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await failure(client().entities.list({ signal: controller.signal }));
    expect(errorCode(error)).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('retries', () => {
  it('retries a 500 and returns the answer that follows', async () => {
    let attempts = 0;
    server.use(
      http.get(`${API}/entities`, () =>
        ++attempts === 1
          ? new HttpResponse('oops', { status: 500 })
          : HttpResponse.json(entityPage),
      ),
    );
    const page = await client().entities.list();
    expect(page.data.map((e) => e.id)).toEqual(['idaan', 'attt']);
    expect(attempts).toBe(2);
  });

  it('waits as long as Retry-After says after a 429', async () => {
    const at: number[] = [];
    server.use(
      http.get(`${API}/entities`, () => {
        at.push(performance.now());
        return at.length === 1
          ? problem(
              429,
              { title: 'Too many requests', code: 'rate_limited' },
              { 'retry-after': '1' },
            )
          : HttpResponse.json(entityPage);
      }),
    );
    // backoffLimit is 10 ms: only Retry-After can make the client wait a second.
    const page = await client().entities.list();
    expect(page.data).toHaveLength(2);
    expect(at).toHaveLength(2);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(950);
  });

  it('hands back a 429 at once when its Retry-After outlasts the call’s budget', async () => {
    let attempts = 0;
    server.use(
      http.post(`${API}/tows/lookup`, () => {
        attempts++;
        return problem(
          429,
          { title: 'Too many requests', code: 'rate_limited' },
          { 'retry-after': '45' },
        );
      }),
    );
    const started = performance.now();
    const error = await failure(
      client({ totalTimeout: 30_000 }).tows.lookup({
        plate: 'AB1234',
        verifier: { type: 'cedula', value: '8-123-4567' },
      }),
    );
    expect(errorCode(error)).toBe('rate_limited');
    expect(retryAfter(error)).toBe(45);
    expect(attempts).toBe(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('does not retry a 422', async () => {
    let attempts = 0;
    server.use(
      http.post(`${API}/cases`, () => {
        attempts++;
        return problem(422, { title: 'Invalid data', code: 'validation_failed' });
      }),
    );
    await failure(client().cases.create(caseInput));
    expect(attempts).toBe(1);
  });
});

describe('errors', () => {
  it('turns a 503 problem into a ProblemError with its code, after retrying', async () => {
    let attempts = 0;
    server.use(
      http.get(`${API}/entities`, () => {
        attempts++;
        return problem(503, {
          title: 'Service unavailable',
          detail: 'Mantenimiento programado',
          code: 'maintenance',
        });
      }),
    );
    const error = await failure(client().entities.list());
    expect(error).toBeInstanceOf(ProblemError);
    const problemError = error as ProblemError;
    expect(problemError.code).toBe('maintenance');
    expect(problemError.problem.detail).toBe('Mantenimiento programado');
    expect(problemError.response.status).toBe(503);
    expect(errorCode(error)).toBe('maintenance');
    expect(attempts).toBe(3);
  });

  it('uses the status for the code when the problem has none', async () => {
    server.use(http.get(`${API}/entities`, () => problem(503, { title: 'Service unavailable' })));
    const error = await failure(client({ retry: 0 }).entities.list());
    expect(error).toBeInstanceOf(ProblemError);
    expect(errorCode(error)).toBe('unavailable');
    expect(errorMessage(error, 'es')).toBe(MESSAGES.es.unavailable);
  });

  it('keeps a plain HTTPError when the body is not a problem', async () => {
    server.use(
      http.get(`${API}/entities/:id`, () => new HttpResponse('Not here', { status: 404 })),
    );
    const error = await failure(client().entities.get('nope'));
    expect(error).not.toBeInstanceOf(ProblemError);
    expect(error.name).toBe('HTTPError');
    expect(errorCode(error)).toBe('not_found');
  });

  it('gives the field errors of a 422 problem', async () => {
    server.use(
      http.post(`${API}/cases`, () =>
        problem(422, {
          title: 'Invalid data',
          code: 'validation_failed',
          errors: [
            { pointer: '/serviceId', code: 'invalid_value', message: 'Este valor no es válido.' },
          ],
        }),
      ),
    );
    const error = await failure(client().cases.create(caseInput));
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).errors).toEqual([
      { pointer: '/serviceId', code: 'invalid_value', message: 'Este valor no es válido.' },
    ]);
    expect(errorCode(error)).toBe('validation_failed');
  });

  it('reports malformed JSON as a ResponseValidationError at (body)', async () => {
    server.use(
      http.get(
        `${API}/entities`,
        () => new HttpResponse('{"data": [', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const error = await failure(client().entities.list());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).path).toBe('(body)');
    expect((error as ResponseValidationError).request).toBe('GET /v1/entities');
    expect(errorCode(error)).toBe('invalid_response');
  });

  it('names where a body breaks the schema', async () => {
    server.use(
      http.get(`${API}/entities`, () =>
        HttpResponse.json({
          ...entityPage,
          data: [entity('idaan'), { id: 'attt', name: 42, kind: 'authority' }],
        }),
      ),
    );
    const error = await failure(client().entities.list());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).path).toBe('data[1].name');
    expect(error.message).toContain('data[1].name');
  });

  it('says what went wrong in Spanish and in English', async () => {
    server.use(
      http.get(`${API}/entities`, () =>
        problem(429, { title: 'Too many requests', code: 'rate_limited' }, { 'retry-after': '30' }),
      ),
    );
    const error = await failure(client({ totalTimeout: 10_000, retry: 0 }).entities.list());
    expect(errorMessage(error)).toBe(MESSAGES.es.rate_limited);
    expect(errorMessage(error, 'es-PA')).toBe(MESSAGES.es.rate_limited);
    expect(errorMessage(error, 'en')).toBe(MESSAGES.en.rate_limited);
    expect(MESSAGES.en.rate_limited).not.toBe(MESSAGES.es.rate_limited);
    expect(retryAfter(error)).toBe(30);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const withRetryAfter = (value?: string) =>
      new HTTPError(
        new Response(null, { status: 503, headers: value ? { 'retry-after': value } : {} }),
        new Request(`${API}/entities`),
        {} as never,
      );
    const now = Date.parse('2026-03-02T15:00:00Z');
    expect(retryAfter(withRetryAfter('120'), now)).toBe(120);
    expect(retryAfter(withRetryAfter('Mon, 02 Mar 2026 15:01:30 GMT'), now)).toBe(90);
    expect(retryAfter(withRetryAfter('Mon, 02 Mar 2026 14:00:00 GMT'), now)).toBe(0);
    expect(retryAfter(withRetryAfter(), now)).toBeUndefined();
    expect(retryAfter(withRetryAfter('soon'), now)).toBeUndefined();
    expect(retryAfter(new Error('not HTTP'), now)).toBeUndefined();
  });

  it('says a network failure is one', async () => {
    server.use(http.get(`${API}/entities`, () => HttpResponse.error()));
    const error = await failure(client({ retry: 0 }).entities.list());
    expect(errorCode(error)).toBe('network');
    expect(errorMessage(error, 'en')).toBe(MESSAGES.en.network);
  });
});

describe('input checked before any request', () => {
  const tow = { plate: 'AB1234', verifier: { type: 'cedula' as const, value: '8-123-4567' } };

  it.each([
    ['a bad plate', { ...tow, plate: 'AB#1' }, '/plate', 'plate_invalid'],
    ['a missing plate', { ...tow, plate: ' ' }, '/plate', 'required'],
    [
      'a bad cédula',
      { ...tow, verifier: { type: 'cedula' as const, value: '14-123-456' } },
      '/verifier/value',
      'cedula_invalid',
    ],
    [
      'a bad ticket',
      { ...tow, verifier: { type: 'ticket' as const, value: '12' } },
      '/verifier/value',
      'ticket_invalid',
    ],
  ])('refuses a tow lookup with %s', async (_, input, pointer, code) => {
    const error = await failure(client().tows.lookup(input));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).errors).toContainEqual(expect.objectContaining({ pointer, code }));
    expect(errorCode(error)).toBe('validation_failed');
    expect(seen).toHaveLength(0);
  });

  it.each([
    [
      'a bad e-mail',
      { ...caseInput, contact: { anonymous: false as const, name: 'Ana', email: 'ana@correo' } },
      '/contact/email',
      'email_invalid',
    ],
    [
      'no way to contact a named person',
      { ...caseInput, contact: { anonymous: false as const, name: 'Ana' } },
      '/contact/email',
      'contact_required',
    ],
    [
      'a short description',
      { ...caseInput, description: '  hueco  ' },
      '/description',
      'description_too_short',
    ],
    [
      'a long description',
      { ...caseInput, description: 'x'.repeat(2001) },
      '/description',
      'description_too_long',
    ],
    [
      'a location outside Panama',
      { ...caseInput, location: { lat: 9.93, lng: -84.08 } },
      '/location',
      'location_outside_panama',
    ],
    [
      'no consent',
      { ...caseInput, consent: false as unknown as true },
      '/consent',
      'consent_required',
    ],
  ])('refuses a case with %s', async (_, input, pointer, code) => {
    const c = client({ locale: 'en' });
    const error = await failure(c.cases.create(input));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).errors).toContainEqual(expect.objectContaining({ pointer, code }));
    expect(errorMessage(error, 'en')).toBe(MESSAGES.en.validation_failed);
    expect(seen).toHaveLength(0);
  });

  it('refuses a nearby search outside Panama', async () => {
    const error = await failure(
      client().cases.nearby({ serviceId: 'idaan-fuga', lat: 4.71, lng: -74.07 }),
    );
    expect((error as InputError).errors).toEqual([
      expect.objectContaining({ pointer: '/', code: 'location_outside_panama' }),
    ]);
    expect(seen).toHaveLength(0);
  });

  it('rejects the promise instead of throwing while the call is made', () => {
    const c = client();
    const bad = { ...caseInput, description: 'corto' };
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = c.cases.create(bad);
    }).not.toThrow();
    return expect(promise).rejects.toBeInstanceOf(InputError);
  });
});

describe('redaction', () => {
  const apiKey = 'pk_test_9fQx2LrT7vKw';
  const secretPart = '9fQx2LrT7vKw';
  // Not the examples the error messages give (AB1234, 8-123-4567).
  const plateTyped = 'kx-77 31';
  const secrets = [secretPart, 'KX7731', plateTyped, '4-712-1839', '4 712 1839'];

  const leaks = (error: unknown, extra: string[] = []) => {
    const texts = [JSON.stringify(error), inspect(error, { depth: Infinity, showHidden: false })];
    return [...secrets, ...extra].filter((secret) => texts.some((text) => text.includes(secret)));
  };

  const lookup = (c: ReturnType<typeof client>) =>
    c.tows.lookup({ plate: plateTyped, verifier: { type: 'cedula', value: '4 712 1839' } });

  it('keeps the plate, the cédula and the key out of a failed tow lookup (problem)', async () => {
    server.use(
      http.post(`${API}/tows/lookup`, async ({ request }) => {
        // The request really carried them: redaction happens on the error, not on the wire.
        expect(await request.text()).toContain('KX7731');
        return problem(500, { title: 'Internal error', code: 'server_error' });
      }),
    );
    const error = await failure(lookup(client({ apiKey })));
    expect(error).toBeInstanceOf(ProblemError);
    expect(leaks(error)).toEqual([]);
    // Still useful for debugging: method and URL stay.
    expect(inspect(error, { depth: Infinity })).toContain('/v1/tows/lookup');
  });

  it('keeps them out of a failed tow lookup (plain HTTP error)', async () => {
    server.use(
      http.post(`${API}/tows/lookup`, () => new HttpResponse('bad gateway', { status: 502 })),
    );
    const error = await failure(lookup(client({ apiKey, retry: 0 })));
    expect(error.name).toBe('HTTPError');
    expect(leaks(error)).toEqual([]);
  });

  it('keeps them out of a timed-out tow lookup', async () => {
    server.use(
      http.post(`${API}/tows/lookup`, async () => {
        await delay(300);
        return HttpResponse.json({ data: [] });
      }),
    );
    const error = await failure(lookup(client({ apiKey, timeout: 30, retry: 0 })));
    expect(errorCode(error)).toBe('timeout');
    expect(leaks(error)).toEqual([]);
  });

  it('keeps them out of a tow lookup whose answer breaks the schema', async () => {
    server.use(http.post(`${API}/tows/lookup`, () => HttpResponse.json({ data: [{ id: 7 }] })));
    const error = await failure(lookup(client({ apiKey })));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(leaks(error)).toEqual([]);
  });

  it('keeps them out of a refused tow lookup', async () => {
    const error = await failure(
      client({ apiKey }).tows.lookup({
        plate: 'kx-77 31!',
        verifier: { type: 'cedula', value: '14-712-1839' },
      }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(leaks(error, ['14-712-1839', 'kx-77 31!'])).toEqual([]);
  });

  it('keeps the tracking token and the contact out of a failed case call', async () => {
    server.use(
      http.post(`${API}/cases/:number/feedback`, () =>
        problem(409, { title: 'Conflict', code: 'feedback_not_open' }),
      ),
    );
    const error = await failure(
      client({ apiKey }).cases.feedback(receipt.number, receipt.token, {
        rating: 5,
        comment: 'Gracias',
      }),
    );
    expect(errorCode(error)).toBe('feedback_not_open');
    expect(leaks(error, [receipt.token])).toEqual([]);

    server.use(
      http.post(`${API}/cases`, () =>
        problem(503, { title: 'Service unavailable', code: 'unavailable' }),
      ),
    );
    const createError = await failure(
      client({ apiKey, retry: 0 }).cases.create({
        ...caseInput,
        contact: {
          anonymous: false,
          name: 'Ana Pérez',
          email: 'ana.perez@correo.pa',
          phone: '6123-4567',
        },
      }),
    );
    expect(leaks(createError, ['Ana Pérez', 'ana.perez@correo.pa', '61234567'])).toEqual([]);
  });
});

describe('keys', () => {
  it('refuses a secret key where a page could read it', () => {
    const g = globalThis as { document?: unknown };
    g.document = {};
    try {
      expect(() => createClient({ apiKey: 'sk_test_x', baseUrl: 'https://api.test' })).toThrow(
        SecretKeyError,
      );
      expect(() =>
        createOperatorClient({ apiKey: 'sk_test_x', baseUrl: 'https://api.test' }),
      ).toThrow(SecretKeyError);
      // A publishable key is what browsers are for.
      expect(() => createClient({ apiKey: 'pk_test_x' })).not.toThrow();
    } finally {
      delete g.document;
    }
  });

  it('accepts a secret key on a server', () => {
    expect(() => createClient({ apiKey: 'sk_test_x' })).not.toThrow();
    expect(() => createOperatorClient({ apiKey: 'sk_test_x' })).not.toThrow();
  });

  it('refuses a publishable key or none for the operator client', () => {
    expect(() => createOperatorClient({ apiKey: 'pk_test_x' })).toThrow(/secret key/);
    expect(() => createOperatorClient({ apiKey: '' })).toThrow(TypeError);
  });

  it('needs a key', () => {
    expect(() => createClient({ apiKey: '' })).toThrow(/apiKey is required/);
    const missing = (() => {
      try {
        createClient({ apiKey: '' });
      } catch (error) {
        return error;
      }
    })();
    expect(errorCode(missing)).toBe('missing_api_key');
    expect(errorMessage(missing, 'en')).toMatch(/access key \(api-key\) is missing/);
  });
});
