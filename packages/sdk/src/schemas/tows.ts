import * as z from 'zod/mini';
import { normalizeCedula, normalizePlate, normalizeTicket } from '../rules.js';
import { insidePanama, Instant, keepRaw, LatLng, Money, openEnum, Place, ruled } from './common.js';

export const TOW_STATUSES = ['requested', 'dispatched', 'towing', 'at_yard', 'released'] as const;
export type TowStatus = (typeof TOW_STATUSES)[number] | 'unknown';

/** Opening hours of one weekday (0 = Sunday), local Panama time `HH:MM`. */
export const OpeningHours = z.looseObject({
  day: z.int().check(z.gte(0), z.lte(6)),
  opens: z.string(),
  closes: z.string(),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

/** A corral: the yard where towed vehicles are kept. */
export const Yard = z.looseObject({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  phone: z.string(),
  zone: z.string(),
  hours: z.array(OpeningHours),
});
export type Yard = z.infer<typeof Yard>;

/** A tow company contracted by ATTT. */
export const TowCompany = z.looseObject({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  zone: z.string(),
});
export type TowCompany = z.infer<typeof TowCompany>;

/** The tow truck's last reported position. */
export const TruckPosition = z.looseObject({
  lat: z.number(),
  lng: z.number(),
  /** Degrees clockwise from north. */
  heading: z.optional(z.number()),
  speedKph: z.optional(z.number()),
  at: Instant,
});
export type TruckPosition = z.infer<typeof TruckPosition>;

/** Fees for a towed vehicle; `accrued` is what is owed at `asOf`, storage growing per day at the yard. */
export const TowFees = z.looseObject({
  tow: Money,
  storagePerDay: Money,
  accrued: Money,
  asOf: Instant,
});
export type TowFees = z.infer<typeof TowFees>;

/** A tow as the driver sees it: the vehicle's make, model and colour, never the owner. */
export const Tow = keepRaw(
  z.looseObject({
    id: z.string(),
    /** The plate with all but its last characters masked, e.g. `••••34`. */
    plateMasked: z.string(),
    status: openEnum(TOW_STATUSES),
    statusRaw: z.optional(z.string()),
    vehicle: z.looseObject({
      make: z.string(),
      model: z.string(),
      color: z.string(),
      type: z.optional(z.string()),
    }),
    infraction: z.looseObject({ code: z.string(), description: z.string() }),
    from: Place,
    requestedAt: Instant,
    towedAt: z.optional(Instant),
    arrivedAt: z.optional(Instant),
    releasedAt: z.optional(Instant),
    company: z.optional(TowCompany),
    yard: z.optional(Yard),
    truck: z.optional(TruckPosition),
    fees: TowFees,
    /** What to bring to get the vehicle back, plain text, one item each. */
    releaseRequirements: z.array(z.string()),
  }),
  'status',
  TOW_STATUSES,
);
export type Tow = z.infer<typeof Tow>;

/** The one piece of proof a lookup needs besides the plate. */
export const Verifier = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cedula'), value: ruled(normalizeCedula) }),
  z.object({ type: z.literal('ticket'), value: ruled(normalizeTicket) }),
]);
export type Verifier = z.input<typeof Verifier>;

/** `POST /v1/tows/lookup`: personal data travels in the body, never in the URL. */
export const TowLookup = z.object({ plate: ruled(normalizePlate), verifier: Verifier });
export type TowLookup = z.input<typeof TowLookup>;

export const TowList = z.looseObject({ data: z.array(Tow) });

/* ---- Operators (ATTT and tow companies, secret key, server side only) ---- */

/** A tow as an operator sees it: with the full plate and ticket. */
export const OperatorTow = z.looseObject({
  ...Tow.def.out.def.shape,
  plate: z.string(),
  ticketNumber: z.string(),
});
export type OperatorTow = z.infer<typeof OperatorTow>;

/** An inspector's request to tow a vehicle. */
export const TowCreate = z.object({
  plate: ruled(normalizePlate),
  vehicle: z.object({
    make: z.string().check(z.minLength(1, 'required')),
    model: z.string().check(z.minLength(1, 'required')),
    color: z.string().check(z.minLength(1, 'required')),
    type: z.optional(z.string()),
  }),
  ticketNumber: ruled(normalizeTicket),
  /** The registered owner's cédula, kept only to answer lookups; never returned. */
  ownerCedula: z.optional(ruled(normalizeCedula)),
  infraction: z.object({
    code: z.string().check(z.minLength(1, 'required')),
    description: z.string().check(z.minLength(1, 'required')),
  }),
  location: z
    .object({ ...LatLng.def.shape, address: z.optional(z.string()) })
    .check(insidePanama()),
});
export type TowCreate = z.input<typeof TowCreate>;

export const TowAssign = z.object({
  companyId: z.string().check(z.minLength(1, 'required')),
  yardId: z.optional(z.string()),
});
export type TowAssign = z.input<typeof TowAssign>;

export const TowStatusChange = z.object({
  status: z.enum(TOW_STATUSES),
  /** Required when the vehicle reaches a yard other than the assigned one. */
  yardId: z.optional(z.string()),
});
export type TowStatusChange = z.input<typeof TowStatusChange>;

/** A batch of GPS fixes from the truck, oldest first. */
export const PositionBatch = z.object({
  positions: z
    .array(
      z
        .object({
          ...LatLng.def.shape,
          heading: z.optional(z.number().check(z.gte(0), z.lt(360))),
          speedKph: z.optional(z.number().check(z.gte(0), z.lte(200))),
          at: Instant,
        })
        .check(insidePanama()),
    )
    .check(z.minLength(1), z.maxLength(500)),
});
export type PositionBatch = z.input<typeof PositionBatch>;

export const PositionBatchResult = z.looseObject({ accepted: z.int() });
