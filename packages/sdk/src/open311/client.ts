import ky, { isHTTPError, type HTTPError, type RetryOptions } from 'ky';
import type * as z from 'zod/mini';
import {
  codeForStatus,
  InputError,
  ProblemError,
  redactKyError,
  ResponseValidationError,
} from '../errors.js';
import { checkInput, parseResponse, type CallOptions, type CreateOptions } from '../http.js';
import { live, type LiveStream } from '../live.js';
import { pickLocale, type Locale } from '../messages.js';
import { sniffImageType, type UploadOptions, type UploadSource } from '../resources/attachments.js';
import type { FaqQuery, ServiceQuery } from '../resources/catalogue.js';
import type { WatchOptions } from '../resources/cases.js';
import { Attachment, ATTACHMENT_LIMITS } from '../schemas/attachments.js';
import { Case, CaseReceipt, FINAL_CASE_STATUSES, type NearbyCase } from '../schemas/cases.js';
import { Service, type Faq } from '../schemas/catalogue.js';
import type { Page } from '../schemas/common.js';
import {
  bool,
  distanceMeters,
  instant,
  isObject,
  list,
  mapStatus,
  normalizeErrors,
  normalizeRequest,
  normalizeService,
  parseBody,
  str,
  toCase,
} from './normalize.js';
import {
  Open311CaseCreate,
  Open311Discovery,
  Open311NearbyQuery,
  Open311Request,
  type Open311CaseCreate as Open311CaseCreateInput,
  type Open311NearbyQuery as Open311NearbyQueryInput,
} from './schemas.js';

/** How to reach a GeoReport v2 server. */
export interface Open311ClientOptions {
  /** The GeoReport v2 base URL, without the resource: `https://city.gov/open311/v2`. */
  endpoint: string;
  /** Only for endpoints that serve several jurisdictions, e.g. `sfgov.org`. */
  jurisdictionId?: string;
  /** The server's API key, sent as `api_key` with each POST. */
  apiKey?: string;
  /**
   * The format asked for first. `json` falls back to XML (the one format the spec requires)
   * when the server refuses JSON (400, 404, 406, 415, 501) or answers XML anyway.
   * @default 'json'
   */
  format?: 'json' | 'xml';
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Milliseconds one attempt may take. @default 10000 */
  timeout?: number;
  /** Milliseconds one call may take, retries included. @default 30000 */
  totalTimeout?: number;
  /**
   * Retries of GETs on 408, 429, 500, 502, 503, 504 and timeouts, honouring `Retry-After`.
   * POSTs are never retried: GeoReport has no idempotency key, a retry could file twice.
   * @default 2
   */
  retry?: number | RetryOptions;
  /** Sent as `Accept-Language`. @default 'es' */
  locale?: Locale | string;
  /**
   * Polling `tokens/{token}` after a POST answered with a token and no id: the first wait
   * is `interval`, doubling up to 10 s, for at most `maxWait` in all.
   * @default { interval: 1000, maxWait: 30000 }
   */
  tokenPoll?: { interval?: number; maxWait?: number };
  /**
   * The server takes a photo as a multipart `media` part with the POST (Bloomington,
   * Helsinki, the sandbox). Off, services allow no attachments.
   * @default false
   */
  media?: boolean;
  /**
   * `eager` loads the definitions (questions) of the services on each page `services.list`
   * returns, as GeoReporter does; `lazy` leaves them to `services.get`.
   * @default 'eager'
   */
  definitions?: 'eager' | 'lazy';
  /** Ask for `extensions=true` (notes, extended attributes) with a single request. @default true */
  extensions?: boolean;
}

/** Filters of GET requests: every filter of the spec, plus the common extensions. */
export interface Open311RequestQuery extends CallOptions {
  /** Overrides every other filter (spec). */
  serviceRequestId?: string | string[];
  serviceCode?: string | string[];
  startDate?: Date | string;
  endDate?: Date | string;
  status?: 'open' | 'closed' | ('open' | 'closed')[];
  /** Extension (Chicago, Boston, Toronto, Bloomington, San Francisco). */
  page?: number;
  /** Extension. */
  pageSize?: number;
  /** Extension: `extensions=true`. */
  extensions?: boolean;
  /** Extension: a point and radius in metres, where servers support it. */
  lat?: number;
  long?: number;
  radius?: number;
  /** Any other parameter the server understands. */
  params?: Record<string, string>;
}

/** One page of service requests. `nextPage` is a hint: servers do not say; `all()` knows. */
export interface Open311RequestPage {
  data: Open311Request[];
  page: number;
  pageSize?: number;
  nextPage: number | null;
}

/**
 * Something went wrong that is not an HTTP error: a service that is not in the list, or a
 * request still known only by its token. `code` works with `errorCode`/`errorMessage`.
 */
export class Open311Error extends Error {
  override name = 'Open311Error';
  constructor(
    readonly code: string,
    message: string,
    /** For a request not processed yet: the token to ask again with. */
    readonly token?: string,
  ) {
    super(message);
  }
}

const RETRY: RetryOptions = {
  limit: 2,
  methods: ['get'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  afterStatusCodes: [413, 429, 503],
  maxRetryAfter: 60_000,
  backoffLimit: 8_000,
  jitter: true,
  retryOnTimeout: true,
};
const JSON_REFUSED = [400, 404, 406, 415, 501];
const REQUEST_LISTS = ['service_requests', 'requests', 'request'];
const TOKEN_PREFIX = 'token:';

type Raw = Record<string, unknown>;
type Local = { blob: Blob; name: string };
type ValidCase = z.infer<typeof Open311CaseCreate>;

/** The error a GeoReport server sent, as a `ProblemError` (so `errorCode` and `errorMessage` work). */
async function toProblem(error: HTTPError): Promise<HTTPError> {
  redactKyError(error);
  const { status, statusText, headers } = error.response;
  let text = '';
  try {
    text = await error.response.clone().text();
  } catch {
    // A body already read or gone: the status alone says enough.
  }
  const errors = normalizeErrors(text, headers.get('content-type') ?? '');
  const detail = errors
    .map((e) => e.description)
    .filter(Boolean)
    .join(' ');
  return new ProblemError(error, {
    type: 'about:blank',
    title: statusText || `HTTP ${status}`,
    status,
    ...(detail ? { detail } : {}),
    code: codeForStatus(status),
    open311Errors: errors,
  });
}

/** Resolves after `ms`, or at once when `signal` aborts. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, signal?.aborted ? 0 : ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** `fn` over `items`, at most `limit` at a time, in order. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const hash = (s: string) => {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = (h * 33) ^ s.charCodeAt(i);
  return (h >>> 0).toString(36);
};

const inputError = (pointer: string, code: string) =>
  new InputError([{ pointer, code, message: code }]);

async function toBlob(source: UploadSource, maxBytes: number): Promise<Blob> {
  if (source instanceof Blob) return source;
  if (source instanceof ArrayBuffer || source instanceof Uint8Array)
    return new Blob([source as Uint8Array<ArrayBuffer>]);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.byteLength;
    if (size > maxBytes) throw inputError('/file', 'file_too_large');
    chunks.push(chunk as Uint8Array<ArrayBuffer>);
  };
  if (Symbol.asyncIterator in source) {
    for await (const chunk of source as AsyncIterable<Uint8Array>) take(chunk);
  } else {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) take(r.value);
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
  return new Blob(chunks);
}

/**
 * A client for any Open311 GeoReport v2 server with the shape of the SDK's own resources
 * (`services`, `answers`, `attachments`, `cases`), so the widgets run on it unchanged, plus
 * `requests` for everything GET requests offers. Lenient with what servers send (JSON or
 * XML, strings or numbers, wrapped or bare lists, any error shape), strict in what it returns:
 * every result passes the SDK's schemas.
 * @example
 * const client = createOpen311Client({ endpoint: 'https://city.gov/open311/v2', apiKey: 'KEY' });
 * const { data } = await client.services.list({ q: 'pothole' });
 */
export function createOpen311Client(options: Open311ClientOptions) {
  const base = options.endpoint.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/i.test(base))
    throw new TypeError('createOpen311Client: endpoint must be an http(s) URL');
  const entityId = options.jurisdictionId ?? new URL(base).hostname;
  const totalTimeout = options.totalTimeout ?? 30_000;
  const retry = options.retry ?? 2;
  const eager = options.definitions !== 'lazy';
  const extensions = options.extensions !== false;
  const serviceContext = { entityId, media: options.media ?? false };
  const instance = ky.create({
    timeout: options.timeout ?? 10_000,
    retry: typeof retry === 'number' ? { ...RETRY, limit: retry } : { ...RETRY, ...retry },
    headers: { 'accept-language': pickLocale(options.locale) },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: { beforeError: [toProblem] },
  });
  let format = options.format ?? 'json';
  let settled = format === 'xml';

  /** One call: `path.format`, parsed from JSON or XML, whatever the server chose to send. */
  async function send(
    method: 'get' | 'post',
    path: string,
    init: {
      params?: Record<string, string | undefined>;
      body?: BodyInit;
      signal?: AbortSignal;
    } = {},
  ): Promise<unknown> {
    const attempt = async (as: 'json' | 'xml') => {
      const where = `${method.toUpperCase()} ${path}.${as}`;
      const searchParams = new URLSearchParams();
      if (method === 'get' && options.jurisdictionId)
        searchParams.set('jurisdiction_id', options.jurisdictionId);
      for (const [k, v] of Object.entries(init.params ?? {})) if (v) searchParams.set(k, v);
      const signals = [AbortSignal.timeout(totalTimeout), init.signal].filter((s) => !!s);
      try {
        const response = await instance(`${base}/${path}.${as}`, {
          method,
          searchParams,
          body: init.body,
          signal: AbortSignal.any(signals),
        });
        const text = await response.text();
        try {
          return parseBody(text, response.headers.get('content-type') ?? '');
        } catch {
          throw new ResponseValidationError(where, '(body)');
        }
      } catch (error) {
        throw error instanceof Error ? redactKyError(error) : error;
      }
    };
    const first = format;
    try {
      const { value, xml } = await attempt(first);
      if (!settled) {
        settled = true;
        if (xml) format = 'xml';
      }
      return value;
    } catch (error) {
      if (settled || first !== 'json' || !isHTTPError(error)) throw error;
      if (!JSON_REFUSED.includes(error.response.status)) throw error;
      let answer: { value: unknown };
      try {
        answer = await attempt('xml');
      } catch (second) {
        // Refused in both formats: the first answer says why.
        throw isHTTPError(second) ? error : second;
      }
      format = 'xml';
      settled = true;
      return answer.value;
    }
  }

  /* ---------------- services ---------------- */

  let catalogue: Promise<Raw[]> | undefined;
  const definitions = new Map<string, Promise<unknown>>();

  const allServices = (signal?: AbortSignal) =>
    (catalogue ??= send('get', 'services', { signal })
      .then((value) =>
        list(value, 'services', 'service').filter(
          (s): s is Raw => isObject(s) && !!str(s.service_code),
        ),
      )
      .catch((error: unknown) => {
        catalogue = undefined;
        throw error;
      }));

  const definition = (code: string, signal?: AbortSignal) => {
    let found = definitions.get(code);
    if (!found) {
      found = send('get', `services/${encodeURIComponent(code)}`, { signal }).then((v) =>
        Array.isArray(v)
          ? v[0]
          : isObject(v) && isObject(v.service_definition)
            ? v.service_definition
            : v,
      );
      found.catch(() => definitions.delete(code));
      definitions.set(code, found);
    }
    return found;
  };

  const toService = (raw: Raw, def: unknown) =>
    parseResponse(
      Service,
      normalizeService(raw, def, serviceContext),
      `GET services/${str(raw.service_code)}`,
    );

  const services = {
    /** One page of services, filtered here: GeoReport has no search. */
    async list(query: ServiceQuery = {}): Promise<Page<Service>> {
      const { signal } = query;
      const words = fold(query.q ?? '')
        .split(/\s+/)
        .filter(Boolean);
      const matching =
        query.entity && query.entity !== entityId
          ? []
          : (await allServices(signal)).filter((s) => {
              if (query.category && str(s.group) !== query.category) return false;
              const text = fold(
                [s.service_name, s.description, s.keywords, s.group].map(str).join(' '),
              );
              return words.every((w) => text.includes(w));
            });
      const pageSize = Math.min(1000, Math.max(1, Math.floor(query.pageSize ?? 50)));
      const page = Math.max(1, Math.floor(query.page ?? 1));
      const slice = matching.slice((page - 1) * pageSize, page * pageSize);
      const data = await mapLimit(slice, 6, async (raw) => {
        if (!eager || !bool(raw.metadata)) return toService(raw, undefined);
        // A definition that fails to load leaves the service usable; `get` tries again.
        const def = await definition(str(raw.service_code)!, signal).catch(() => undefined);
        return toService(raw, def);
      });
      return {
        data,
        page,
        pageSize,
        total: matching.length,
        nextPage: page * pageSize < matching.length ? page + 1 : null,
      };
    },
    /** A service with its questions (its definition, loaded when `metadata` is true). */
    async get(id: string, options: CallOptions = {}): Promise<Service> {
      const raw = (await allServices(options.signal)).find((s) => str(s.service_code) === id);
      if (!raw) throw new Open311Error('not_found', `No service ${id} in the service list`);
      return toService(raw, bool(raw.metadata) ? await definition(id, options.signal) : undefined);
    },
  };

  /* ---------------- attachments ---------------- */

  const uploads = new Map<string, Local>();
  let uploadSeq = 0;

  const attachments = {
    /**
     * Checks a photo and keeps it here: GeoReport takes it with the request, as the
     * multipart `media` part. Returns a local id for `cases.create`'s `attachments`.
     */
    async upload(source: UploadSource, options: UploadOptions = {}): Promise<Attachment> {
      const maxBytes = Math.min(options.policy?.maxBytes ?? Infinity, ATTACHMENT_LIMITS.maxBytes);
      const types: readonly string[] = options.policy?.types ?? ATTACHMENT_LIMITS.types;
      const blob = await toBlob(source, maxBytes);
      if (blob.size > maxBytes) throw inputError('/file', 'file_too_large');
      const sniffed = sniffImageType(new Uint8Array(await blob.slice(0, 16).arrayBuffer()));
      const type = (options.contentType ?? (blob.type || sniffed) ?? '')
        .split(';')[0]!
        .trim()
        .toLowerCase();
      if (!types.includes(type)) throw inputError('/file', 'file_type_not_allowed');
      const name =
        options.name ??
        (typeof File !== 'undefined' && source instanceof File ? source.name : 'photo');
      const id = `local_${++uploadSeq}_${hash(`${Date.now()}${Math.random()}`)}`;
      uploads.set(id, { blob: new Blob([blob], { type }), name });
      options.onProgress?.(1);
      return parseResponse(Attachment, { id, contentType: type, bytes: blob.size, name }, 'upload');
    },
  };

  /* ---------------- requests ---------------- */

  const requestsOf = (value: unknown, where: string) =>
    list(value, ...REQUEST_LISTS)
      .map(normalizeRequest)
      .filter((r): r is Raw => r !== undefined)
      .map((r, i) => parseResponse(Open311Request, r, `${where}[${i}]`));

  const join = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);
  const when = (v: Date | string | undefined) => (v instanceof Date ? v.toISOString() : v);

  /** The id behind a token, once the server has made one. */
  async function tokenId(token: string, signal?: AbortSignal): Promise<string | undefined> {
    try {
      const value = await send('get', `tokens/${encodeURIComponent(token)}`, { signal });
      for (const item of list(value, ...REQUEST_LISTS))
        if (isObject(item) && str(item.service_request_id)) return str(item.service_request_id);
    } catch (error) {
      // Not found yet is what a token says before its request is processed.
      if (!isHTTPError(error) || error.response.status !== 404) throw error;
    }
    return undefined;
  }

  const requests = {
    /** One page of GET requests, with every filter of the spec. */
    async list(query: Open311RequestQuery = {}): Promise<Open311RequestPage> {
      const page = query.page ?? 1;
      const data = requestsOf(
        await send('get', 'requests', {
          signal: query.signal,
          params: {
            service_request_id: join(query.serviceRequestId),
            service_code: join(query.serviceCode),
            start_date: when(query.startDate),
            end_date: when(query.endDate),
            status: join(query.status),
            page: query.page === undefined ? undefined : String(query.page),
            page_size: query.pageSize === undefined ? undefined : String(query.pageSize),
            extensions: query.extensions ? 'true' : undefined,
            lat: query.lat?.toString(),
            long: query.long?.toString(),
            radius: query.radius?.toString(),
            ...query.params,
          },
        }),
        'GET requests',
      );
      return { data, page, pageSize: query.pageSize, nextPage: data.length ? page + 1 : null };
    },
    /**
     * Every request matching `query`, page after page. Stops at an empty page, and when a
     * page repeats one already seen: servers that ignore `page` send page 1 again, and
     * Bloomington's uReport sends its last page for any page past the end.
     */
    async *all(
      query: Open311RequestQuery & { maxPages?: number } = {},
    ): AsyncGenerator<Open311Request> {
      const { maxPages = 100, ...rest } = query;
      const seen = new Set<string>();
      for (let page = rest.page ?? 1, n = 0; n < maxPages; page++, n++) {
        const { data } = await requests.list({ ...rest, page });
        const fresh = data.filter((r) => !seen.has(r.id));
        if (!fresh.length) return;
        for (const r of fresh) seen.add(r.id);
        yield* fresh;
      }
    },
    /** One request, normalised (GET requests/{id}). */
    async get(
      id: string,
      options: CallOptions & { extensions?: boolean } = {},
    ): Promise<Open311Request> {
      const found = requestsOf(
        await send('get', `requests/${encodeURIComponent(id)}`, {
          signal: options.signal,
          params: { extensions: (options.extensions ?? extensions) ? 'true' : undefined },
        }),
        `GET requests/${id}`,
      );
      const request = found.find((r) => r.id === id) ?? found[0];
      if (!request) throw new Open311Error('not_found', `No request ${id}`);
      return request;
    },
    /** The request id behind a token (GET tokens/{token}), or `undefined` while it is pending. */
    token: (token: string, options: CallOptions = {}) => tokenId(token, options.signal),
  };

  /* ---------------- cases ---------------- */

  const submitted = new Map<string, Promise<CaseReceipt>>();

  function fields(input: ValidCase): [string, string][] {
    const out: [string, string][] = [];
    const add = (key: string, value: string | number | undefined) => {
      if (value !== undefined && value !== '') out.push([key, String(value)]);
    };
    add('api_key', options.apiKey);
    add('jurisdiction_id', options.jurisdictionId);
    add('service_code', input.serviceId);
    if (input.location) {
      add('lat', input.location.lat);
      add('long', input.location.lng);
      add('address_string', input.location.address ?? input.location.landmark);
    }
    add('address_id', input.addressId);
    add('description', input.description);
    if (!input.contact.anonymous) {
      const [first, ...rest] = input.contact.name.split(/\s+/);
      add('first_name', first);
      add('last_name', rest.join(' '));
      add('email', input.contact.email);
      add('phone', input.contact.phone);
    }
    add('media_url', input.mediaUrl);
    for (const [code, answer] of Object.entries(input.answers)) {
      if (Array.isArray(answer)) for (const v of answer) add(`attribute[${code}][]`, v);
      else add(`attribute[${code}]`, answer);
    }
    return out;
  }

  async function create(input: Open311CaseCreateInput, call: CreateOptions): Promise<CaseReceipt> {
    const body = checkInput(Open311CaseCreate, input);
    const photos = body.attachments.map((id, i) => {
      const local = uploads.get(id);
      if (!local) throw inputError(`/attachments/${i}`, 'invalid_value');
      return local;
    });
    let payload: BodyInit = new URLSearchParams(fields(body));
    // GeoReport takes one photo: the first.
    const photo = photos[0];
    if (photo) {
      const form = new FormData();
      for (const [k, v] of fields(body)) form.append(k, v);
      form.append('media', photo.blob, photo.name);
      payload = form;
    }
    const value = await send('post', 'requests', { body: payload, signal: call.signal });
    const first = list(value, ...REQUEST_LISTS).find(isObject) ?? {};
    const token = str(first.token);
    let id = str(first.service_request_id) ?? str(first.sevicerequest_id) ?? str(first.id);
    if (!id && token) {
      const { interval = 1000, maxWait = 30_000 } = options.tokenPoll ?? {};
      const deadline = Date.now() + maxWait;
      for (let wait = interval; !id; wait = Math.min(wait * 2, 10_000)) {
        // The request is filed: a failing poll ends polling, never the receipt.
        id = await tokenId(token, call.signal).catch(() => undefined);
        if (id || Date.now() + wait > deadline || call.signal?.aborted) break;
        await sleep(wait, call.signal);
      }
    }
    for (const a of body.attachments) uploads.delete(a);
    const now = new Date().toISOString();
    const expected = instant(first.expected_datetime);
    const notice = str(first.service_notice);
    return parseResponse(
      CaseReceipt,
      {
        // Still pending: the token stands in for the number; `cases.get` resolves it.
        number: id ?? (token ? `${TOKEN_PREFIX}${token}` : ''),
        token: token ?? id ?? '',
        status: mapStatus(str(first.status)).caseStatus,
        createdAt: instant(first.requested_datetime) ?? now,
        dueAt: expected ?? now,
        dueAtKnown: expected !== undefined,
        entityId: str(first.agency_responsible) ?? entityId,
        serviceId: body.serviceId,
        ...(!id && token ? { pending: true } : {}),
        ...(!id && !token ? { trackable: false } : {}),
        ...(notice ? { serviceNotice: notice } : {}),
      },
      'POST requests',
    );
  }

  const cases = {
    /**
     * Files a request (POST requests): form-urlencoded, or multipart with the photo as
     * `media`; answers as `attribute[CODE]` and `attribute[CODE][]`. A server that answers
     * with a token is polled (`tokenPoll`) until the id appears; past `maxWait` the receipt
     * carries `pending: true` and `number` is `token:…`, which `get` understands. The same
     * `idempotencyKey` twice on this client returns the first receipt instead of filing again.
     */
    create(input: Open311CaseCreateInput, options: CreateOptions = {}): Promise<CaseReceipt> {
      const key = options.idempotencyKey;
      const known = key ? submitted.get(key) : undefined;
      if (known) return known;
      const filing = create(input, options);
      if (key) {
        submitted.set(key, filing);
        filing.catch(() => submitted.delete(key));
      }
      return filing;
    },

    /**
     * A request as the SDK's `Case`: status mapped (raw kept in `statusRaw`), history notes
     * as the timeline, `expected_datetime` as the SLA, `agency_responsible` as the entity.
     * GeoReport requests are public: `token` is not needed.
     */
    async get(number: string, _token?: string, options: CallOptions = {}): Promise<Case> {
      let id: string | undefined = number;
      if (number.startsWith(TOKEN_PREFIX)) {
        const token = number.slice(TOKEN_PREFIX.length);
        id = await tokenId(token, options.signal);
        if (!id) throw new Open311Error('not_found', 'The request is not processed yet', token);
      }
      const request = await requests.get(id, options);
      return parseResponse(Case, toCase(request, entityId, Date.now()), `GET requests/${id}`);
    },

    /** Open requests of the same service near a point, nearest first (filtered here). */
    async nearby(query: Open311NearbyQueryInput, options: CallOptions = {}): Promise<NearbyCase[]> {
      const q = checkInput(Open311NearbyQuery, query);
      const { data } = await requests.list({
        serviceCode: q.serviceId,
        status: 'open',
        lat: q.lat,
        long: q.lng,
        radius: q.radius,
        signal: options.signal,
      });
      return data
        .filter(
          (r) => r.lat !== undefined && r.lng !== undefined && r.requestedAt && r.status === 'open',
        )
        .map((r) => ({ r, d: distanceMeters(q, { lat: r.lat!, lng: r.lng! }) }))
        .filter(({ d }) => d <= q.radius)
        .sort((a, b) => a.d - b.d)
        .slice(0, 10)
        .map(({ r, d }) => {
          const summary = r.description ?? r.serviceName ?? '';
          return {
            number: r.id,
            status: r.caseStatus,
            serviceId: r.serviceCode ?? q.serviceId,
            summary: summary.length > 140 ? `${summary.slice(0, 139)}…` : summary,
            createdAt: r.requestedAt!,
            distanceMeters: Math.round(d),
            supporters: 0,
          };
        });
    },

    /**
     * Follows a request by polling (GeoReport has no push): an event each time it changes,
     * ending at a final status unless `untilClosed` is false.
     */
    watch(number: string, token = '', options: WatchOptions<Case> = {}): LiveStream<Case> {
      const { signal, untilClosed, pollInterval = 15_000, ...tuning } = options;
      return live<Case>({
        ...tuning,
        pollInterval,
        signal,
        pollEventType: 'case',
        // No event stream: answering 404 at once makes `live` poll from the start.
        connect: async () => new Response(null, { status: 404 }),
        poll: async ({ etag, signal }) => {
          try {
            const body = JSON.stringify(await cases.get(number, token, { signal }));
            const tag = `"${hash(body)}"`;
            return tag === etag
              ? new Response(null, { status: 304 })
              : new Response(body, { headers: { etag: tag, 'content-type': 'application/json' } });
          } catch (error) {
            if (isHTTPError(error)) return new Response(null, { status: error.response.status });
            // Pending behind its token: keep asking.
            if (error instanceof Open311Error) return new Response(null, { status: 503 });
            throw error;
          }
        },
        parse: (_type, data) => parseResponse(Case, data, `case ${number}`),
        until: untilClosed ? undefined : (event) => FINAL_CASE_STATUSES.includes(event.data.status),
      });
    },
  };

  return {
    /** The endpoint, and the format now in use (after any fallback to XML). */
    get endpoint() {
      return base;
    },
    get format() {
      return format;
    },
    services,
    /** GeoReport has no FAQs. */
    answers: { faqs: async (_query: FaqQuery = {}): Promise<Faq[]> => [] },
    attachments,
    cases,
    requests,
  };
}

/** What `createOpen311Client` returns. */
export type Open311Client = ReturnType<typeof createOpen311Client>;

/**
 * Reads a discovery document (`…/discovery.json` or `.xml`; the other format is tried when
 * one fails) and picks the GeoReport v2 endpoint: production when listed, else the first
 * (Bloomington lists only `development`). Spread the result into `createOpen311Client`.
 * @example
 * const client = createOpen311Client({ ...(await discoverOpen311(url)), apiKey });
 */
export async function discoverOpen311(
  url: string,
  options: { fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<Open311Discovery> {
  const get = options.fetch ?? fetch;
  const where = `GET ${url}`;
  let response = await get(url, { signal: options.signal });
  if (!response.ok && /\.(json|xml)$/.test(url))
    response = await get(
      url.replace(/json$|xml$/, (f) => (f === 'json' ? 'xml' : 'json')),
      {
        signal: options.signal,
      },
    );
  if (!response.ok)
    throw new Open311Error(codeForStatus(response.status), `${where}: HTTP ${response.status}`);
  let value: unknown;
  try {
    value = parseBody(await response.text(), response.headers.get('content-type') ?? '').value;
  } catch {
    throw new ResponseValidationError(where, '(body)');
  }
  const doc =
    isObject(value) && isObject(value.discovery) ? value.discovery : isObject(value) ? value : {};
  const endpoints = list(doc.endpoints, 'endpoint')
    .filter(isObject)
    .map((e) => ({
      specification: str(e.specification) ?? '',
      url: new URL(str(e.url) ?? '', response.url || url).href.replace(/\/+$/, ''),
      ...(str(e.changeset) ? { changeset: str(e.changeset) } : {}),
      type: str(e.type)?.toLowerCase() ?? 'production',
      formats: list(e.formats, 'format')
        .map(str)
        .filter((f): f is string => !!f),
    }));
  const v2 = endpoints.filter((e) => /georeport.?v2/i.test(e.specification));
  const chosen = v2.find((e) => e.type === 'production') ?? v2[0];
  if (!chosen) throw new ResponseValidationError(where, 'endpoints');
  const text = (k: string) =>
    str(doc[k]) ? { [k === 'key_service' ? 'keyService' : k]: str(doc[k]) } : {};
  return parseResponse(
    Open311Discovery,
    {
      endpoint: chosen.url,
      format:
        !chosen.formats.length || chosen.formats.some((f) => /json/i.test(f)) ? 'json' : 'xml',
      ...text('changeset'),
      ...text('contact'),
      ...text('key_service'),
      endpoints,
    },
    where,
  );
}
