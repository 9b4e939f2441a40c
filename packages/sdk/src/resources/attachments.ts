import { InputError } from '../errors.js';
import type { CreateOptions, Http } from '../http.js';
import { Attachment, ATTACHMENT_LIMITS } from '../schemas/attachments.js';
import type { AttachmentPolicy } from '../schemas/catalogue.js';

/** What `upload` takes: a `Blob`/`File` in browsers; bytes or a stream (a Node `Readable` too) anywhere. */
export type UploadSource =
  Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface UploadOptions extends CreateOptions {
  /** The file's type; sniffed from its first bytes when not given (Blobs carry their own). */
  contentType?: string;
  /** File name shown to staff. */
  name?: string;
  /** The service's photo policy, which may be stricter than the API's. */
  policy?: Pick<AttachmentPolicy, 'maxBytes' | 'types'>;
  /**
   * Progress of this file: 0 when sending starts, 1 once it is stored. Not byte by byte: that
   * needs a streamed request body, which Chromium refuses over HTTP/1.1 ("Failed to fetch").
   */
  onProgress?: (fraction: number) => void;
}

/** Recognises JPEG, PNG and WebP by their first bytes. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  const at = (i: number) => bytes[i];
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

async function readAll(
  source: UploadSource,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const iterable: AsyncIterable<Uint8Array> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<Uint8Array>)
      : streamIterable(source as ReadableStream<Uint8Array>);
  for await (const chunk of iterable) {
    size += chunk.byteLength;
    // Stop reading as soon as the limit is passed: nothing has been sent yet.
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

async function* streamIterable(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    // Stopped early (too large): cancel, as native stream iteration does, so the source
    // closes its file or socket instead of staying open.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

const fieldError = (code: string) => new InputError([{ pointer: '/file', code, message: code }]);

/** Photos for a case, checked for type and size before any byte is sent. */
export const attachmentsApi = (http: Http) => ({
  async upload(source: UploadSource, options: UploadOptions = {}) {
    const maxBytes = Math.min(options.policy?.maxBytes ?? Infinity, ATTACHMENT_LIMITS.maxBytes);
    const types: readonly string[] = options.policy?.types ?? ATTACHMENT_LIMITS.types;
    const tooLarge = () => fieldError('file_too_large');
    let blob: Blob;
    if (source instanceof Blob) {
      if (source.size > maxBytes) throw tooLarge();
      blob = source;
    } else {
      const bytes = await readAll(source, maxBytes, tooLarge);
      if (bytes.byteLength > maxBytes) throw tooLarge();
      blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: options.contentType ?? sniffImageType(bytes) ?? '',
      });
    }
    const type = (options.contentType ?? blob.type).split(';')[0]!.trim().toLowerCase();
    if (!types.includes(type)) throw fieldError('file_type_not_allowed');
    const form = new FormData();
    const name =
      options.name ??
      (typeof File !== 'undefined' && source instanceof File ? source.name : 'photo');
    form.set('file', new Blob([blob], { type }), name);
    options.onProgress?.(0);
    const stored = await http.call(Attachment, 'post', 'attachments', {
      body: form,
      signal: options.signal,
      idempotencyKey: options.idempotencyKey,
    });
    options.onProgress?.(1);
    return stored;
  },
});
