import * as z from 'zod/mini';

/** What the API accepts for a photo, unless a service says less. */
export const ATTACHMENT_LIMITS = {
  types: ['image/jpeg', 'image/png', 'image/webp'],
  maxBytes: 5 * 1024 * 1024,
} as const;

/** A stored attachment, referenced by id when a case is filed. */
export const Attachment = z.looseObject({
  id: z.string(),
  contentType: z.string(),
  bytes: z.int(),
  name: z.optional(z.string()),
});
export type Attachment = z.infer<typeof Attachment>;
