import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftKey, openDraftStore, type Draft, type DraftStore } from './draft-store.js';

let n = 0;
const freshDb = () => `p311-test-drafts-${Date.now()}-${n++}`;
let opened: DraftStore[] = [];
const open = (...args: Parameters<typeof openDraftStore>) => {
  const store = openDraftStore(...args);
  opened.push(store);
  return store;
};
afterEach(() => {
  opened.forEach((store) => store.close());
  opened = [];
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const bytes = (...values: number[]) => new Uint8Array(values);
const blobBytes = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    version: 1,
    savedAt: 1_764_000_000_000,
    step: 4,
    data: {
      description: 'Fuga de agua frente a la escuela',
      answers: { severity: 'high', since: '2026-11-27T08:00' },
      location: { lat: 8.98, lng: -79.52, address: 'Calle 50' },
      contact: { email: 'ana@example.pa' },
    },
    photos: [
      {
        id: 'p1',
        name: 'fuga.webp',
        type: 'image/webp',
        blob: new Blob([bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 255)], { type: 'image/webp' }),
        width: 1600,
        height: 1200,
        originalBytes: 4_200_000,
      },
      {
        id: 'p2',
        name: 'calle.jpg',
        type: 'image/jpeg',
        blob: new Blob([bytes(0xff, 0xd8, 0xff, 0, 7)], { type: 'image/jpeg' }),
        width: 1200,
        height: 1600,
        originalBytes: 3_100_000,
      },
    ],
    idempotencyKey: '7f0c2a4e-2f7b-4c55-9a1e-0d5b8f7b1c11',
    ...overrides,
  };
}

async function expectSameDraft(actual: Draft | undefined, expected: Draft) {
  expect(actual).toBeDefined();
  const { photos, ...rest } = actual!;
  const { photos: expectedPhotos, ...expectedRest } = expected;
  expect(rest).toEqual(expectedRest);
  expect(photos).toHaveLength(expectedPhotos.length);
  for (const [i, photo] of photos.entries()) {
    const { blob, ...meta } = photo;
    const { blob: expectedBlob, ...expectedMeta } = expectedPhotos[i]!;
    expect(meta).toEqual(expectedMeta);
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe(expectedBlob.type);
    expect(await blobBytes(blob)).toEqual(await blobBytes(expectedBlob));
  }
}

/** Writes a value straight into the drafts store, as another version of the code might have. */
async function writeRaw(dbName: string, key: string, value: unknown) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function readRaw(dbName: string, key: string): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const value = await new Promise((resolve, reject) => {
    const request = db.transaction('drafts').objectStore('drafts').get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return value;
}

/** IndexedDB factories that fail the ways browsers do. */
const throwing = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory; // prettier-ignore
const erroring = {
  open() {
    const request = {} as IDBOpenDBRequest & { error: DOMException };
    Object.assign(request, { error: new DOMException('private mode', 'InvalidStateError') });
    setTimeout(() => request.onerror?.(new Event('error')));
    return request;
  },
} as unknown as IDBFactory;
const hanging = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;

describe('openDraftStore', () => {
  it('keeps a draft with its photos in IndexedDB: every field, every byte', async () => {
    const store = open({ dbName: freshDb() });
    const saved = draft();
    await store.save('k', saved);
    expect(store.persistent).toBe(true);
    expect(store.problem).toBeUndefined();
    await expectSameDraft(await store.load('k'), saved);
  });

  it('survives a reload', async () => {
    const dbName = freshDb();
    const before = open({ dbName });
    await before.save('k', draft());
    before.close();
    const after = open({ dbName });
    await expectSameDraft(await after.load('k'), draft());
    expect(after.persistent).toBe(true);
  });

  it('keeps one draft per key, overwritten by each save, forgotten by clear', async () => {
    const store = open({ dbName: freshDb() });
    expect(await store.load('a')).toBeUndefined();
    await store.save('a', draft({ step: 1 }));
    await store.save('b', draft({ step: 2, photos: [] }));
    await store.save('a', draft({ step: 3, data: { description: 'más detalles' } }));
    expect(await store.load('a')).toMatchObject({ step: 3, data: { description: 'más detalles' } });
    expect(await store.load('b')).toMatchObject({ step: 2, photos: [] });
    await store.clear('a');
    await store.clear('never-saved');
    expect(await store.load('a')).toBeUndefined();
    expect(await store.load('b')).toBeDefined();
  });

  it('stores only the known photo fields: a data: thumbnail, never an object URL', async () => {
    const dbName = freshDb();
    const store = open({ dbName });
    const withUrl = draft();
    const thumbnail = 'data:image/jpeg;base64,/9j/4AAQ';
    Object.assign(withUrl.photos[0]!, { thumbnailUrl: 'blob:http://x/1', stray: 1 });
    await store.save('k', withUrl);
    const raw = (await readRaw(dbName, 'k')) as Draft;
    expect(Object.keys(raw.photos[0]!).sort()).toEqual(
      ['blob', 'height', 'id', 'name', 'originalBytes', 'type', 'width'].sort(),
    );
    Object.assign(withUrl.photos[0]!, { thumbnailUrl: thumbnail });
    await store.save('k', withUrl);
    expect(((await readRaw(dbName, 'k')) as Draft).photos[0]!.thumbnailUrl).toBe(thumbnail);
    expect((await store.load('k'))?.photos[0]!.thumbnailUrl).toBe(thumbnail);
  });

  it('discards a corrupt or older-version record instead of crashing', async () => {
    const dbName = freshDb();
    const store = open({ dbName });
    await store.save('setup', draft()); // creates the database
    const bad: [string, unknown][] = [
      ['string', 'not a draft'],
      ['null', null],
      ['v0', { ...draft(), version: 0 }],
      ['no-version', { savedAt: 1, step: 0, data: {}, photos: [] }],
      [
        'bad-photo',
        { ...draft(), photos: [{ id: 'p', name: 'x', type: 'image/jpeg', blob: 'nope' }] },
      ],
      ['bad-data', { ...draft(), data: ['a'] }],
      ['bad-key', { ...draft(), idempotencyKey: 42 }],
    ];
    for (const [key, value] of bad) await writeRaw(dbName, key, value);
    for (const [key] of bad) {
      expect(await store.load(key), key).toBeUndefined();
      expect(await readRaw(dbName, key), `${key} deleted`).toBeUndefined();
    }
    expect(store.persistent).toBe(true);
  });

  it('leaves a draft saved by a newer version alone', async () => {
    const dbName = freshDb();
    const store = open({ dbName });
    await store.save('setup', draft());
    await writeRaw(dbName, 'k', { ...draft(), version: 2, extra: true });
    expect(await store.load('k')).toBeUndefined();
    expect(await readRaw(dbName, 'k')).toMatchObject({ version: 2 });
  });

  it('keeps working when a newer version upgrades the database under it', async () => {
    const dbName = freshDb();
    const store = open({ dbName });
    await store.save('k', draft({ step: 1 }));
    // Another tab, newer code: version 2 with one more store. Our connection must not block it.
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName, 2);
      request.onupgradeneeded = () => request.result.createObjectStore('future');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked'));
    });
    upgraded.close();
    await store.save('k', draft({ step: 2 }));
    expect(await store.load('k')).toMatchObject({ step: 2 });
    expect(store.persistent).toBe(true);
    const reopened = open({ dbName });
    expect(await reopened.load('k')).toMatchObject({ step: 2 });
    expect(reopened.persistent).toBe(true);
  });

  describe('without IndexedDB, drafts live in memory and persistent says so', () => {
    for (const [name, factory, problem] of [
      ['open() throws (sandboxed iframe, blocked storage)', throwing, 'unavailable'],
      ['the open request fails (private mode)', erroring, 'unavailable'],
      ['the open never settles (blocked by another tab)', hanging, 'blocked'],
    ] as const) {
      it(name, async () => {
        const store = open({ dbName: freshDb(), factory, openTimeoutMs: 100 });
        expect(await store.load('k')).toBeUndefined();
        expect(store.persistent).toBe(false);
        expect(store.problem).toBe(problem);
        await store.save('k', draft());
        await expectSameDraft(await store.load('k'), draft());
        await store.clear('k');
        expect(await store.load('k')).toBeUndefined();
      });
    }

    it('no indexedDB at all', async () => {
      vi.stubGlobal('indexedDB', undefined);
      const store = open({ dbName: freshDb() });
      await store.save('k', draft());
      expect(store).toMatchObject({ persistent: false, problem: 'unavailable' });
      await expectSameDraft(await store.load('k'), draft());
    });

    it('a later mutation of the saved object does not change the kept draft', async () => {
      const store = open({ factory: throwing });
      const saved = draft();
      await store.save('k', saved);
      saved.step = 99;
      (saved.data as { description: string }).description = 'cambiado';
      expect(await store.load('k')).toMatchObject({
        step: 4,
        data: { description: 'Fuga de agua frente a la escuela' },
      });
    });
  });

  it('a full disk moves drafts to memory: the newest wins, and clear still clears the disk', async () => {
    const dbName = freshDb();
    const store = open({ dbName });
    await store.save('k', draft({ step: 1 }));
    expect(store.persistent).toBe(true);

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await store.save('k', draft({ step: 2 }));
    expect(store).toMatchObject({ persistent: false, problem: 'quota' });
    expect(await store.load('k')).toMatchObject({ step: 2 });
    vi.restoreAllMocks();

    // Filed: the draft must not come back after a reload.
    await store.clear('k');
    expect(await store.load('k')).toBeUndefined();
    expect(await readRaw(dbName, 'k')).toBeUndefined();
  });
});

describe('draftKey', () => {
  it('scopes a draft to the page origin, entity and service', () => {
    expect(draftKey({ entity: 'idaan', service: 'fuga' })).toBe(
      `case-form:${location.origin}:idaan:fuga`,
    );
    expect(draftKey({})).toBe(`case-form:${location.origin}:all:`);
  });
});
