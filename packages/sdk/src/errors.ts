import { HTTPError, isHTTPError, isTimeoutError, type KyRequest, type NormalizedOptions } from 'ky';
import type * as z from 'zod/mini';
import { formatMessage, type Locale } from './messages.js';
import type { FieldError, Problem } from './schemas/common.js';

/**
 * The server answered with an RFC 9457 problem (`application/problem+json`). Still a ky
 * `HTTPError`, so `isHTTPError` holds; `problem` has the body, `errors` the field errors.
 */
export class ProblemError extends HTTPError {
  override name = 'ProblemError';
  readonly problem: Problem;
  readonly code: string;
  readonly errors: FieldError[];
  constructor(error: HTTPError, problem: Problem) {
    super(error.response, error.request, error.options);
    this.problem = problem;
    this.code = problem.code ?? codeForStatus(problem.status);
    this.errors = problem.errors ?? [];
    this.message = `${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`;
  }
}

/** A response that is not what the contract says: malformed JSON or a body failing its schema. */
export class ResponseValidationError extends Error {
  override name = 'ResponseValidationError';
  readonly code = 'invalid_response';
  /** Where the body first breaks the schema, e.g. `data[3].status`; `(body)` when it is not JSON. */
  readonly path: string;
  readonly issues: readonly z.core.$ZodIssue[];
  /** Method and URL of the request (no headers, no body: nothing personal). */
  readonly request: string;
  constructor(request: string, path: string, issues: readonly z.core.$ZodIssue[] = []) {
    super(`Response of ${request} does not match the 311 API contract at ${path}`);
    this.request = request;
    this.path = path;
    this.issues = issues;
  }
}

/** Input refused before any request was sent; `errors` say which fields and why. */
export class InputError extends Error {
  override name = 'InputError';
  readonly code = 'validation_failed';
  readonly errors: FieldError[];
  constructor(errors: FieldError[]) {
    super(`Invalid input: ${errors.map((e) => `${e.pointer} ${e.code}`).join(', ')}`);
    this.errors = errors;
  }
}

/** A secret key used where anyone could read it. */
export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
  readonly code = 'secret_key_in_browser';
  constructor() {
    super(
      'A secret key (sk_…) cannot be used in a browser: anyone could read it. Use a publishable key (pk_…).',
    );
  }
}

/** Joins zod's path into the `data[3].status` form. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((key, i) =>
        typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`,
      )
      .join('') || '(root)'
  );
}

/**
 * Zod issues as field errors with JSON Pointers. The issue message is the rule's code;
 * `format` turns it into words (the SDK leaves the code, so bundles without the message
 * tables stay small: `formatMessage(code, locale)` gives the words when wanted).
 */
export function toFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  format: (code: string) => string = (code) => code,
): FieldError[] {
  return issues.map((issue) => {
    const code = issueCode(issue);
    return {
      pointer:
        '/' + issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
      code,
      message: format(code),
    };
  });
}

function issueCode(issue: z.core.$ZodIssue): string {
  if (/^[a-z_]+$/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  return 'invalid_value';
}

/** The stable code for a status without a problem body. */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
    case 422:
      return 'validation_failed';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'server_error' : 'http';
  }
}

/**
 * A stable code for any error the SDK can throw, ky's own included:
 * `network`, `timeout`, `aborted`, `rate_limited`, `validation_failed`, `invalid_response`…
 */
export function errorCode(error: unknown): string {
  if (error instanceof ProblemError) return error.code;
  if (isHTTPError(error)) return codeForStatus(error.response.status);
  if (isTimeoutError(error)) return 'timeout';
  if (error instanceof Error) {
    if ('code' in error && typeof error.code === 'string' && /^[a-z_]+$/.test(error.code))
      return error.code;
    if (error.name === 'TimeoutError') return 'timeout';
    if (error.name === 'AbortError') return 'aborted';
    if (error.name === 'TypeError') return 'network';
  }
  return 'unknown';
}

/** What to tell a person about an error, in Spanish or English. */
export function errorMessage(error: unknown, locale: Locale | string = 'es'): string {
  return formatMessage(errorCode(error), locale);
}

/** Seconds to wait before retrying, from `Retry-After` (seconds or an HTTP date), if any. */
export function retryAfter(error: unknown, now = Date.now()): number | undefined {
  if (!isHTTPError(error)) return undefined;
  const value = error.response.headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const SECRET_HEADERS = ['authorization', 'p311-tracking-token', 'cookie'];
const PERSONAL_KEYS = new Set([
  'plate',
  'verifier',
  'value',
  'ownerCedula',
  'cedula',
  'ticketNumber',
  'email',
  'phone',
  'name',
  'token',
]);

/** Replaces personal values anywhere in a JSON-like value. */
export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        PERSONAL_KEYS.has(k) ? '[REDACTED]' : redactValue(v),
      ]),
    );
  }
  return value;
}

function redactHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  for (const name of SECRET_HEADERS) {
    const value = copy.get(name);
    if (value)
      copy.set(
        name,
        name === 'authorization' ? value.slice(0, 15) + '...[REDACTED]' : '[REDACTED]',
      );
  }
  return copy;
}

/**
 * Strips keys, tracking tokens and personal data from what a ky error stores (request
 * headers and body, options), so logging an error never leaks them.
 */
export function redactKyError<E extends Error>(error: E): E {
  const target = error as E & { request?: KyRequest; options?: NormalizedOptions };
  if (target.request) {
    target.request = new Request(target.request.url, {
      method: target.request.method,
      headers: redactHeaders(target.request.headers),
    }) as KyRequest;
  }
  if (target.options) {
    const { body: _body, json, ...rest } = target.options as NormalizedOptions & { json?: unknown };
    target.options = {
      ...rest,
      headers: redactHeaders(new Headers(rest.headers)),
      ...(json === undefined ? {} : { json: redactValue(json) }),
    } as NormalizedOptions;
  }
  return error;
}
