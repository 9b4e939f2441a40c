import * as z from 'zod/mini';
import { keepRaw, openEnum } from './common.js';

export const ENTITY_KINDS = [
  'ministry',
  'authority',
  'municipality',
  'institute',
  'company',
  'other',
] as const;

/** A public entity citizens can report to (ministry, autoridad, municipality…). */
export const Entity = z.looseObject({
  id: z.string(),
  name: z.string(),
  acronym: z.optional(z.string()),
  kind: openEnum(ENTITY_KINDS),
  description: z.optional(z.string()),
  website: z.optional(z.string()),
  phone: z.optional(z.string()),
});
export type Entity = z.infer<typeof Entity>;

export const SLA_UNITS = ['hours', 'business_days'] as const;

/** How long a service promises to take: calendar hours, or business days (Panama's calendar). */
export const Sla = z.looseObject({
  value: z.number().check(z.positive()),
  unit: openEnum(SLA_UNITS),
});
export type Sla = z.infer<typeof Sla>;

export const QUESTION_TYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;

/** One choice of a list question. */
export const QuestionValue = z.looseObject({ key: z.string(), name: z.string() });

/**
 * A dynamic question of a service (Open311 attribute). `variable: false` marks an
 * information-only item: shown as text, never answered. A type this version does not
 * know arrives as `'unknown'` (with `datatypeRaw`) and is best asked as text.
 */
export const Question = keepRaw(
  z.looseObject({
    code: z.string(),
    datatype: openEnum(QUESTION_TYPES),
    datatypeRaw: z.optional(z.string()),
    label: z.string(),
    description: z.optional(z.string()),
    variable: z._default(z.boolean(), true),
    required: z._default(z.boolean(), false),
    order: z._default(z.int(), 0),
    values: z.optional(z.array(QuestionValue)),
  }),
  'datatype',
  QUESTION_TYPES,
);
export type Question = z.infer<typeof Question>;

export const LOCATION_MODES = ['required', 'optional', 'none'] as const;

/** Which photos a service takes. */
export const AttachmentPolicy = z.looseObject({
  allowed: z.boolean(),
  maxCount: z.int(),
  maxBytes: z.int(),
  types: z.array(z.string()),
});
export type AttachmentPolicy = z.infer<typeof AttachmentPolicy>;

/** A service an entity offers: what a case is filed against. */
export const Service = z.looseObject({
  id: z.string(),
  entityId: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  kind: openEnum(['incident', 'request', 'information', 'complaint'] as const),
  sla: Sla,
  location: openEnum(LOCATION_MODES),
  attachments: AttachmentPolicy,
  questions: z.array(Question),
  keywords: z.optional(z.array(z.string())),
});
export type Service = z.infer<typeof Service>;

/** A frequently asked question, answered before a case is filed. */
export const Faq = z.looseObject({
  id: z.string(),
  entityId: z.string(),
  serviceId: z.optional(z.string()),
  question: z.string(),
  answer: z.string(),
  /** The language the text is in: English may fall back to Spanish. */
  lang: z.string(),
  articleId: z.optional(z.string()),
});
export type Faq = z.infer<typeof Faq>;

/** A knowledge-base article: plain-text paragraphs, never markup. */
export const Article = z.looseObject({
  id: z.string(),
  entityId: z.string(),
  title: z.string(),
  paragraphs: z.array(z.string()),
  lang: z.string(),
  updatedAt: z.string(),
});
export type Article = z.infer<typeof Article>;
