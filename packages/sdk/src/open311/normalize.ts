/**
 * Lenient at the edge: small pure functions that turn what real GeoReport v2 servers send,
 * in JSON or XML, into plain data the SDK's schemas then validate strictly. Every quirk
 * handled here has a test in `quirks.test.ts` naming the server it comes from.
 */
import { FINAL_CASE_STATUSES, type CaseStatus } from '../schemas/cases.js';
import { ATTACHMENT_LIMITS } from '../schemas/attachments.js';
import { QUESTION_TYPES } from '../schemas/catalogue.js';
import type { Open311Note, Open311Request } from './schemas.js';
import { parseXml, xmlToValue } from './xml.js';

type Raw = Record<string, unknown>;

export const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A scalar as a trimmed string. `null`, `""`, an empty element, `{}` and a missing key are
 * all absent; numbers and booleans become their text (ids and codes stay strings, so `"006"`
 * keeps its zeros); a Badgerfish `{"$": value}` is its value.
 */
export function str(value: unknown): string | undefined {
  const v = isObject(value) && '$' in value ? value.$ : value;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') return undefined;
  return v.trim() || undefined;
}

/** `true`/`"true"`/`"1"`/`"yes"` and their opposites, any case; anything else is absent. */
export function bool(value: unknown): boolean | undefined {
  const s = str(value)?.toLowerCase();
  if (s === 'true' || s === '1' || s === 'yes') return true;
  if (s === 'false' || s === '0' || s === 'no') return false;
  return undefined;
}

/** A finite number from a number or numeric text. */
export function num(value: unknown): number | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An ISO 8601 instant with an offset. Accepts what servers send besides the spec's
 * `2010-01-01T00:00:00Z`: a space for the `T`, `+0100` for `+01:00`, fractions, and no zone
 * at all (then UTC is assumed). Anything that is not a date is absent.
 */
export function instant(value: unknown): string | undefined {
  const s = str(value);
  const m =
    s &&
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      s,
    );
  if (!m) return undefined;
  const [, day, time = '00:00:00', zone = 'Z'] = m;
  const offset = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone.toUpperCase();
  const iso = `${day}T${time.length === 5 ? `${time}:00` : time}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/**
 * Whatever a server sent where a list belongs, as an array: a bare array; a list wrapped in
 * an object (`{"service_requests": […]}`, XML's `<services><service>…`); one item where a
 * list is expected (XML with a single child); an object with numeric keys; nothing at all.
 * `wrappers` are the names a wrapper may have for this list.
 */
export function list(value: unknown, ...wrappers: string[]): unknown[] {
  for (let depth = 0; depth < 5; depth++) {
    if (Array.isArray(value)) return value;
    if (!isObject(value)) return str(value) === undefined ? [] : [value];
    const obj = value;
    const keys = Object.keys(obj);
    if (!keys.length || (keys.length === 1 && keys[0] === '$' && str(obj) === undefined)) return [];
    if (keys.every((k) => /^\d+$/.test(k))) return Object.values(obj);
    const only = keys.length === 1 ? obj[keys[0]!] : undefined;
    const wrapper =
      wrappers.find((k) => k in obj) ??
      (isObject(only) || Array.isArray(only) ? keys[0] : undefined);
    if (wrapper === undefined) return [obj];
    value = obj[wrapper];
  }
  return [];
}

/** A list of objects: non-objects dropped. */
const objects = (value: unknown, ...wrappers: string[]) =>
  list(value, ...wrappers).filter(isObject);

/** Parses a body as XML when it looks like XML, else as JSON. Throws `SyntaxError`/`XmlError`. */
export function parseBody(text: string, contentType = ''): { value: unknown; xml: boolean } {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('<') || (/xml/i.test(contentType) && !/^[[{]/.test(body)))
    return { value: xmlToValue(parseXml(body)), xml: true };
  try {
    return { value: JSON.parse(body), xml: false };
  } catch (error) {
    // The spec's own JSON examples carry codes as bare numbers with leading zeros
    // (`"service_code":006`), which is not JSON; servers built from them do the same.
    const fixed = body.replace(/([:[,]\s*)(-?0\d+)(?=\s*[,}\]])/g, '$1"$2"');
    if (fixed === body) throw error;
    return { value: JSON.parse(fixed), xml: false };
  }
}

/* ------------------------------------------------------------------ statuses */

const STATUS_WORDS: [RegExp, CaseStatus][] = [
  [/reject|invalid|duplicate|responsib|cancel|unable|void|won.?t|declin|denied/, 'rejected'],
  [/fixed|resolved|complete|done|finished|solved/, 'resolved'],
  [/closed|archiv|no_further/, 'closed'],
  [/hold|wait|suspend|paused/, 'on_hold'],
  [/transfer|referr|forward|reassign/, 'transferred'],
  [/progress|investigat|scheduled|planned|working|dispatch|inspect|action/, 'in_progress'],
  [/acknowledg|assign|accepted|confirm|review|triage/, 'assigned'],
];

/**
 * A server's status in the SDK's vocabulary. GeoReport has `open` and `closed`; servers use
 * more (`acknowledged`, `in_progress`, `IN_PROGRESS`, `investigating`, `Received`,
 * `not_councils_responsibility`…). `open` and any open word not recognised become
 * `received`; `closed` becomes `closed`; recognised words their nearest status.
 */
export function mapStatus(raw: string | undefined): {
  status: 'open' | 'closed';
  caseStatus: CaseStatus;
} {
  const word = (raw ?? 'open').toLowerCase().replace(/[\s-]+/g, '_');
  const caseStatus =
    word === 'open' ? 'received' : (STATUS_WORDS.find(([re]) => re.test(word))?.[1] ?? 'received');
  return { status: FINAL_CASE_STATUSES.includes(caseStatus) ? 'closed' : 'open', caseStatus };
}

/* ------------------------------------------------------------------ services */

const DATATYPES: readonly string[] = QUESTION_TYPES;

/** One attribute of a service definition as an SDK `Question` (before validation). */
export function normalizeQuestion(raw: Raw, index: number): Raw | undefined {
  const code = str(raw.code);
  // FixMyStreet's `automated` attributes are filled by the server or silently by the client.
  const automated = str(raw.automated);
  if (!code || automated === 'server_set' || automated === 'hidden_field') return undefined;
  const values = new Map<string, string>();
  for (const v of list(raw.values, 'value')) {
    // Boston nests conditional choices: `{dependentOn, values: […]}`.
    for (const choice of isObject(v) && !('key' in v) && 'values' in v
      ? list(v.values, 'value')
      : [v]) {
      const key = str(isObject(choice) ? choice.key : choice);
      if (key && !values.has(key))
        values.set(key, str(isObject(choice) ? choice.name : choice) ?? key);
    }
  }
  const rawType = str(raw.datatype);
  const type = rawType?.toLowerCase() ?? 'string';
  const known = DATATYPES.includes(type);
  return {
    code,
    // A type outside the spec is asked as text, or as a single choice when it has choices.
    datatype: known ? type : values.size ? 'singlevaluelist' : 'text',
    ...(known || !rawType ? {} : { datatypeRaw: rawType }),
    label: str(raw.description) ?? code,
    ...(str(raw.datatype_description) ? { description: str(raw.datatype_description) } : {}),
    variable: type === 'informational' ? false : (bool(raw.variable) ?? true),
    required: bool(raw.required) ?? false,
    order: Math.trunc(num(raw.order) ?? index + 1),
    ...(values.size ? { values: [...values].map(([key, name]) => ({ key, name })) } : {}),
  };
}

/** A service definition's attributes as questions, in their `order` (stable for ties). */
export function normalizeQuestions(definition: unknown): Raw[] {
  const attributes = isObject(definition) ? definition.attributes : undefined;
  return objects(attributes, 'attribute')
    .map(normalizeQuestion)
    .filter((q): q is Raw => q !== undefined)
    .sort((a, b) => (a.order as number) - (b.order as number));
}

/**
 * A promised fulfilment time where a server states one (Boston's `service_level_agreement`,
 * whose `type` and `value` are seen both ways round: `{type: 'Business Days', value: 5}` and
 * `{type: 24, value: 'Hours'}`).
 */
export function normalizeSla(raw: unknown): { value: number; unit: string } | undefined {
  if (!isObject(raw)) return undefined;
  const parts = [raw.value, raw.type, raw.unit];
  const value = parts.map(num).find((n) => n !== undefined && n > 0);
  const word = parts
    .map(str)
    .find((s) => s !== undefined && num(s) === undefined)
    ?.toLowerCase();
  if (!value || !word) return undefined;
  if (word.includes('business')) return { value, unit: 'business_days' };
  if (word.includes('day')) return { value: value * 24, unit: 'hours' };
  if (word.includes('hour')) return { value, unit: 'hours' };
  return undefined;
}

/** How a service wants a location: Boston says so in its `definitions`; others do not. */
function locationMode(...sources: unknown[]): 'required' | 'optional' | 'none' {
  for (const source of sources) {
    const defs = isObject(source) ? source.definitions : undefined;
    if (!isObject(defs)) continue;
    const location = isObject(defs.location) ? defs.location : {};
    if (bool(location.visible) === false) return 'none';
    if (bool(location.required) ?? bool(defs.location_required)) return 'required';
  }
  return 'optional';
}

export interface ServiceContext {
  /** The entity services belong to: the jurisdiction, else the endpoint's host. */
  entityId: string;
  /** The server takes a photo as a multipart `media` part. */
  media: boolean;
}

/** A GeoReport service (and its definition, when loaded) as an SDK `Service` (before validation). */
export function normalizeService(raw: Raw, definition: unknown, ctx: ServiceContext): Raw {
  const code = str(raw.service_code) ?? '';
  const sla =
    normalizeSla(isObject(definition) ? definition.service_level_agreement : undefined) ??
    normalizeSla(raw.service_level_agreement);
  const metadata = bool(raw.metadata) ?? false;
  return {
    id: code,
    entityId: ctx.entityId,
    name: str(raw.service_name) ?? code,
    description: str(raw.description) ?? '',
    category: str(raw.group) ?? '',
    kind: 'request',
    // Open311 promises nothing per service; `unit: 'unknown'` says so (value is a placeholder).
    sla: sla ?? { value: 1, unit: 'unknown' },
    location: locationMode(definition, raw),
    attachments: ctx.media
      ? {
          allowed: true,
          maxCount: 1,
          maxBytes: ATTACHMENT_LIMITS.maxBytes,
          types: [...ATTACHMENT_LIMITS.types],
        }
      : { allowed: false, maxCount: 0, maxBytes: 0, types: [] },
    questions: normalizeQuestions(definition),
    keywords: (str(raw.keywords) ?? '')
      .split(/[,;]/)
      .map((k) => k.trim())
      .filter(Boolean),
    open311: {
      type: str(raw.type)?.toLowerCase() ?? 'realtime',
      metadata,
      ...(metadata && definition === undefined ? { definitionLoaded: false } : {}),
    },
  };
}

/* ------------------------------------------------------------------ requests */

function mediaUrls(...values: unknown[]): string[] {
  const urls = values.flatMap((v) =>
    list(v).map((m) => str(isObject(m) ? (m.url ?? m.media_url) : m)),
  );
  return [...new Set(urls.filter((u): u is string => !!u))];
}

function notesOf(raw: Raw): Open311Note[] {
  const ext = isObject(raw.extended_attributes) ? raw.extended_attributes : {};
  const markaspot = isObject(ext.markaspot) ? ext.markaspot : {};
  return [
    ...objects(raw.notes, 'note'),
    ...objects(ext.notes, 'note'),
    ...objects(raw.events, 'event'),
    ...objects(markaspot.log),
  ]
    .flatMap((n): Open311Note[] => {
      const at = instant(n.datetime ?? n.event_datetime ?? n.updated_datetime ?? n.date);
      const text =
        str(n.description) ??
        str(n.summary) ??
        str(n.notes) ??
        str(n.status_note) ??
        str(n.status_notes);
      const parts = { type: str(n.type), status: str(n.status), text };
      return at ? [{ at, ...Object.fromEntries(Object.entries(parts).filter(([, v]) => v)) }] : [];
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * A service request as `Open311Request` data (before validation), or `undefined` when it has
 * no id yet (Chicago lists requests still being processed without one: skip them).
 */
export function normalizeRequest(raw: unknown): Raw | undefined {
  if (!isObject(raw)) return undefined;
  // Mark-a-Spot wrote `sevicerequest_id`; SeeClickFix answers a POST with `id`.
  const id = str(raw.service_request_id) ?? str(raw.sevicerequest_id) ?? str(raw.id);
  if (!id) return undefined;
  const rawStatus = str(raw.status);
  const notes = notesOf(raw);
  // A plain open/closed (or none) refined by the latest status in the history, when it agrees.
  const last = [...notes].reverse().find((n) => n.status);
  const plain = !rawStatus || /^(open|closed)$/i.test(rawStatus);
  const base = mapStatus(rawStatus);
  const history = last && plain ? mapStatus(last.status) : undefined;
  const { status, caseStatus } =
    history && (!rawStatus || history.status === base.status) ? history : base;
  const ext = isObject(raw.extended_attributes) ? raw.extended_attributes : {};
  const fields: [string, string | undefined][] = [
    ['statusRaw', rawStatus && !/^(open|closed)$/i.test(rawStatus) ? rawStatus : undefined],
    ['statusNotes', str(raw.status_notes) ?? str(raw.status_note)],
    ['serviceCode', str(raw.service_code)],
    ['serviceName', str(raw.service_name)],
    ['description', str(raw.description)],
    ['agency', str(raw.agency_responsible)],
    ['serviceNotice', str(raw.service_notice)],
    ['requestedAt', instant(raw.requested_datetime)],
    ['updatedAt', instant(raw.updated_datetime)],
    ['expectedAt', instant(raw.expected_datetime)],
    ['address', str(raw.address) ?? str(raw.address_string)],
    ['addressId', str(raw.address_id)],
    ['zipcode', str(raw.zipcode)],
  ];
  const lat = num(raw.lat);
  const lng = num(raw.long ?? raw.lng);
  // Eastings and northings sent as lat/long are no place on Earth: dropped, not fatal.
  const wgs84 =
    lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  return {
    id,
    status,
    caseStatus,
    ...Object.fromEntries(fields.filter(([, v]) => v !== undefined)),
    ...(wgs84 ? { lat, lng } : {}),
    mediaUrls: mediaUrls(raw.media_url, raw.media_urls, isObject(ext) ? ext.photos : undefined),
    notes,
  };
}

/** What the server said went wrong: a code and words, from any of the shapes servers use. */
export interface Open311ErrorItem {
  code?: string;
  description?: string;
}

/**
 * Error bodies as servers send them: the spec's list of `{code, description}` (or XML's
 * `<errors><error>`), one `{error: {code, message}}` (Mark-a-Spot), `{error: "…"}`,
 * SeeClickFix's `{"base": ["…"]}`, or HTML and plain text (then nothing is read).
 */
export function normalizeErrors(text: string, contentType = ''): Open311ErrorItem[] {
  if (/html/i.test(contentType) || /^\s*<(!doctype html|html)/i.test(text)) return [];
  let value: unknown;
  try {
    value = parseBody(text, contentType).value;
  } catch {
    // A short plain-text answer is the server's words; anything else says nothing.
    const words = text.trim();
    return /^text\/plain/i.test(contentType) && words && words.length <= 300
      ? [{ description: words }]
      : [];
  }
  return list(value, 'errors', 'error')
    .map((item): Open311ErrorItem => {
      if (!isObject(item)) return { description: str(item) };
      const description =
        str(item.description) ??
        str(item.message) ??
        str(item.error) ??
        str(item.detail) ??
        str(item.title);
      return { code: str(item.code), description };
    })
    .filter((e) => e.code !== undefined || e.description !== undefined);
}

/* ------------------------------------------------------------------ cases */

export { distanceMeters } from '../rules.js';

/** The SLA state of a case due at `due`: a quarter of the window left is "due soon". */
export function slaState(now: number, created: number, due: number, closedAt?: number): string {
  if (closedAt !== undefined) return closedAt <= due ? 'met' : 'missed';
  if (now > due) return 'overdue';
  return due - now <= (due - created) / 4 ? 'due_soon' : 'on_time';
}

/**
 * A request as the SDK's `Case` (before validation). Without `expected_datetime` the server
 * promised nothing: `sla.state` is `unknown` and `dueAt` repeats `createdAt`.
 */
export function toCase(req: Open311Request, entity: string, now: number): Raw {
  const createdAt = req.requestedAt ?? req.updatedAt;
  const updatedAt = req.updatedAt ?? createdAt;
  const closed = req.status === 'closed';
  const dueAt = req.expectedAt ?? createdAt;
  const timeline: Raw[] = createdAt
    ? [{ id: `${req.id}-0`, at: createdAt, type: 'created', status: 'received' }]
    : [];
  let current: string = 'received';
  for (const note of req.notes) {
    const word =
      note.status ?? (/^(closed|resolved|fixed)$/i.test(note.type ?? '') ? note.type : undefined);
    const entry: Raw = {
      id: `${req.id}-${timeline.length}`,
      at: note.at,
      type: word ? 'status' : 'note',
    };
    if (word) entry.status = current = mapStatus(word).caseStatus;
    if (note.text) entry.note = note.text;
    if (word || note.text) timeline.push(entry);
  }
  const noted = req.statusNotes && timeline.some((e) => e.note === req.statusNotes);
  if (updatedAt && (current !== req.caseStatus || (req.statusNotes && !noted))) {
    timeline.push({
      id: `${req.id}-${timeline.length}`,
      at: updatedAt,
      ...(current === req.caseStatus
        ? { type: 'note' }
        : { type: 'status', status: req.caseStatus }),
      ...(req.statusNotes && !noted ? { note: req.statusNotes } : {}),
    });
  }
  const state =
    !req.expectedAt || !createdAt
      ? 'unknown'
      : slaState(
          now,
          Date.parse(createdAt),
          Date.parse(req.expectedAt),
          closed && updatedAt ? Date.parse(updatedAt) : undefined,
        );
  return {
    number: req.id,
    status: req.caseStatus,
    ...(req.statusRaw ? { statusRaw: req.statusRaw } : {}),
    service: { id: req.serviceCode ?? '', name: req.serviceName ?? req.serviceCode ?? '' },
    entity: { id: req.agency ?? entity, name: req.agency ?? entity },
    description: req.description ?? '',
    ...(req.lat !== undefined && req.lng !== undefined
      ? {
          location: {
            lat: req.lat,
            lng: req.lng,
            ...(req.address ? { address: req.address } : {}),
          },
        }
      : {}),
    createdAt,
    updatedAt,
    dueAt,
    sla: { state, dueAt },
    attachments: req.mediaUrls,
    supporters: 0,
    timeline,
    open311: {
      status: req.status,
      ...Object.fromEntries(
        (['statusNotes', 'serviceNotice', 'address', 'addressId', 'zipcode'] as const)
          .filter((k) => req[k] !== undefined)
          .map((k) => [k, req[k]]),
      ),
    },
  };
}
