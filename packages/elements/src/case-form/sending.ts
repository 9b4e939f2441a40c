import {
  errorCode,
  formatMessage,
  InputError,
  ProblemError,
  type AttachmentPolicy,
  type CaseCreate,
  type CaseReceipt,
} from '@panama311/sdk';
import type { FieldProblem } from '../shared/forms.js';
import type { Lang } from '../shared/lang.js';
import type { CaseFormBackend } from './backend.js';
import type { DraftPhoto } from './draft-store.js';
import { fieldForPointer, type Entries, type StepId } from './model.js';
import type { OutboxItem } from './outbox.js';

/** A photo to upload; `id` is the prepared photo's, absent for photos from the outbox. */
export interface PhotoToSend {
  id?: string;
  blob: Blob;
  name: string;
}

/** What the outbox keeps of a submission besides its photos. */
export interface Queued {
  input: CaseCreate;
  /** What the citizen entered, to give the report back if the API refuses it for good. */
  entries: Entries;
}

/**
 * Uploads the photos not sent yet, then files the case under `key`: the same key for a
 * double click, a retry or the outbox, so the case is filed once.
 */
export async function fileCase(
  backend: CaseFormBackend,
  input: CaseCreate,
  photos: readonly PhotoToSend[],
  key: string,
  on: {
    policy?: AttachmentPolicy;
    uploaded?: (photo: PhotoToSend, attachmentId: string) => void;
    progress?: (fraction: number) => void;
  } = {},
): Promise<CaseReceipt> {
  const attachments = [...(input.attachments ?? [])];
  // Progress by photo: the SDK's byte progress needs request streams, which Chrome refuses
  // over HTTP/1.1 and Firefox and Safari do not have (the upload would fail as "network").
  for (const [i, photo] of photos.entries()) {
    on.progress?.(i / (photos.length + 1));
    const { id } = await backend.attachments.upload(photo.blob, {
      name: photo.name,
      ...(on.policy ? { policy: on.policy } : {}),
    });
    attachments.push(id);
    on.uploaded?.(photo, id);
  }
  if (photos.length) on.progress?.(photos.length / (photos.length + 1));
  return backend.cases.create({ ...input, attachments }, { idempotencyKey: key });
}

/** The connection is gone (or too slow): queue the report. */
export const isOffline = (error: unknown) => ['network', 'timeout'].includes(errorCode(error));

/** Worth another try later: a queued report stays queued. */
export const isTransient = (error: unknown) =>
  isOffline(error) || ['rate_limited', 'unavailable', 'server_error'].includes(errorCode(error));

/**
 * The field errors of a refusal (the API's 422, or the SDK's own input check) as problems of
 * the first step they concern; `undefined` when it names no field.
 */
export function fieldProblems(
  error: unknown,
  lang: Lang,
): { step: StepId; problems: FieldProblem[] } | undefined {
  const fields = error instanceof ProblemError || error instanceof InputError ? error.errors : [];
  // The server words its messages in the request's language; the SDK's own checks give codes.
  const mapped = fields.map((f) => ({
    ...fieldForPointer(f.pointer),
    message: error instanceof ProblemError ? f.message : formatMessage(f.code, lang),
  }));
  const step = mapped[0]?.step;
  return step
    ? {
        step,
        problems: mapped.filter((m) => m.step === step).map(({ id, message }) => ({ id, message })),
      }
    : undefined;
}

/** `base?case=N&token=T`, where `base` defaults to the page the form is on. */
export function trackingUrl(base: string | undefined, receipt: CaseReceipt): string {
  const url = new URL(base || location.href, location.href);
  url.searchParams.set('case', receipt.number);
  url.searchParams.set('token', receipt.token);
  url.hash = '';
  return url.href;
}

/** The photos of a queued report, as the form keeps them, to give the report back. */
export const queuedPhotos = (item: OutboxItem): DraftPhoto[] =>
  item.photos.map((p, i) => ({
    ...p,
    id: `${item.key}-${i}`,
    width: 0,
    height: 0,
    originalBytes: p.blob.size,
  }));
