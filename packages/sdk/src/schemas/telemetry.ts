import * as z from 'zod/mini';

export const VITAL_NAMES = ['CLS', 'FCP', 'INP', 'LCP', 'TTFB'] as const;

/** One web-vitals measurement from an element on a host page: no personal data. */
export const VitalBeacon = z.object({
  name: z.enum(VITAL_NAMES),
  value: z.number().check(z.gte(0)),
  rating: z.enum(['good', 'needs-improvement', 'poor']),
  /** The element that measured it, e.g. `p311-case-form`. */
  element: z.string().check(z.regex(/^p311-[a-z-]+$/)),
  /** The host page's origin only: never a path or a query. */
  origin: z.string().check(z.maxLength(200)),
  /** The fraction of page views sampled, to weight aggregates. */
  sampleRate: z.number().check(z.gt(0), z.lte(1)),
  /** Whether what the metric points at (LCP element, largest shift, slowest interaction) is the element itself. */
  withinElement: z.optional(z.boolean()),
  version: z.optional(z.string()),
});
export type VitalBeacon = z.input<typeof VitalBeacon>;

/** Aggregates per element and metric: count, 75th percentile, share rated good. */
export const VitalsSummary = z.looseObject({
  data: z.array(
    z.looseObject({
      element: z.string(),
      name: z.string(),
      count: z.int(),
      p75: z.number(),
      good: z.number(),
      /** The share of measurements that pointed into the element itself. */
      withinElement: z.optional(z.number()),
    }),
  ),
});
export type VitalsSummary = z.infer<typeof VitalsSummary>;
