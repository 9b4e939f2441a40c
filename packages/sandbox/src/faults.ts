/**
 * Faults on demand, so every failure a widget must handle can be produced: per request with
 * a `P311-Fault` header, or for every request with the CLI's flags.
 *
 * Header syntax, `;`-separated: `status=503`, `retry-after=2`, `latency=800`, `malformed`,
 * `schema`, `drop=1500` (end an event stream after that many ms), `once=ID` (apply only the
 * first time this ID is seen: "fail, then succeed").
 * @example P311-Fault: status=500; once=retry-test-1
 */
export interface Fault {
  /** Answer with this status and a problem body instead of the real answer. */
  status?: number;
  /** Seconds in `Retry-After` on a 429 or 503. @default 1 */
  retryAfter?: number;
  /** Real milliseconds to wait before answering. */
  latency?: number;
  /** Send truncated JSON. */
  malformed?: boolean;
  /** Send valid JSON that breaks the contract. */
  schema?: boolean;
  /** End event streams after this many real milliseconds. */
  drop?: number;
  once?: string;
}

/** Faults for every request, each kind with its own share of requests (0–1). */
export interface GlobalFaults {
  /** Real milliseconds added to every answer. */
  latency?: number;
  /** Share of requests answered with `errorStatus` instead. */
  errorRate?: number;
  /** @default 503 */
  errorStatus?: number;
  /** Seconds in `Retry-After` of those errors (429, 503). @default 1 */
  retryAfter?: number;
  /** Share of answers sent as truncated JSON. */
  malformedRate?: number;
  /** Share of answers sent as JSON that breaks the contract. */
  schemaRate?: number;
  /** End every event stream after this many real milliseconds. */
  dropStreamsAfter?: number;
}

export function parseFault(header: string | null): Fault | undefined {
  if (!header) return undefined;
  const fault: Fault = {};
  for (const part of header.split(/[;,]/)) {
    const [rawKey = '', rawValue] = part.split('=').map((s) => s.trim());
    const key = rawKey.toLowerCase();
    const number = Number(rawValue);
    if (key === 'status' && Number.isInteger(number) && number >= 400 && number <= 599)
      fault.status = number;
    else if (key === 'retry-after' && number >= 0) fault.retryAfter = number;
    else if (key === 'latency' && number >= 0) fault.latency = Math.min(number, 60_000);
    else if (key === 'drop' && number >= 0) fault.drop = number;
    else if (key === 'malformed') fault.malformed = true;
    else if (key === 'schema') fault.schema = true;
    else if (key === 'once' && rawValue) fault.once = rawValue;
  }
  return Object.keys(fault).length ? fault : undefined;
}

/** Picks the fault for one request: the header's, else the global one by its rate. */
export function faultFor(
  request: Request,
  global: GlobalFaults | undefined,
  seen: Set<string>,
  random: () => number,
): Fault | undefined {
  const own = parseFault(request.headers.get('p311-fault'));
  if (own) {
    if (!own.once) return own;
    if (seen.has(own.once)) return undefined;
    seen.add(own.once);
    return own;
  }
  if (!global) return undefined;
  const fault: Fault = {};
  if (global.latency) fault.latency = global.latency;
  if (global.errorRate && random() < global.errorRate) {
    fault.status = global.errorStatus ?? 503;
    fault.retryAfter = global.retryAfter ?? 1;
  }
  if (global.malformedRate && random() < global.malformedRate) fault.malformed = true;
  else if (global.schemaRate && random() < global.schemaRate) fault.schema = true;
  if (global.dropStreamsAfter !== undefined) fault.drop = global.dropStreamsAfter;
  return Object.keys(fault).length ? fault : undefined;
}

/** A body that is valid JSON but breaks every schema of the contract. */
export const SCHEMA_BREAKING_BODY = JSON.stringify({
  id: 311,
  number: 311,
  status: 42,
  data: 'not a list',
});
