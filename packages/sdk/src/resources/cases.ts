import * as z from 'zod/mini';
import {
  checkInput,
  parseResponse,
  type CallOptions,
  type CreateOptions,
  type Http,
} from '../http.js';
import { live, type LiveOptions, type LiveStream } from '../live.js';
import {
  Case,
  CaseCreate,
  CaseReceipt,
  FeedbackCreate,
  FINAL_CASE_STATUSES,
  NearbyCase,
  NearbyQuery,
  SupportResult,
} from '../schemas/cases.js';

const NearbyList = z.looseObject({ data: z.array(NearbyCase) });

/** The tracking token travels in a header, never in a URL (where logs would keep it). */
const tokenHeader = (token: string) => ({ 'p311-tracking-token': token });
const casePath = (number: string) => `cases/${encodeURIComponent(number)}`;

/** Options of `watch`: the live-update tuning knobs. */
export type WatchOptions<T> = Partial<
  Pick<
    LiveOptions<T>,
    | 'heartbeatTimeout'
    | 'initialDelay'
    | 'maxDelay'
    | 'maxStreamFailures'
    | 'pollInterval'
    | 'onError'
  >
> &
  CallOptions & {
    /**
     * Keep watching after the case reaches a final status (resolved, closed, rejected).
     * @default false
     */
    untilClosed?: false | true;
  };

/** Events `cases.watch` yields: the whole case each time it changes. */
export type CaseEvent = { type: 'case'; id?: string; data: Case };

/**
 * Files a case. The input is checked first (an `InputError` names each bad field); the call
 * carries an `Idempotency-Key`, so retrying it can never file twice.
 */
export async function createCase(http: Http, input: CaseCreate, options: CreateOptions = {}) {
  const json = checkInput(CaseCreate, input);
  return http.call(CaseReceipt, 'post', 'cases', { ...options, json });
}

/** A case with its timeline and SLA state, by number and tracking token. */
export function getCase(http: Http, number: string, token: string, options: CallOptions = {}) {
  return http.call(Case, 'get', casePath(number), { ...options, headers: tokenHeader(token) });
}

/** Open cases of the same service near a point, to offer before filing a duplicate. */
export async function nearbyCases(http: Http, query: NearbyQuery, options: CallOptions = {}) {
  const q = checkInput(NearbyQuery, query);
  const list = await http.call(NearbyList, 'get', 'cases/nearby', {
    ...options,
    searchParams: { service: q.serviceId, lat: q.lat, lng: q.lng, radius: q.radius },
  });
  return list.data;
}

/** "This is my problem too": counts the citizen in on an open case. */
export function supportCase(http: Http, number: string, options: CreateOptions = {}) {
  return http.call(SupportResult, 'post', `${casePath(number)}/supporters`, options);
}

/** Rates a resolved case. */
export async function rateCase(
  http: Http,
  number: string,
  token: string,
  input: FeedbackCreate,
  options: CreateOptions = {},
) {
  const json = checkInput(FeedbackCreate, input);
  return http.call(Case, 'post', `${casePath(number)}/feedback`, {
    ...options,
    json,
    headers: tokenHeader(token),
  });
}

/**
 * Follows a case live: Server-Sent Events over `fetch`, resumed with `Last-Event-ID`,
 * falling back to polling with `ETag`. Ends by itself at a final status.
 * @example for await (const { data } of watchCase(http, number, token, { signal })) render(data);
 */
export function watchCase(
  http: Http,
  number: string,
  token: string,
  options: WatchOptions<Case> = {},
): LiveStream<Case> {
  const { signal, untilClosed, ...tuning } = options;
  const headers = tokenHeader(token);
  return live<Case>({
    ...tuning,
    signal,
    pollEventType: 'case',
    connect: ({ lastEventId, signal }) =>
      http.raw('get', `${casePath(number)}/events`, {
        signal,
        headers: { ...headers, accept: 'text/event-stream', 'last-event-id': lastEventId },
        ky: { timeout: false, retry: 0, throwHttpErrors: false },
      }),
    poll: ({ etag, signal }) =>
      http.raw('get', casePath(number), {
        signal,
        headers: { ...headers, 'if-none-match': etag },
        ky: { throwHttpErrors: false },
      }),
    parse: (type, data) => parseResponse(Case, data, `${type} event of case ${number}`),
    until: untilClosed ? undefined : (event) => FINAL_CASE_STATUSES.includes(event.data.status),
  });
}

/**
 * Cases as one object: file one, follow it, add your voice to a nearby one, rate the outcome.
 * A bundle that needs only some of them imports those functions instead (a status page:
 * `getCase` and `watchCase`), and leaves the rest, and their schemas, out.
 */
export const casesApi = (http: Http) => ({
  create: (input: CaseCreate, options?: CreateOptions) => createCase(http, input, options),
  get: (number: string, token: string, options?: CallOptions) =>
    getCase(http, number, token, options),
  nearby: (query: NearbyQuery, options?: CallOptions) => nearbyCases(http, query, options),
  support: (number: string, options?: CreateOptions) => supportCase(http, number, options),
  feedback: (number: string, token: string, input: FeedbackCreate, options?: CreateOptions) =>
    rateCase(http, number, token, input, options),
  watch: (number: string, token: string, options?: WatchOptions<Case>) =>
    watchCase(http, number, token, options),
});
