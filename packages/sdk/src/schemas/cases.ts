import * as z from 'zod/mini';
import { checkDescription, isInPanama, normalizeEmail, normalizePhone } from '../rules.js';
import { insidePanama, Instant, keepRaw, LatLng, openEnum, ruled } from './common.js';

export const CASE_STATUSES = [
  'received',
  'assigned',
  'in_progress',
  'on_hold',
  'transferred',
  'resolved',
  'closed',
  'rejected',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number] | 'unknown';

/** Statuses after which a case no longer changes (feedback opens at `resolved`). */
export const FINAL_CASE_STATUSES: readonly CaseStatus[] = ['resolved', 'closed', 'rejected'];

/** Statuses at which the API takes the citizen's rating (`POST /v1/cases/{number}/feedback`). */
export const FEEDBACK_STATUSES: readonly CaseStatus[] = ['resolved', 'closed'];

/** An answer to a dynamic question: text, a number, or the keys chosen in a list. */
export const Answer = z.union([z.string(), z.number(), z.array(z.string())]);

/** Who filed the case: nobody (anonymous) or a person who can be contacted. */
export const Contact = z.discriminatedUnion('anonymous', [
  z.object({ anonymous: z.literal(true) }),
  z
    .object({
      anonymous: z.literal(false),
      name: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(120)),
      email: z.optional(ruled(normalizeEmail)),
      phone: z.optional(ruled(normalizePhone)),
    })
    .check(
      z.refine((c) => !!(c.email || c.phone), { message: 'contact_required', path: ['email'] }),
    ),
]);
export type ContactInput = z.input<typeof Contact>;

const text300 = z.optional(z.string().check(z.trim(), z.maxLength(300)));

/**
 * Where the problem is: a point, an address or landmark, or both. A map is never required, so
 * an address alone is a place too (as Open311's `address_string` is); a point must be inside
 * Panama, and `lat` and `lng` go together.
 */
export const CaseLocation = z
  .object({
    lat: z.optional(LatLng.def.shape.lat),
    lng: z.optional(LatLng.def.shape.lng),
    address: text300,
    landmark: text300,
  })
  .check(
    z.refine((l) => (l.lat === undefined) === (l.lng === undefined), {
      message: 'invalid_value',
      path: ['lng'],
    }),
    z.refine((l) => l.lat !== undefined || !!l.address || !!l.landmark, {
      message: 'required',
      path: ['address'],
    }),
    z.refine((l) => l.lat === undefined || l.lng === undefined || isInPanama(l.lat, l.lng), {
      message: 'location_outside_panama',
    }),
  );
export type CaseLocation = z.input<typeof CaseLocation>;

/** A case's place as the API returns it: a point, an address, or both. */
export const CasePlace = z.looseObject({
  lat: z.optional(z.number()),
  lng: z.optional(z.number()),
  address: z.optional(z.string()),
  landmark: z.optional(z.string()),
});
export type CasePlace = z.infer<typeof CasePlace>;

/** What a citizen sends to file a case. */
export const CaseCreate = z.object({
  serviceId: z.string().check(z.minLength(1, 'required')),
  description: ruled(checkDescription),
  answers: z._default(z.record(z.string(), Answer), {}),
  location: z.optional(CaseLocation),
  /** Attachment ids from `attachments.upload`. */
  attachments: z._default(z.array(z.string()).check(z.maxLength(10)), []),
  contact: Contact,
  /** The citizen accepted the consent text. */
  consent: z.literal(true, 'consent_required'),
  /** Language for notifications to the citizen. */
  lang: z._default(z.enum(['es', 'en']), 'es'),
});
export type CaseCreate = z.input<typeof CaseCreate>;

/** What filing a case returns: keep the token, it is the only way to follow the case. */
export const CaseReceipt = z.looseObject({
  number: z.string(),
  token: z.string(),
  status: openEnum(CASE_STATUSES),
  createdAt: Instant,
  dueAt: Instant,
  entityId: z.string(),
  serviceId: z.string(),
});
export type CaseReceipt = z.infer<typeof CaseReceipt>;

export const TIMELINE_TYPES = ['created', 'status', 'note', 'transfer'] as const;

/** One entry of a case's public timeline. */
export const TimelineEvent = keepRaw(
  z.looseObject({
    id: z.string(),
    at: Instant,
    type: openEnum(TIMELINE_TYPES),
    typeRaw: z.optional(z.string()),
    status: z.optional(openEnum(CASE_STATUSES)),
    /** A public note, plain text. */
    note: z.optional(z.string()),
    /** For a transfer: the entity that had the case and the one that has it now. */
    from: z.optional(z.looseObject({ id: z.string(), name: z.string() })),
    to: z.optional(z.looseObject({ id: z.string(), name: z.string() })),
  }),
  'type',
  TIMELINE_TYPES,
);
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const SLA_STATES = ['on_time', 'due_soon', 'overdue', 'met', 'missed'] as const;

/** A case as its tracking-token holder sees it. */
export const Case = keepRaw(
  z.looseObject({
    number: z.string(),
    status: openEnum(CASE_STATUSES),
    statusRaw: z.optional(z.string()),
    service: z.looseObject({ id: z.string(), name: z.string() }),
    entity: z.looseObject({ id: z.string(), name: z.string() }),
    description: z.string(),
    location: z.optional(CasePlace),
    createdAt: Instant,
    updatedAt: Instant,
    dueAt: Instant,
    sla: z.looseObject({ state: openEnum(SLA_STATES), dueAt: Instant }),
    attachments: z._default(z.array(z.string()), []),
    supporters: z._default(z.int(), 0),
    timeline: z.array(TimelineEvent),
    feedback: z.optional(z.looseObject({ rating: z.int(), comment: z.optional(z.string()) })),
  }),
  'status',
  CASE_STATUSES,
);
export type Case = z.infer<typeof Case>;

/** An open case near a point, as anyone may see it (no personal data). */
export const NearbyCase = z.looseObject({
  number: z.string(),
  status: openEnum(CASE_STATUSES),
  serviceId: z.string(),
  summary: z.string(),
  createdAt: Instant,
  distanceMeters: z.number(),
  supporters: z.int(),
});
export type NearbyCase = z.infer<typeof NearbyCase>;

export const NearbyQuery = z
  .object({
    serviceId: z.string().check(z.minLength(1, 'required')),
    ...LatLng.def.shape,
    /** Metres around the point. @default 300 */
    radius: z._default(z.number().check(z.positive(), z.lte(2000)), 300),
  })
  .check(insidePanama());
export type NearbyQuery = z.input<typeof NearbyQuery>;

/** "This is my problem too": adds the citizen's voice to an open case instead of a duplicate. */
export const SupportResult = z.looseObject({ number: z.string(), supporters: z.int() });
export type SupportResult = z.infer<typeof SupportResult>;

/** The citizen's rating after a case is resolved. */
export const FeedbackCreate = z.object({
  rating: z.int().check(z.gte(1), z.lte(5)),
  comment: z.optional(z.string().check(z.maxLength(1000))),
});
export type FeedbackCreate = z.input<typeof FeedbackCreate>;
