import * as z from 'zod/mini';
import { normalizeEmail } from '../rules.js';
import { CaseCreate, CASE_STATUSES } from '../schemas/cases.js';
import { Instant, LatLng, openEnum, ruled } from '../schemas/common.js';

/** One entry of a request's history (the `notes` of `extensions=true`, Boston's `events`). */
export const Open311Note = z.looseObject({
  at: Instant,
  type: z.optional(z.string()),
  /** The status this entry moved the request to, as the server wrote it. */
  status: z.optional(z.string()),
  text: z.optional(z.string()),
});
export type Open311Note = z.infer<typeof Open311Note>;

/**
 * A GeoReport v2 service request, normalised: strings for ids and codes, numbers for
 * coordinates, ISO 8601 instants, absent for what the server left empty.
 */
export const Open311Request = z.looseObject({
  id: z.string().check(z.minLength(1)),
  /** The spec's two statuses; `statusRaw` keeps any other word the server used. */
  status: z.enum(['open', 'closed']),
  statusRaw: z.optional(z.string()),
  /** The status in the SDK's vocabulary (see `mapStatus`). */
  caseStatus: openEnum(CASE_STATUSES),
  statusNotes: z.optional(z.string()),
  serviceCode: z.optional(z.string()),
  serviceName: z.optional(z.string()),
  description: z.optional(z.string()),
  agency: z.optional(z.string()),
  serviceNotice: z.optional(z.string()),
  requestedAt: z.optional(Instant),
  updatedAt: z.optional(Instant),
  expectedAt: z.optional(Instant),
  address: z.optional(z.string()),
  addressId: z.optional(z.string()),
  zipcode: z.optional(z.string()),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lng: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  mediaUrls: z.array(z.string()),
  notes: z.array(Open311Note),
});
export type Open311Request = z.infer<typeof Open311Request>;

/** One endpoint a discovery document lists. */
export const Open311Endpoint = z.looseObject({
  specification: z.string(),
  url: z.string(),
  changeset: z.optional(z.string()),
  /** `production`, `test`, or what the server wrote (Bloomington: `development`). */
  type: z.string(),
  /** MIME types, e.g. `text/xml`, `application/json`. */
  formats: z.array(z.string()),
});
export type Open311Endpoint = z.infer<typeof Open311Endpoint>;

/** What `discoverOpen311` found: the chosen GeoReport v2 endpoint and everything listed. */
export const Open311Discovery = z.looseObject({
  /** The GeoReport v2 endpoint to use: production when listed, else the first v2 one. */
  endpoint: z.string(),
  /** `json` when the endpoint lists a JSON type, else `xml`. */
  format: z.enum(['json', 'xml']),
  changeset: z.optional(z.string()),
  contact: z.optional(z.string()),
  keyService: z.optional(z.string()),
  endpoints: z.array(Open311Endpoint),
});
export type Open311Discovery = z.infer<typeof Open311Discovery>;

/** Who files: anonymous, or a person with an e-mail or a phone number in any country's format. */
export const Open311Contact = z.discriminatedUnion('anonymous', [
  z.object({ anonymous: z.literal(true) }),
  z
    .object({
      anonymous: z.literal(false),
      name: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(120)),
      email: z.optional(ruled(normalizeEmail)),
      phone: z.optional(
        z.string().check(z.trim(), z.regex(/^\+?[\d\s().-]{5,30}$/, 'phone_invalid')),
      ),
    })
    .check(
      z.refine((c) => !!(c.email || c.phone), { message: 'contact_required', path: ['email'] }),
    ),
]);

/**
 * What `cases.create` takes: the SDK's `CaseCreate` without its Panama-only rules (location
 * inside Panama, Panamanian phone numbers: an Open311 server can be anywhere), plus
 * GeoReport's `address_id` and `media_url`.
 */
export const Open311CaseCreate = z.object({
  ...CaseCreate.def.shape,
  contact: Open311Contact,
  /** A point, an address (GeoReport's `address_string`), or both. */
  location: z.optional(
    z.object({
      lat: z.optional(LatLng.def.shape.lat),
      lng: z.optional(LatLng.def.shape.lng),
      address: z.optional(z.string().check(z.maxLength(300))),
      landmark: z.optional(z.string().check(z.maxLength(300))),
    }),
  ),
  /** The jurisdiction's own address id (`address_id`), instead of or besides coordinates. */
  addressId: z.optional(z.string()),
  /** A public URL of a photo already online (`media_url`). */
  mediaUrl: z.optional(z.string()),
});
export type Open311CaseCreate = z.input<typeof Open311CaseCreate>;

/** What `cases.nearby` takes: the SDK's `NearbyQuery`, anywhere on Earth. */
export const Open311NearbyQuery = z.object({
  serviceId: z.string().check(z.minLength(1, 'required')),
  ...LatLng.def.shape,
  /** Metres around the point. @default 300 */
  radius: z._default(z.number().check(z.positive(), z.lte(5000)), 300),
});
export type Open311NearbyQuery = z.input<typeof Open311NearbyQuery>;
