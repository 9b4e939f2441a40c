import {
  ATTACHMENT_LIMITS,
  CaseCreate,
  codeForStatus,
  FeedbackCreate,
  FEEDBACK_STATUSES,
  FINAL_CASE_STATUSES,
  formatMessage,
  NearbyQuery,
  PositionBatch,
  sniffImageType,
  toFieldErrors,
  TowAssign,
  TowCreate,
  TowLookup,
  TowStatusChange,
  VitalBeacon,
  type FieldError,
  type Locale,
  type Service,
  type TowStatus,
} from '@panama311/sdk';
import { http, type HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { authenticate, type KeyKind } from './auth.js';
import { faultFor, SCHEMA_BREAKING_BODY, type Fault, type GlobalFaults } from './faults.js';
import { createOpen311Handlers } from './open311/facade.js';
import { json, localeOf, problem } from './respond.js';
import { search } from './search.js';
import { localizeFaq } from './seed/index.js';
import { createRandom } from './seed/random.js';
import type { World } from './world.js';

/** How the served API behaves, beyond the world it serves. */
export interface ApiOptions {
  /** Faults applied to every request. */
  faults?: GlobalFaults;
  /** Tow lookups allowed per key and client in a window. @default { limit: 10, windowMs: 60000 } */
  lookupLimit?: { limit: number; windowMs: number };
  /** Real milliseconds between `: ping` comments on event streams. @default 15000 */
  heartbeatMs?: number;
  /** Real time source (rate limits, heartbeats). @default Date.now */
  now?: () => number;
}

interface Context {
  request: Request;
  params: Record<string, string>;
  lang: Locale;
  key: string;
  fault?: Fault;
}

type Resolver = (ctx: Context) => Response | Promise<Response>;

const TOW_ORDER: TowStatus[] = ['requested', 'dispatched', 'towing', 'at_yard', 'released'];

/**
 * The 311 API over a `World`, as msw handlers: the same list serves `setupServer` in Node
 * tests, `setupWorker` in browsers and the `p311-sandbox` HTTP server.
 */
export function createHandlers(world: World, options: ApiOptions = {}) {
  const now = options.now ?? Date.now;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const limit = options.lookupLimit ?? { limit: 10, windowMs: 60_000 };
  const random = createRandom(world.seed + 3);
  const onceSeen = new Set<string>();
  const lookups = new Map<string, number[]>();
  const idempotency = new Map<string, { hash: string; response: Promise<StoredResponse> }>();
  const attachments = new Map<string, { contentType: string; bytes: number; name: string }>();
  const vitals: {
    element: string;
    name: string;
    origin: string;
    value: number;
    withinElement: boolean;
  }[] = [];
  const openStreams = new Set<() => void>();

  function route(
    method: 'get' | 'post',
    path: string,
    need: KeyKind | 'beacon' | 'none',
    resolve: Resolver,
  ): HttpHandler {
    return http[method](`*${path}`, async ({ request, params }) => {
      const fault = faultFor(request, options.faults, onceSeen, () => random.next());
      if (fault?.latency) await sleep(fault.latency);
      if (fault?.status) {
        return problem(request, {
          status: fault.status,
          code: codeForStatus(fault.status),
          ...(fault.status === 429 || fault.status === 503
            ? { retryAfter: fault.retryAfter ?? 1 }
            : {}),
        });
      }
      let key = '';
      if (need !== 'none') {
        const auth = authenticate(request, need);
        if ('error' in auth) return auth.error;
        key = auth.key;
      }
      const ctx: Context = {
        request,
        params: params as Record<string, string>,
        lang: localeOf(request),
        key,
        ...(fault ? { fault } : {}),
      };
      const response = method === 'post' ? await idempotent(ctx, resolve) : await resolve(ctx);
      // A broken answer must not be cached as the real one (no validators, no-store), or a
      // client's retry would get a 304 and the broken copy again.
      if (fault?.malformed) {
        const headers = new Headers(response.headers);
        for (const name of ['etag', 'last-modified']) headers.delete(name);
        headers.set('cache-control', 'no-store');
        return new Response('{"data":[{"id":"trunc', { status: response.status, headers });
      }
      if (fault?.schema)
        return new Response(SCHEMA_BREAKING_BODY, {
          status: 200,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        });
      return response;
    });
  }

  /** The same key with the same body answers the first result; a different body is a conflict. */
  async function idempotent(ctx: Context, resolve: Resolver): Promise<Response> {
    const header = ctx.request.headers.get('idempotency-key');
    if (!header) return resolve(ctx);
    const scope = `${ctx.key}:${new URL(ctx.request.url).pathname}:${header}`;
    const hash = await digest(await ctx.request.clone().arrayBuffer());
    const seen = idempotency.get(scope);
    if (seen) {
      if (seen.hash !== hash) return problem(ctx.request, { status: 409, code: 'conflict' });
      const first = await seen.response;
      return new Response(first.body, {
        status: first.status,
        headers: { ...first.headers, 'idempotent-replayed': 'true' },
      });
    }
    const response = Promise.resolve(resolve(ctx)).then(store);
    idempotency.set(scope, { hash, response });
    const first = await response;
    // A failure the client may retry must not be replayed forever.
    if (first.status >= 500 || first.status === 429) idempotency.delete(scope);
    return new Response(first.body, { status: first.status, headers: first.headers });
  }

  async function body<S extends z.ZodMiniType>(
    ctx: Context,
    schema: S,
    { beacon = false } = {},
  ): Promise<{ data: z.infer<S> } | { error: Response }> {
    const type = ctx.request.headers.get('content-type') ?? '';
    // A beacon is sent as text/plain, the one type that needs no CORS preflight.
    if (!type.includes('json') && !(beacon && type.startsWith('text/plain')))
      return { error: problem(ctx.request, { status: 415, code: 'unsupported_media_type' }) };
    let raw: unknown;
    try {
      raw = JSON.parse(await ctx.request.text());
    } catch {
      return { error: problem(ctx.request, { status: 400, code: 'malformed_request' }) };
    }
    const result = schema.safeParse(raw);
    if (!result.success)
      return {
        error: invalid(
          ctx,
          toFieldErrors(result.error.issues, (code) => formatMessage(code, ctx.lang)),
        ),
      };
    return { data: result.data };
  }

  const invalid = (ctx: Context, errors: FieldError[]) =>
    problem(ctx.request, { status: 422, code: 'validation_failed', errors });
  const field = (ctx: Context, pointer: string, code: string): FieldError => ({
    pointer,
    code,
    message: formatMessage(code, ctx.lang),
  });
  const notFound = (ctx: Context) => problem(ctx.request, { status: 404, code: 'not_found' });

  function paged<T>(ctx: Context, items: T[]) {
    const url = new URL(ctx.request.url);
    const pageSize = clamp(Number(url.searchParams.get('pageSize') ?? 50), 1, 100);
    const page = Math.max(1, Math.floor(Number(url.searchParams.get('page') ?? 1)) || 1);
    const data = items.slice((page - 1) * pageSize, page * pageSize);
    return json({
      data,
      page,
      pageSize,
      total: items.length,
      nextPage: page * pageSize < items.length ? page + 1 : null,
    });
  }

  /**
   * Answers 304 when the client already has this version, in this language: the ETag names
   * the language and `Vary` says so, so a client that switches language gets the new text.
   */
  function conditional(ctx: Context, version: string, make: () => unknown): Response {
    const etag = version.replace(/"$/, `-${ctx.lang}"`);
    const headers = { etag, 'cache-control': 'no-cache', vary: 'Accept-Language' };
    if (ctx.request.headers.get('if-none-match') === etag)
      return new Response(null, { status: 304, headers });
    return json(make(), { headers });
  }

  function eventStream(
    ctx: Context,
    channel: string,
    type: string,
    snapshot: (lang: Locale) => unknown,
  ): Response {
    const encoder = new TextEncoder();
    const lastId = Number.parseInt(ctx.request.headers.get('last-event-id') ?? '', 10);
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const write = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const send = (e: { id: number; type: string; data: Partial<Record<Locale, unknown>> }) =>
          write(`id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data[ctx.lang])}\n\n`);
        write('retry: 1000\n\n');
        const replay = Number.isFinite(lastId) ? world.streams.since(channel, lastId) : undefined;
        if (replay) replay.forEach(send);
        else
          send({ id: world.streams.seq(channel), type, data: { [ctx.lang]: snapshot(ctx.lang) } });
        const unsubscribe = world.streams.subscribe(channel, send);
        const heartbeat = setInterval(() => write(': ping\n\n'), heartbeatMs);
        const drop =
          ctx.fault?.drop === undefined ? undefined : setTimeout(() => end(), ctx.fault.drop);
        const end = () => {
          stop();
          try {
            controller.close();
          } catch {
            // Already closed by the client.
          }
        };
        stop = () => {
          unsubscribe();
          clearInterval(heartbeat);
          clearTimeout(drop);
          openStreams.delete(end);
        };
        openStreams.add(end);
      },
      cancel() {
        stop();
      },
    });
    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      },
    });
  }

  function rateLimited(ctx: Context): Response | undefined {
    const client = ctx.request.headers.get('x-p311-client') ?? 'local';
    const bucket = `${ctx.key}|${client}`;
    const t = now();
    const recent = (lookups.get(bucket) ?? []).filter((at) => t - at < limit.windowMs);
    if (recent.length >= limit.limit) {
      lookups.set(bucket, recent);
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + limit.windowMs - t) / 1000));
      return problem(ctx.request, { status: 429, code: 'rate_limited', retryAfter });
    }
    recent.push(t);
    lookups.set(bucket, recent);
    return undefined;
  }

  const caseOf = (ctx: Context) => {
    const record = world.cases.get(ctx.params.number ?? '');
    // A wrong token answers exactly like a missing case: no oracle for case numbers.
    return record && safeEqual(record.token, ctx.request.headers.get('p311-tracking-token') ?? '')
      ? record
      : undefined;
  };
  const caseEtag = (number: string) => {
    const record = world.cases.get(number)!;
    return world
      .etag(`case:${number}`)
      .replace(/"$/, `-${world.caseView(record, 'es').sla.state}"`);
  };

  const handlers: HttpHandler[] = [
    /* ---- catalogue ---- */
    route('get', '/v1/entities', 'publishable', (ctx) => {
      const q = new URL(ctx.request.url).searchParams.get('q');
      return paged(
        ctx,
        q
          ? search(world.entities, q, (e) => [e.name, e.acronym ?? '', e.description ?? ''])
          : world.entities,
      );
    }),
    route('get', '/v1/entities/:id', 'publishable', (ctx) => {
      const entity = world.entity(ctx.params.id ?? '');
      return entity ? json(entity) : notFound(ctx);
    }),
    route('get', '/v1/services', 'publishable', (ctx) => {
      const params = new URL(ctx.request.url).searchParams;
      const entity = params.get('entity');
      const category = params.get('category');
      const q = params.get('q');
      // Translated text keeps its Spanish source within reach: a Spanish category or word
      // still finds the service on an English page.
      const source = (s: Service) => (ctx.lang === 'es' ? undefined : world.service(s.id));
      const wanted = (s: Service) =>
        (!entity || s.entityId === entity) &&
        (!category || s.category === category || source(s)?.category === category);
      let list = world.servicesIn(ctx.lang).filter(wanted);
      if (q)
        list = search(list, q, (s) => {
          const fields = [s.name, (s.keywords ?? []).join(' '), s.description, s.category];
          const spanish = source(s);
          return spanish ? [...fields, spanish.name, (spanish.keywords ?? []).join(' ')] : fields;
        });
      return paged(ctx, list);
    }),
    route('get', '/v1/services/:id', 'publishable', (ctx) => {
      const service = world.service(ctx.params.id ?? '', ctx.lang);
      return service ? json(service) : notFound(ctx);
    }),
    route('get', '/v1/faqs', 'publishable', (ctx) => {
      const params = new URL(ctx.request.url).searchParams;
      const entity = params.get('entity');
      const service = params.get('service');
      const q = params.get('q');
      // Searched in both languages as stored, and only the answers sent are put in one: as for
      // services, Spanish words find the answer on an English page too.
      let list = world.catalogue.faqs.filter(
        (f) => (!entity || f.entityId === entity) && (!service || f.serviceId === service),
      );
      if (q)
        list = search(list, q, ({ es, en }) =>
          ctx.lang === 'es'
            ? [es.question, es.answer]
            : [en.question, en.answer, es.question, es.answer],
        );
      return json({ data: list.slice(0, 20).map((f) => localizeFaq(f, ctx.lang)) });
    }),
    route('get', '/v1/articles/:id', 'publishable', (ctx) => {
      const article = world.article(ctx.params.id ?? '', ctx.lang);
      return article ? json(article) : notFound(ctx);
    }),

    /* ---- attachments ---- */
    route('post', '/v1/attachments', 'publishable', async (ctx) => {
      if (!(ctx.request.headers.get('content-type') ?? '').includes('multipart/form-data')) {
        return problem(ctx.request, { status: 415, code: 'unsupported_media_type' });
      }
      let file: FormDataEntryValue | null;
      try {
        file = (await ctx.request.formData()).get('file');
      } catch {
        return problem(ctx.request, { status: 400, code: 'malformed_request' });
      }
      if (!file || typeof file === 'string') return invalid(ctx, [field(ctx, '/file', 'required')]);
      if (file.size > ATTACHMENT_LIMITS.maxBytes) {
        return problem(ctx.request, {
          status: 413,
          code: 'file_too_large',
          errors: [field(ctx, '/file', 'file_too_large')],
        });
      }
      // Trust the bytes, not the declared type.
      const sniffed = sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
      if (!sniffed || sniffed !== file.type.split(';')[0]) {
        return invalid(ctx, [field(ctx, '/file', 'file_type_not_allowed')]);
      }
      const id = `att_${random.id('', 20)}`;
      const name = (file as File).name?.slice(0, 120) || 'photo';
      attachments.set(id, { contentType: sniffed, bytes: file.size, name });
      return json({ id, contentType: sniffed, bytes: file.size, name }, { status: 201 });
    }),

    /* ---- cases ---- */
    route('post', '/v1/cases', 'publishable', async (ctx) => {
      const parsed = await body(ctx, CaseCreate);
      if ('error' in parsed) return parsed.error;
      const input = parsed.data;
      const service = world.service(input.serviceId);
      if (!service) return invalid(ctx, [field(ctx, '/serviceId', 'invalid_value')]);
      const errors: FieldError[] = [];
      if (service.location === 'required' && !input.location)
        errors.push(field(ctx, '/location', 'required'));
      for (const q of service.questions) {
        const answer = input.answers[q.code];
        const empty =
          answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0);
        if (q.variable && q.required && empty)
          errors.push(field(ctx, `/answers/${q.code}`, 'required'));
        if (
          !empty &&
          q.values &&
          (q.datatype === 'singlevaluelist' || q.datatype === 'multivaluelist')
        ) {
          const keys = new Set(q.values.map((v) => v.key));
          const chosen = Array.isArray(answer) ? answer : [String(answer)];
          if (chosen.some((k) => !keys.has(k)))
            errors.push(field(ctx, `/answers/${q.code}`, 'invalid_value'));
        }
      }
      if (input.attachments.length && !service.attachments.allowed) {
        errors.push(field(ctx, '/attachments', 'invalid_value'));
      }
      if (input.attachments.length > service.attachments.maxCount)
        errors.push(field(ctx, '/attachments', 'invalid_value'));
      input.attachments.forEach((id, i) => {
        if (!attachments.has(id)) errors.push(field(ctx, `/attachments/${i}`, 'invalid_value'));
      });
      if (errors.length) return invalid(ctx, errors);
      const record = world.createCase({
        ...input,
        location: service.location === 'none' ? undefined : input.location,
      });
      return json(
        {
          number: record.number,
          token: record.token,
          status: record.status,
          createdAt: new Date(record.createdAt).toISOString(),
          dueAt: new Date(record.dueAt).toISOString(),
          entityId: record.entityId,
          serviceId: record.serviceId,
        },
        { status: 201, headers: { location: `/v1/cases/${record.number}` } },
      );
    }),
    route('get', '/v1/cases/nearby', 'publishable', (ctx) => {
      const p = new URL(ctx.request.url).searchParams;
      const result = NearbyQuery.safeParse({
        serviceId: p.get('service') ?? '',
        lat: Number(p.get('lat') ?? NaN),
        lng: Number(p.get('lng') ?? NaN),
        ...(p.has('radius') ? { radius: Number(p.get('radius')) } : {}),
      });
      if (!result.success)
        return invalid(
          ctx,
          toFieldErrors(result.error.issues, (code) => formatMessage(code, ctx.lang)),
        );
      const q = result.data;
      return json({ data: world.nearby(q.serviceId, q, q.radius) });
    }),
    route('get', '/v1/cases/:number', 'publishable', (ctx) => {
      const record = caseOf(ctx);
      if (!record) return notFound(ctx);
      return conditional(ctx, caseEtag(record.number), () => world.caseView(record, ctx.lang));
    }),
    route('get', '/v1/cases/:number/events', 'publishable', (ctx) => {
      const record = caseOf(ctx);
      if (!record) return notFound(ctx);
      return eventStream(ctx, `case:${record.number}`, 'case', (lang) =>
        world.caseView(record, lang),
      );
    }),
    route('post', '/v1/cases/:number/supporters', 'publishable', (ctx) => {
      const record = world.cases.get(ctx.params.number ?? '');
      if (!record || FINAL_CASE_STATUSES.includes(record.status)) return notFound(ctx);
      record.supporters += 1;
      world.announceCase(record);
      return json({ number: record.number, supporters: record.supporters });
    }),
    route('post', '/v1/cases/:number/feedback', 'publishable', async (ctx) => {
      const record = caseOf(ctx);
      if (!record) return notFound(ctx);
      const parsed = await body(ctx, FeedbackCreate);
      if ('error' in parsed) return parsed.error;
      if (!FEEDBACK_STATUSES.includes(record.status)) {
        return problem(ctx.request, { status: 409, code: 'feedback_not_open' });
      }
      record.feedback = parsed.data;
      world.announceCase(record);
      return json(world.caseView(record, ctx.lang));
    }),

    /* ---- tows ---- */
    route('post', '/v1/tows/lookup', 'publishable', async (ctx) => {
      const limited = rateLimited(ctx);
      if (limited) return limited;
      const parsed = await body(ctx, TowLookup);
      if ('error' in parsed) return parsed.error;
      const found = world.lookup(parsed.data.plate, parsed.data.verifier);
      return json(
        { data: found.map((t) => world.towView(t, ctx.lang)) },
        { headers: { 'cache-control': 'no-store' } },
      );
    }),
    route('get', '/v1/tows/:id', 'publishable', (ctx) => {
      const record = world.tows.get(ctx.params.id ?? '');
      if (!record) return notFound(ctx);
      return conditional(ctx, world.etag(`tow:${record.id}`), () =>
        world.towView(record, ctx.lang),
      );
    }),
    route('get', '/v1/tows/:id/events', 'publishable', (ctx) => {
      const record = world.tows.get(ctx.params.id ?? '');
      if (!record) return notFound(ctx);
      return eventStream(ctx, `tow:${record.id}`, 'tow', (lang) => world.towView(record, lang));
    }),
    route('get', '/v1/yards', 'publishable', () => json({ data: world.yards })),

    /* ---- telemetry ---- */
    route('post', '/v1/telemetry/vitals', 'beacon', async (ctx) => {
      const parsed = await body(ctx, VitalBeacon, { beacon: true });
      if ('error' in parsed) return parsed.error;
      const { element, name, origin, value, withinElement = false } = parsed.data;
      vitals.push({ element, name, origin, value, withinElement });
      if (vitals.length > 50_000) vitals.shift();
      return new Response(null, { status: 202 });
    }),
    // What an agency sees of the widget on its pages: `?origin=https://…` narrows to one site.
    route('get', '/v1/telemetry/vitals/summary', 'publishable', (ctx) => {
      const origin = new URL(ctx.request.url).searchParams.get('origin');
      const groups = new Map<string, (typeof vitals)[number][]>();
      for (const v of vitals) {
        if (origin && v.origin !== origin) continue;
        const k = `${v.element}|${v.name}`;
        const group = groups.get(k);
        if (group) group.push(v);
        else groups.set(k, [v]);
      }
      return json({
        data: [...groups].map(([k, group]) => {
          const [element = '', name = ''] = k.split('|');
          const sorted = group.map((v) => v.value).sort((a, b) => a - b);
          const good = { CLS: 0.1, INP: 200, LCP: 2500, FCP: 1800, TTFB: 800 }[name] ?? Infinity;
          return {
            element,
            name,
            count: group.length,
            p75: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.75))] ?? 0,
            good: sorted.filter((v) => v <= good).length / sorted.length,
            withinElement: group.filter((v) => v.withinElement).length / group.length,
          };
        }),
      });
    }),

    /* ---- operators (secret key) ---- */
    route('get', '/v1/operator/companies', 'secret', () => json({ data: world.companies })),
    route('post', '/v1/operator/tows', 'secret', async (ctx) => {
      const parsed = await body(ctx, TowCreate);
      if ('error' in parsed) return parsed.error;
      const record = world.createTow(parsed.data, { external: !world.fleet });
      return json(world.operatorTowView(record), { status: 201 });
    }),
    route('get', '/v1/operator/tows/:id', 'secret', (ctx) => {
      const record = world.tows.get(ctx.params.id ?? '');
      return record ? json(world.operatorTowView(record)) : notFound(ctx);
    }),
    route('post', '/v1/operator/tows/:id/assign', 'secret', async (ctx) => {
      const record = world.tows.get(ctx.params.id ?? '');
      if (!record) return notFound(ctx);
      const parsed = await body(ctx, TowAssign);
      if ('error' in parsed) return parsed.error;
      const errors: FieldError[] = [];
      if (!world.companies.some((c) => c.id === parsed.data.companyId))
        errors.push(field(ctx, '/companyId', 'invalid_value'));
      if (parsed.data.yardId && !world.yards.some((y) => y.id === parsed.data.yardId))
        errors.push(field(ctx, '/yardId', 'invalid_value'));
      if (errors.length) return invalid(ctx, errors);
      world.assignTow(record, parsed.data.companyId, parsed.data.yardId);
      return json(world.operatorTowView(record));
    }),
    route('post', '/v1/operator/tows/:id/status', 'secret', async (ctx) => {
      const record = world.tows.get(ctx.params.id ?? '');
      if (!record) return notFound(ctx);
      const parsed = await body(ctx, TowStatusChange);
      if ('error' in parsed) return parsed.error;
      const { status, yardId } = parsed.data;
      if (
        TOW_ORDER.indexOf(status) <= TOW_ORDER.indexOf(record.status) ||
        (status !== 'requested' && !record.companyId)
      ) {
        return problem(ctx.request, { status: 409, code: 'invalid_transition' });
      }
      if (yardId) {
        if (!world.yards.some((y) => y.id === yardId))
          return invalid(ctx, [field(ctx, '/yardId', 'invalid_value')]);
        record.yardId = yardId;
      }
      world.setTowStatus(record, status);
      return json(world.operatorTowView(record));
    }),
    route('post', '/v1/operator/tows/:id/positions', 'secret', async (ctx) => {
      const record = world.tows.get(ctx.params.id ?? '');
      if (!record) return notFound(ctx);
      const parsed = await body(ctx, PositionBatch);
      if ('error' in parsed) return parsed.error;
      world.pushPositions(record, parsed.data.positions);
      return json({ accepted: parsed.data.positions.length }, { status: 202 });
    }),

    /* ---- the same world as an Open311 GeoReport v2 endpoint, under /open311/ ---- */
    ...createOpen311Handlers(world),

    /* ---- anything else under /v1: never a 200 to garbage ---- */
    http.all('*/v1/*', ({ request }) => {
      const known = handlers.some(
        (h) => h !== catchAll && h.info.path !== undefined && matches(h, request),
      );
      return known
        ? problem(request, { status: 405, code: 'method_not_allowed' })
        : problem(request, { status: 404, code: 'not_found' });
    }),
  ];
  const catchAll = handlers[handlers.length - 1];

  return {
    handlers,
    /** Ends every open event stream (graceful shutdown). */
    closeStreams() {
      for (const end of [...openStreams]) end();
    },
    openStreamCount: () => openStreams.size,
  };
}

function matches(handler: HttpHandler, request: Request): boolean {
  const path = String(handler.info.path).replace(/^\*/, '');
  const pattern = new RegExp(`${path.replace(/:[a-z]+/gi, '[^/]+')}$`);
  return pattern.test(new URL(request.url).pathname);
}

interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: ArrayBuffer | null;
}

async function store(response: Response): Promise<StoredResponse> {
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body:
      response.status === 204 || (response.status === 202 && !response.body)
        ? null
        : await response.arrayBuffer(),
  };
}

async function digest(bytes: ArrayBuffer): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares secrets in time independent of where they differ. */
function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

const clamp = (n: number, min: number, max: number) =>
  Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : min;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
