import * as z from 'zod/mini';
import { isInPanama, type RuleResult } from '../rules.js';

/** Whether `value` is a plain object (what a JSON object parses to). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An enum the API may extend: a value this version does not know becomes `'unknown'`
 * instead of failing the whole response (widgets stay cached on agency sites for months).
 */
export const openEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(z.enum([...values, 'unknown']), 'unknown');

/**
 * Keeps the server's value of an open enum field in `<field>Raw` when this version does
 * not know it, so nothing the server said is lost.
 */
export const keepRaw = <S extends z.ZodMiniType>(
  schema: S,
  field: string,
  known: readonly string[],
) =>
  z.pipe(
    z.transform((input: unknown) =>
      isRecord(input) && typeof input[field] === 'string' && !known.includes(input[field])
        ? { ...input, [`${field}Raw`]: input[field] }
        : input,
    ),
    schema,
  );

/**
 * A string that goes through one of the input rules: normalised on the way in, or refused
 * with the rule's code as the issue message.
 */
export const ruled = (rule: (input: string) => RuleResult) =>
  z.pipe(
    z.string(),
    z.transform((input, ctx) => {
      const result = rule(input);
      if (result.ok) return result.value;
      ctx.issues.push({ code: 'custom', message: result.code, input });
      return z.NEVER;
    }),
  );

/** An ISO 8601 date-time with offset, as the API sends every instant. */
export const Instant = z.iso.datetime({ offset: true });

/** WGS 84 coordinates. */
export const LatLng = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
export type LatLng = z.infer<typeof LatLng>;

/** Check for request coordinates: inside Panama, or refused with `location_outside_panama`. */
export const insidePanama = <T extends { lat: number; lng: number }>() =>
  z.refine<T>((p) => isInPanama(p.lat, p.lng), { message: 'location_outside_panama' });

/** A place: coordinates plus, where known, its address and a landmark. */
export const Place = z.looseObject({
  lat: z.number(),
  lng: z.number(),
  address: z.optional(z.string()),
  landmark: z.optional(z.string()),
});
export type Place = z.infer<typeof Place>;

/** An amount of money in integer cents with its ISO 4217 currency (Panama: `PAB`, at par with `USD`). */
export const Money = z.looseObject({
  cents: z.int(),
  currency: z.string().check(z.length(3)),
});
export type Money = z.infer<typeof Money>;

/** One page of a list. */
export const page = <S extends z.ZodMiniType>(item: S) =>
  z.looseObject({
    data: z.array(item),
    page: z.int(),
    pageSize: z.int(),
    total: z.int(),
    nextPage: z.nullable(z.int()),
  });
export type Page<T> = {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
  nextPage: number | null;
};

/** One field error inside a problem. */
export const FieldError = z.looseObject({
  /** JSON Pointer to the field, e.g. `/contact/email`. */
  pointer: z.string(),
  /** Stable code, e.g. `plate_invalid`, `required`. */
  code: z.string(),
  /** The message in the language the request asked for. */
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with field errors. */
export const Problem = z.looseObject({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Stable machine-readable code, e.g. `validation_failed`, `rate_limited`. */
  code: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;
