import type { HTTPError } from 'ky';
import ky, { type Hooks, type KyInstance, type Options, type RetryOptions } from 'ky';
import type * as z from 'zod/mini';
import {
  formatPath,
  InputError,
  ProblemError,
  redactKyError,
  ResponseValidationError,
  retryAfter,
  SecretKeyError,
  toFieldErrors,
} from './errors.js';
import { pickLocale, type Locale } from './messages.js';
import { Problem } from './schemas/common.js';

/** Options shared by every client. */
export interface ClientOptions {
  /**
   * Your API key: a publishable key (`pk_live_…`, `pk_test_…`) in browsers; secret keys
   * (`sk_…`) only on servers.
   */
  apiKey: string;
  /**
   * Where the 311 API lives, without `/v1`.
   * @default 'https://api.311.gob.pa'
   */
  baseUrl?: string;
  /**
   * Language of the API's texts and error messages (`es`, `en` or a BCP 47 tag).
   * @default 'es'
   */
  locale?: Locale | string;
  /**
   * The `fetch` to use: inject one for tests, proxies or instrumentation.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /**
   * Milliseconds one attempt may take before it is abandoned (and retried if it may be).
   * @default 10000
   */
  timeout?: number;
  /**
   * Milliseconds a whole call may take, retries and waits included.
   * @default 30000
   */
  totalTimeout?: number;
  /**
   * Retries, as ky takes them: a number of attempts after the first, or ky's retry options.
   * Every method is retried on 408, 413, 429, 500, 502, 503 and 504 and after a timed-out
   * attempt, with backoff and jitter, honouring `Retry-After`; POSTs are safe to retry because each carries an `Idempotency-Key`.
   * @default 2
   */
  retry?: number | RetryOptions;
  /** ky hooks, run after the SDK's own. */
  hooks?: Hooks;
}

/** Options every call takes. */
export interface CallOptions {
  /** Cancels the call. */
  signal?: AbortSignal;
}

/** Options of calls that create something. */
export interface CreateOptions extends CallOptions {
  /**
   * Makes retrying this call safe: the same key with the same body returns the first result.
   * Keep one per submission (a double click or a retry reuses it).
   * @default a new random UUID per call
   */
  idempotencyKey?: string;
}

/** The transport every resource shares: a ky instance and the SDK's call pipeline. */
export interface Http {
  readonly ky: KyInstance;
  readonly locale: Locale;
  readonly totalTimeout: number;
  /** Sends a request and validates its JSON answer against `schema`. */
  call<S extends z.ZodMiniType>(
    schema: S,
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    options?: CallInit,
  ): Promise<z.infer<S>>;
  /** Sends a request and returns the raw response (for streams and conditional polls). */
  raw(
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    options?: CallInit,
  ): Promise<Response>;
}

export interface CallInit extends CreateOptions {
  json?: unknown;
  body?: BodyInit;
  searchParams?: Record<string, string | number | undefined>;
  headers?: Record<string, string | undefined>;
  /** ky options for this call only (timeout, retry, progress). */
  ky?: Options;
}

const DEFAULT_RETRY: RetryOptions = {
  limit: 2,
  methods: ['get', 'head', 'options', 'put', 'delete', 'post'],
  statusCodes: [408, 413, 429, 500, 502, 503, 504],
  afterStatusCodes: [413, 429, 503],
  maxRetryAfter: 60_000,
  backoffLimit: 8_000,
  jitter: true,
  retryOnTimeout: true,
};

/** Whether this code runs where a page's visitors can read it: a window or a web worker. */
export function isBrowserLike(): boolean {
  return 'document' in globalThis || 'WorkerGlobalScope' in globalThis;
}

/** A fresh UUID, also on plain-HTTP pages where `crypto.randomUUID` is missing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Turns an HTTP error with a problem body into a `ProblemError`; redacts every ky error. */
async function toProblem(error: HTTPError): Promise<HTTPError> {
  redactKyError(error);
  const type = error.response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return error;
  try {
    const parsed = Problem.safeParse(await error.response.clone().json());
    return parsed.success ? new ProblemError(error, parsed.data) : error;
  } catch {
    return error;
  }
}

/** The central 311 API, the `baseUrl` when none is given. */
export const DEFAULT_BASE_URL = 'https://api.311.gob.pa';

/**
 * Creates the transport. Most code wants `createClient`; this is for composing only the
 * resources a bundle needs.
 */
export function createHttp(options: ClientOptions): Http {
  const {
    apiKey,
    baseUrl = DEFAULT_BASE_URL,
    timeout = 10_000,
    totalTimeout = 30_000,
    retry = 2,
  } = options;
  if (!apiKey)
    throw Object.assign(new TypeError('createClient: apiKey is required (pk_… or sk_…)'), {
      code: 'missing_api_key',
    });
  if (apiKey.startsWith('sk_') && isBrowserLike()) throw new SecretKeyError();
  const locale = pickLocale(options.locale);
  const instance = ky.create({
    prefixUrl: baseUrl.replace(/\/+$/, '') + '/v1',
    headers: { authorization: `Bearer ${apiKey}`, 'accept-language': locale },
    timeout,
    retry:
      typeof retry === 'number'
        ? { ...DEFAULT_RETRY, limit: retry }
        : { ...DEFAULT_RETRY, ...retry },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      ...options.hooks,
      beforeError: [toProblem, ...(options.hooks?.beforeError ?? [])],
    },
  });

  const raw: Http['raw'] = async (method, path, init = {}) => {
    const headers: Record<string, string | undefined> = { ...init.headers };
    if (method === 'post') headers['idempotency-key'] = init.idempotencyKey ?? newIdempotencyKey();
    const signals = [AbortSignal.timeout(totalTimeout), init.signal].filter((s) => s !== undefined);
    const deadline = Date.now() + totalTimeout;
    const searchParams = Object.fromEntries(
      Object.entries(init.searchParams ?? {}).filter(([, v]) => v !== undefined && v !== ''),
    ) as Record<string, string | number>;
    try {
      return await instance(path.replace(/^\//, ''), {
        method,
        headers,
        json: init.json,
        body: init.body,
        searchParams,
        signal: AbortSignal.any(signals),
        retry: {
          // A wait the server asks for that outlasts the call's budget is no retry: give the
          // caller the 429/503 with its Retry-After now, so it can say "try again in N s".
          shouldRetry: ({ error }) =>
            (retryAfter(error) ?? 0) * 1000 > deadline - Date.now() ? false : undefined,
        },
        ...init.ky,
      });
    } catch (error) {
      throw error instanceof Error ? redactKyError(error) : error;
    }
  };

  return {
    ky: instance,
    locale,
    totalTimeout,
    raw,
    async call(schema, method, path, init) {
      const response = await raw(method, path, init);
      const where = `${method.toUpperCase()} /v1/${path.replace(/^\//, '')}`;
      let data: unknown;
      try {
        data = JSON.parse(await response.text());
      } catch {
        throw new ResponseValidationError(where, '(body)');
      }
      return parseResponse(schema, data, where);
    },
  };
}

/** Validates what the API sent; a `ResponseValidationError` names where it breaks the contract. */
export function parseResponse<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  where: string,
): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ResponseValidationError(
      where,
      formatPath(result.error.issues[0]?.path ?? []),
      result.error.issues,
    );
  }
  return result.data;
}

/** Validates what a caller passes before any request: an `InputError` names every bad field. */
export function checkInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InputError(toFieldErrors(result.error.issues));
  return result.data;
}
