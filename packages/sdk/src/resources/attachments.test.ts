import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { errorCode, InputError } from '../errors.js';
import { ATTACHMENT_LIMITS } from '../schemas/attachments.js';
import { sniffImageType } from './attachments.js';

const API = 'https://api.test/v1';
const MiB = 1024 * 1024;

interface Received {
  key: string | null;
  file: File;
}
let received: Received[] = [];
let requests = 0;

const server = setupServer(
  http.post(`${API}/attachments`, async ({ request }) => {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File))
      return HttpResponse.json({ title: 'No file', status: 400 }, { status: 400 });
    received.push({ key: request.headers.get('idempotency-key'), file });
    return HttpResponse.json(
      { id: `att_${received.length}`, contentType: file.type, bytes: file.size, name: file.name },
      { status: 201 },
    );
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  received = [];
  requests = 0;
  server.events.on('request:start', () => void requests++);
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

const client = () =>
  createClient({
    apiKey: 'pk_test_x',
    baseUrl: 'https://api.test',
    retry: { limit: 2, backoffLimit: 10 },
  });

/** The first bytes of real files, padded to `size`. */
const bytes = (kind: 'jpeg' | 'png' | 'webp' | 'pdf', size = 64) => {
  const head = {
    jpeg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46],
    png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    webp: [...'RIFF']
      .map((c) => c.charCodeAt(0))
      .concat(
        [0x24, 0, 0, 0],
        [...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
      ),
    pdf: [...'%PDF-1.7'].map((c) => c.charCodeAt(0)),
  }[kind];
  const out = new Uint8Array(size);
  out.set(head);
  return out;
};

/** Resolves with the InputError a call rejects with. */
async function refused(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the upload to be refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

/** A stream that would produce `chunks` chunks of `size` bytes, counting what was pulled. */
function countingStream(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      controller.enqueue(state.pulled === 0 ? bytes('jpeg', size) : new Uint8Array(size));
      state.pulled++;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('sniffImageType', () => {
  it('recognises JPEG, PNG and WebP, and nothing else', () => {
    expect(sniffImageType(bytes('jpeg'))).toBe('image/jpeg');
    expect(sniffImageType(bytes('png'))).toBe('image/png');
    expect(sniffImageType(bytes('webp'))).toBe('image/webp');
    expect(sniffImageType(bytes('pdf'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
  });
});

describe('attachments.upload', () => {
  it('sends a Blob as the multipart field `file` with its type and name', async () => {
    const photo = new File([bytes('png', 2048)], 'fuga.png', { type: 'image/png' });
    const attachment = await client().attachments.upload(photo);
    expect(attachment).toEqual({
      id: 'att_1',
      contentType: 'image/png',
      bytes: 2048,
      name: 'fuga.png',
    });
    expect(received).toHaveLength(1);
    expect(received[0]!.file.type).toBe('image/png');
    expect(received[0]!.file.name).toBe('fuga.png');
    expect(new Uint8Array(await received[0]!.file.arrayBuffer())).toEqual(bytes('png', 2048));
    expect(received[0]!.key).toBeTruthy();
  });

  it('sniffs JPEG bytes when no type is given', async () => {
    await client().attachments.upload(bytes('jpeg', 1000), {
      name: 'hueco.jpg',
      idempotencyKey: 'photo-1',
    });
    expect(received[0]!.file.type).toBe('image/jpeg');
    expect(received[0]!.file.name).toBe('hueco.jpg');
    expect(received[0]!.file.size).toBe(1000);
    expect(received[0]!.key).toBe('photo-1');
  });

  it('sniffs WebP from an ArrayBuffer', async () => {
    await client().attachments.upload(bytes('webp', 300).buffer);
    expect(received[0]!.file.type).toBe('image/webp');
  });

  it('trusts an explicit content type, parameters dropped', async () => {
    await client().attachments.upload(bytes('jpeg'), { contentType: 'Image/JPEG; q=0.9' });
    expect(received[0]!.file.type).toBe('image/jpeg');
  });

  it('reads a stream when it fits', async () => {
    const { stream, state } = countingStream(3, 1000);
    await client().attachments.upload(stream);
    expect(state.pulled).toBe(3);
    expect(received[0]!.file.size).toBe(3000);
    expect(received[0]!.file.type).toBe('image/jpeg');
  });

  it.each([
    ['a Blob of another type', () => new Blob([bytes('pdf')], { type: 'application/pdf' })],
    ['a Blob without a type', () => new Blob([bytes('pdf')])],
    ['bytes that are no image', () => bytes('pdf')],
  ])('refuses %s before any request', async (_, source) => {
    const error = await refused(client().attachments.upload(source()));
    expect(error.errors).toEqual([
      expect.objectContaining({ pointer: '/file', code: 'file_type_not_allowed' }),
    ]);
    expect(requests).toBe(0);
  });

  it.each([
    [
      'a Blob',
      () => new Blob([bytes('jpeg', ATTACHMENT_LIMITS.maxBytes + 1)], { type: 'image/jpeg' }),
    ],
    ['a Uint8Array', () => bytes('jpeg', ATTACHMENT_LIMITS.maxBytes + 1)],
  ])('refuses %s one byte over the limit before any request', async (_, source) => {
    const error = await refused(client().attachments.upload(source()));
    expect(error.errors.map((e) => e.code)).toEqual(['file_too_large']);
    expect(errorCode(error)).toBe('validation_failed');
    expect(requests).toBe(0);
  });

  it('accepts a file exactly at the limit', async () => {
    await client().attachments.upload(bytes('jpeg', ATTACHMENT_LIMITS.maxBytes));
    expect(received[0]!.file.size).toBe(ATTACHMENT_LIMITS.maxBytes);
  });

  it('stops reading a stream as soon as it passes the limit, and cancels it', async () => {
    // 20 MiB on offer; the limit is 5 MiB.
    const { stream, state } = countingStream(20, MiB);
    const error = await refused(client().attachments.upload(stream));
    expect(error.errors.map((e) => e.code)).toEqual(['file_too_large']);
    expect(state.pulled).toBeLessThanOrEqual(7);
    expect(state.cancelled).toBe(true);
    expect(requests).toBe(0);
  });

  it('also cancels the stream where streams are not async-iterable (Safari)', async () => {
    const proto = ReadableStream.prototype as unknown as Record<symbol, unknown>;
    const iterator = proto[Symbol.asyncIterator];
    delete proto[Symbol.asyncIterator];
    try {
      const { stream, state } = countingStream(20, MiB);
      expect(Symbol.asyncIterator in stream).toBe(false);
      await refused(client().attachments.upload(stream));
      expect(state.pulled).toBeLessThanOrEqual(7);
      expect(state.cancelled).toBe(true);
      expect(requests).toBe(0);
    } finally {
      proto[Symbol.asyncIterator] = iterator;
    }
  });

  it('stops reading an async iterable (a Node Readable) past the limit', async () => {
    let produced = 0;
    let closed = false;
    async function* source() {
      try {
        for (; produced < 20; produced++)
          yield produced === 0 ? bytes('jpeg', MiB) : new Uint8Array(MiB);
      } finally {
        closed = true;
      }
    }
    await refused(client().attachments.upload(source()));
    expect(produced).toBeLessThanOrEqual(6);
    expect(closed).toBe(true);
    expect(requests).toBe(0);
  });

  describe("with a service's stricter policy", () => {
    const policy = { maxBytes: 100_000, types: ['image/jpeg'] };

    it('refuses what the API would take but the service does not', async () => {
      const big = await refused(client().attachments.upload(bytes('jpeg', 100_001), { policy }));
      expect(big.errors.map((e) => e.code)).toEqual(['file_too_large']);
      const png = await refused(client().attachments.upload(bytes('png', 1000), { policy }));
      expect(png.errors.map((e) => e.code)).toEqual(['file_type_not_allowed']);
      expect(requests).toBe(0);
    });

    it('takes what the service allows', async () => {
      await client().attachments.upload(bytes('jpeg', 100_000), { policy });
      expect(received[0]!.file.size).toBe(100_000);
    });

    it('never raises the API limit', async () => {
      const error = await refused(
        client().attachments.upload(bytes('jpeg', ATTACHMENT_LIMITS.maxBytes + 1), {
          policy: { maxBytes: 50 * MiB, types: ['image/jpeg'] },
        }),
      );
      expect(error.errors.map((e) => e.code)).toEqual(['file_too_large']);
    });
  });

  it('reports upload progress up to 1', async () => {
    const fractions: number[] = [];
    await client().attachments.upload(bytes('jpeg', 200_000), {
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions.at(-1)).toBe(1);
    expect(received[0]!.file.size).toBe(200_000);
  });
});
