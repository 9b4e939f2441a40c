/**
 * The sandbox's world as an Open311 GeoReport v2 endpoint under `/open311/v2/`, in XML and
 * JSON, with its discovery document at `/open311/discovery.{json,xml}`: the case form and
 * the SDK's Open311 adapter run against it exactly as against a city's server.
 *
 * - `jurisdiction_id` is optional: `311.gob.pa` (or none) serves every entity, an entity id
 *   (`idaan`, `minsa`…) only that entity's services and requests.
 * - Services of municipalities are `batch`: filing one answers a token, which resolves to the
 *   request id after `tokenPolls` pending answers (the token flow of the spec).
 * - POST needs an `api_key` (any `pk_test_…`); photos come as the multipart `media` part and
 *   are served back at `/open311/v2/media/{id}`.
 * - Statuses are the spec's open/closed; `extensions=true` adds the full history as `notes`
 *   (with each step's status) and `extended_attributes`.
 */
import {
  ATTACHMENT_LIMITS,
  CaseCreate,
  FINAL_CASE_STATUSES,
  formatMessage,
  sniffImageType,
  toFieldErrors,
  type Locale,
  type Service,
  type TimelineEvent,
} from '@panama311/sdk';
import { http, type HttpHandler } from 'msw';
import { localeOf } from '../respond.js';
import { haversineMeters } from '../seed/tows.js';
import type { CaseRecord, World } from '../world.js';
import { toXml } from './xml.js';

/** How the facade behaves. */
export interface Open311Options {
  /** Pending answers to `tokens/{token}` before it resolves. @default 1 */
  tokenPolls?: number;
}

/** The jurisdiction of the whole country; entity ids are jurisdictions too. */
export const OPEN311_JURISDICTION = '311.gob.pa';
const SPEC = 'http://wiki.open311.org/GeoReport_v2';
const DAY = 86_400_000;
const API_KEY = /^pk_test_[A-Za-z0-9_]{1,64}$/;
const MEDIA_KEPT = 500;

type Format = 'json' | 'xml';
interface Ctx {
  request: Request;
  url: URL;
  format: Format;
  lang: Locale;
  origin: string;
}
class Refusal {
  constructor(
    readonly status: number,
    readonly messages: string[],
  ) {}
}

const randomId = (prefix: string) =>
  prefix +
  [...crypto.getRandomValues(new Uint8Array(12))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

/** The facade's handlers: one msw handler routing every path under `/open311/`. */
export function createOpen311Handlers(world: World, options: Open311Options = {}): HttpHandler[] {
  const tokenPolls = options.tokenPolls ?? 1;
  const tokens = new Map<string, { number: string; polls: number }>();
  const media = new Map<string, { bytes: ArrayBuffer; type: string }>();

  const words = (ctx: Ctx, es: string, en: string) => (ctx.lang === 'en' ? en : es);

  function answer(ctx: Ctx, root: string, body: unknown, status = 200): Response {
    return ctx.format === 'json'
      ? new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        })
      : new Response(toXml(root, body), {
          status,
          headers: { 'content-type': 'text/xml; charset=utf-8' },
        });
  }

  const errors = (ctx: Ctx, refusal: Refusal) =>
    answer(
      ctx,
      'errors',
      refusal.messages.map((description) => ({ code: refusal.status, description })),
      refusal.status,
    );

  /** The entity a `jurisdiction_id` scopes to: `undefined` for the whole country. */
  function jurisdiction(ctx: Ctx, value: string | null | undefined): string | undefined {
    if (!value || value === OPEN311_JURISDICTION) return undefined;
    if (world.entity(value)) return value;
    throw new Refusal(404, [
      words(ctx, `jurisdiction_id ${value} no existe`, `jurisdiction_id ${value} not found`),
    ]);
  }

  /** A case stays in the jurisdiction it was filed in after a transfer, and joins the new one. */
  const within = (record: CaseRecord, entity: string | undefined) =>
    !entity || record.entityId === entity || world.service(record.serviceId)?.entityId === entity;

  /* ---------------- views ---------------- */

  const sla = (s: Service) =>
    s.sla.unit === 'business_days'
      ? { type: 'Business Days', value: s.sla.value }
      : s.sla.unit === 'hours'
        ? { type: 'Hours', value: s.sla.value }
        : null;

  /** Boston's `definitions`: how the service wants a location. */
  const definitions = (s: Service) => ({
    location_required: s.location === 'required',
    location: { required: s.location === 'required', visible: s.location !== 'none' },
  });

  const serviceView = (s: Service) => ({
    service_code: s.id,
    service_name: s.name,
    description: s.description,
    metadata: s.questions.length > 0,
    type: world.entity(s.entityId)?.kind === 'municipality' ? 'batch' : 'realtime',
    keywords: (s.keywords ?? []).join(', '),
    group: s.category,
    definitions: definitions(s),
    service_level_agreement: sla(s),
  });

  const definitionView = (s: Service) => ({
    service_code: s.id,
    attributes: s.questions.map((q) => ({
      variable: q.variable,
      code: q.code,
      datatype: q.datatype === 'unknown' ? (q.datatypeRaw ?? 'text') : q.datatype,
      required: q.required,
      datatype_description: q.description ?? null,
      order: q.order,
      description: q.label,
      ...(q.values ? { values: q.values.map((v) => ({ key: v.key, name: v.name })) } : {}),
    })),
    definitions: definitions(s),
    service_level_agreement: sla(s),
  });

  const mediaUrl = (ctx: Ctx, ref: string) =>
    /^https?:\/\//.test(ref) ? ref : `${ctx.origin}/open311/v2/media/${ref}`;

  function noteOf(ctx: Ctx, e: TimelineEvent) {
    const transfer =
      e.type === 'transfer' && e.from && e.to
        ? words(
            ctx,
            `Transferido de ${e.from.name} a ${e.to.name}.`,
            `Transferred from ${e.from.name} to ${e.to.name}.`,
          )
        : undefined;
    return {
      datetime: e.at,
      type: e.type,
      ...(e.status ? { status: e.status } : e.type === 'transfer' ? { status: 'transferred' } : {}),
      description: [transfer, e.note].filter(Boolean).join(' ') || null,
    };
  }

  function requestView(ctx: Ctx, record: CaseRecord, extended: boolean) {
    const view = world.caseView(record, ctx.lang);
    const notes = view.timeline.filter((e) => e.type !== 'created');
    const media = record.attachments.map((a) => mediaUrl(ctx, a));
    return {
      service_request_id: record.number,
      status: FINAL_CASE_STATUSES.includes(record.status) ? 'closed' : 'open',
      status_notes: [...notes].reverse().find((e) => e.note)?.note ?? null,
      // GeoReport v2 negotiates no language: the Spanish name `services.json` gives.
      service_name: world.service(record.serviceId)?.name ?? view.service.name,
      service_code: view.service.id,
      description: view.description,
      agency_responsible: view.entity.name,
      service_notice: null,
      requested_datetime: view.createdAt,
      updated_datetime: view.updatedAt,
      expected_datetime: view.dueAt,
      address: view.location?.address ?? null,
      lat: view.location?.lat ?? null,
      long: view.location?.lng ?? null,
      media_url: media[0] ?? null,
      ...(extended
        ? {
            extended_attributes: {
              status: record.status,
              entity_id: record.entityId,
              sla_state: view.sla.state,
              supporters: record.supporters,
              media_urls: media,
            },
            notes: notes.map((e) => noteOf(ctx, e)),
          }
        : {}),
    };
  }

  /* ---------------- resources ---------------- */

  function discovery(ctx: Ctx) {
    const changeset = new Date(world.now()).toISOString().slice(0, 10);
    return answer(ctx, 'discovery', {
      changeset,
      contact: words(
        ctx,
        'Centro de Atención Ciudadana 311 (sandbox): datos de prueba.',
        'Centro de Atención Ciudadana 311 (sandbox): test data.',
      ),
      key_service: words(
        ctx,
        'Cualquier clave pk_test_… sirve en el sandbox.',
        'Any pk_test_… key works in the sandbox.',
      ),
      endpoints: [
        {
          specification: SPEC,
          url: `${ctx.origin}/open311/v2`,
          changeset,
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    });
  }

  function services(ctx: Ctx) {
    const entity = jurisdiction(ctx, ctx.url.searchParams.get('jurisdiction_id'));
    const list = world.services.filter((s) => !entity || s.entityId === entity);
    return answer(ctx, 'services', list.map(serviceView));
  }

  function serviceDefinition(ctx: Ctx, code: string) {
    const entity = jurisdiction(ctx, ctx.url.searchParams.get('jurisdiction_id'));
    const service = world.service(code);
    if (!service || (entity && service.entityId !== entity))
      throw new Refusal(404, [
        words(ctx, `service_code ${code} no existe`, `service_code ${code} not found`),
      ]);
    return answer(ctx, 'service_definition', definitionView(service));
  }

  function date(ctx: Ctx, name: string): number | undefined {
    const value = ctx.url.searchParams.get(name);
    if (!value) return undefined;
    const at = Date.parse(value);
    if (Number.isNaN(at))
      throw new Refusal(400, [`${name}: ${formatMessage('invalid_value', ctx.lang)}`]);
    return at;
  }

  function listRequests(ctx: Ctx) {
    const p = ctx.url.searchParams;
    const entity = jurisdiction(ctx, p.get('jurisdiction_id'));
    const split = (name: string) =>
      p
        .get(name)
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    let list = [...world.cases.values()].filter((c) => within(c, entity));
    const ids = split('service_request_id');
    if (ids) {
      // The spec: service_request_id overrides every other filter.
      list = list.filter((c) => ids.includes(c.number));
    } else {
      const codes = split('service_code');
      const statuses = split('status');
      let start = date(ctx, 'start_date');
      const end = date(ctx, 'end_date');
      // The spec's default window: the most recent 90 days.
      if (start === undefined && end === undefined) start = world.now() - 90 * DAY;
      const lat = Number(p.get('lat'));
      const lng = Number(p.get('long'));
      const radius = Number(p.get('radius') ?? 1000);
      const near = p.has('lat') && p.has('long') && Number.isFinite(lat) && Number.isFinite(lng);
      list = list.filter(
        (c) =>
          (!codes || codes.includes(c.serviceId)) &&
          (!statuses ||
            statuses.includes(FINAL_CASE_STATUSES.includes(c.status) ? 'closed' : 'open')) &&
          (start === undefined || c.createdAt >= start) &&
          (end === undefined || c.createdAt <= end) &&
          (!near ||
            (c.location?.lat !== undefined &&
              c.location.lng !== undefined &&
              haversineMeters({ lat, lng }, { lat: c.location.lat, lng: c.location.lng }) <=
                radius)),
      );
    }
    list.sort((a, b) => b.createdAt - a.createdAt || b.number.localeCompare(a.number));
    // Paging, the common extension: page_size up to the spec's 1000.
    const size = Math.min(
      1000,
      Math.max(1, Math.floor(Number(p.get('page_size') ?? 1000)) || 1000),
    );
    const page = Math.max(1, Math.floor(Number(p.get('page') ?? 1)) || 1);
    const extended = p.get('extensions') === 'true';
    return answer(
      ctx,
      'service_requests',
      list.slice((page - 1) * size, page * size).map((c) => requestView(ctx, c, extended)),
    );
  }

  function oneRequest(ctx: Ctx, id: string) {
    const entity = jurisdiction(ctx, ctx.url.searchParams.get('jurisdiction_id'));
    const record = world.cases.get(id);
    if (!record || !within(record, entity))
      throw new Refusal(404, [
        words(ctx, `service_request_id ${id} no existe`, `service_request_id ${id} not found`),
      ]);
    return answer(ctx, 'service_requests', [
      requestView(ctx, record, ctx.url.searchParams.get('extensions') === 'true'),
    ]);
  }

  function token(ctx: Ctx, value: string) {
    const found = tokens.get(value);
    if (!found)
      throw new Refusal(404, [words(ctx, `token ${value} no existe`, `token ${value} not found`)]);
    found.polls += 1;
    return answer(ctx, 'service_requests', [
      found.polls > tokenPolls
        ? { service_request_id: found.number, token: value }
        : { token: value },
    ]);
  }

  async function createRequest(ctx: Ctx) {
    let form: FormData;
    try {
      form = await ctx.request.formData();
    } catch {
      throw new Refusal(400, [formatMessage('malformed_request', ctx.lang)]);
    }
    const text = (name: string) => {
      const value = form.get(name) ?? ctx.url.searchParams.get(name);
      return typeof value === 'string' && value.trim() ? value.trim() : undefined;
    };
    if (!API_KEY.test(text('api_key') ?? ''))
      throw new Refusal(403, [
        words(
          ctx,
          'api_key no válida: no se puede crear la solicitud.',
          "Invalid api_key received -- can't proceed with create_request.",
        ),
      ]);
    const entity = jurisdiction(ctx, text('jurisdiction_id'));
    const code = text('service_code');
    if (!code)
      throw new Refusal(400, [words(ctx, 'Falta service_code.', 'service_code was not provided.')]);
    const service = world.service(code);
    if (!service || (entity && service.entityId !== entity))
      throw new Refusal(404, [
        words(ctx, `service_code ${code} no existe`, `service_code ${code} not found`),
      ]);

    const answers: Record<string, string | number | string[]> = {};
    form.forEach((value, key) => {
      const m = /^attribute\[([^\]]+)\](\[\])?$/.exec(key);
      if (!m || typeof value !== 'string') return;
      const [, name = '', many] = m;
      if (many) answers[name] = [...((answers[name] as string[] | undefined) ?? []), value];
      else {
        const question = service.questions.find((q) => q.code === name);
        answers[name] =
          question?.datatype === 'number' && value.trim() && Number.isFinite(+value)
            ? +value
            : value;
      }
    });

    const lat = text('lat');
    const lng = text('long');
    if (!lat !== !lng)
      throw new Refusal(400, [words(ctx, 'lat y long van juntos.', 'lat and long go together.')]);
    const address = text('address_string');
    // GeoReport v2 takes a point, an address_string, or both.
    const location =
      lat && lng
        ? { lat: Number(lat), lng: Number(lng), ...(address ? { address } : {}) }
        : address
          ? { address }
          : undefined;

    const refs: string[] = [];
    const file = form.get('media');
    if (file && typeof file !== 'string') {
      if (!service.attachments.allowed)
        throw new Refusal(400, [`media: ${formatMessage('invalid_value', ctx.lang)}`]);
      if (file.size > ATTACHMENT_LIMITS.maxBytes)
        throw new Refusal(400, [`media: ${formatMessage('file_too_large', ctx.lang)}`]);
      const bytes = await file.arrayBuffer();
      const type = sniffImageType(new Uint8Array(bytes.slice(0, 16)));
      if (!type)
        throw new Refusal(400, [`media: ${formatMessage('file_type_not_allowed', ctx.lang)}`]);
      const id = randomId('med_');
      media.set(id, { bytes, type });
      if (media.size > MEDIA_KEPT) media.delete(media.keys().next().value!);
      refs.push(id);
    }
    const mediaUrl = text('media_url');
    if (mediaUrl && /^https?:\/\//.test(mediaUrl)) refs.push(mediaUrl);

    const email = text('email');
    const phone = text('phone');
    const name = [text('first_name'), text('last_name')].filter(Boolean).join(' ');
    const parsed = CaseCreate.safeParse({
      serviceId: service.id,
      description: text('description') ?? service.name,
      answers,
      ...(location ? { location } : {}),
      contact:
        email || phone
          ? { anonymous: false, name: name || 'Open311', email, phone }
          : { anonymous: true },
      consent: true,
      lang: ctx.lang,
    });
    if (!parsed.success)
      throw new Refusal(
        400,
        toFieldErrors(parsed.error.issues, (c) => formatMessage(c, ctx.lang)).map(
          (e) => `${e.pointer}: ${e.message}`,
        ),
      );
    const problems: string[] = [];
    const say = (what: string, code: string) =>
      problems.push(`${what}: ${formatMessage(code, ctx.lang)}`);
    if (service.location === 'required' && !location) say('lat/long', 'required');
    for (const q of service.questions) {
      const value = answers[q.code];
      const empty = value === undefined || value === '' || (Array.isArray(value) && !value.length);
      if (q.variable && q.required && empty) say(`attribute[${q.code}]`, 'required');
      if (
        !empty &&
        q.values &&
        (q.datatype === 'singlevaluelist' || q.datatype === 'multivaluelist')
      ) {
        const keys = new Set(q.values.map((v) => v.key));
        if ((Array.isArray(value) ? value : [String(value)]).some((k) => !keys.has(k)))
          say(`attribute[${q.code}]`, 'invalid_value');
      }
    }
    if (problems.length) throw new Refusal(400, problems);

    const record = world.createCase({
      ...parsed.data,
      attachments: refs,
      location: service.location === 'none' ? undefined : parsed.data.location,
    });
    const entityName = world.entity(record.entityId)?.name ?? record.entityId;
    if (serviceView(service).type === 'batch') {
      const value = randomId('tok_');
      tokens.set(value, { number: record.number, polls: 0 });
      return answer(ctx, 'service_requests', [{ token: value }]);
    }
    return answer(ctx, 'service_requests', [
      {
        service_request_id: record.number,
        service_notice: words(
          ctx,
          `Su reporte fue recibido por ${entityName}.`,
          `Your report was received by ${entityName}.`,
        ),
      },
    ]);
  }

  function mediaFile(ctx: Ctx, id: string) {
    const found = media.get(id);
    if (!found) throw new Refusal(404, [formatMessage('not_found', ctx.lang)]);
    return new Response(found.bytes, {
      headers: {
        'content-type': found.type,
        'cache-control': 'public, max-age=31536000, immutable',
      },
    });
  }

  /* ---------------- routing ---------------- */

  const routes: [string, RegExp, (ctx: Ctx, m: string) => Response | Promise<Response>][] = [
    ['GET', /^\/open311\/discovery$/, discovery],
    ['GET', /^\/open311\/v2\/services$/, services],
    ['GET', /^\/open311\/v2\/services\/([^/]+)$/, serviceDefinition],
    ['GET', /^\/open311\/v2\/requests$/, listRequests],
    ['POST', /^\/open311\/v2\/requests$/, createRequest],
    ['GET', /^\/open311\/v2\/requests\/([^/]+)$/, oneRequest],
    ['GET', /^\/open311\/v2\/tokens\/([^/]+)$/, token],
  ];

  return [
    http.all('*/open311/*', async ({ request }) => {
      const url = new URL(request.url);
      const lang = localeOf(request);
      const mediaPath = /^\/open311\/v2\/media\/([\w-]+)$/.exec(url.pathname);
      const [, path = url.pathname, ext] = /^(.*)\.(json|xml)$/.exec(url.pathname) ?? [];
      const ctx: Ctx = {
        request,
        url,
        format: ext === 'json' ? 'json' : 'xml',
        lang,
        origin: url.origin,
      };
      try {
        if (mediaPath && request.method === 'GET') return mediaFile(ctx, mediaPath[1]!);
        const route = ext ? routes.find(([, re]) => re.test(path)) : undefined;
        if (!route) throw new Refusal(404, [formatMessage('not_found', lang)]);
        const match = routes.find(([method, re]) => method === request.method && re.test(path));
        if (!match) throw new Refusal(405, [formatMessage('method_not_allowed', lang)]);
        return await match[2](ctx, decodeURIComponent(match[1].exec(path)?.[1] ?? ''));
      } catch (error) {
        if (error instanceof Refusal) return errors(ctx, error);
        throw error;
      }
    }),
  ];
}
