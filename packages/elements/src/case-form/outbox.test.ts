import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  openOutbox,
  type NewOutboxItem,
  type Outbox,
  type OutboxItem,
  type SendOutcome,
} from './outbox.js';

let n = 0;
const freshDb = () => `p311-test-outbox-${Date.now()}-${n++}`;
let opened: Outbox[] = [];
const open = (...args: Parameters<typeof openOutbox>) => {
  const outbox = openOutbox(...args);
  opened.push(outbox);
  return outbox;
};
afterEach(() => {
  opened.forEach((outbox) => outbox.close());
  opened = [];
  vi.unstubAllGlobals();
});

const photo = (...values: number[]) => ({
  blob: new Blob([new Uint8Array(values)], { type: 'image/webp' }),
  name: 'foto.webp',
  type: 'image/webp',
});
const submission = (key: string, createdAt?: number): NewOutboxItem => ({
  key,
  ...(createdAt === undefined ? {} : { createdAt }),
  payload: { serviceId: 'svc_luminaria', description: `Luminaria apagada ${key}`, consent: true },
  photos: [photo(1, 2, 3, 250)],
});

/** A `send` that records what it was given and answers from a script (default: `sent`). */
function sender(...script: (SendOutcome | Error)[]) {
  const calls: OutboxItem[] = [];
  const send = vi.fn(async (item: OutboxItem): Promise<SendOutcome> => {
    calls.push(item);
    await new Promise((resolve) => setTimeout(resolve, 5)); // like a request
    const next = script.shift() ?? 'sent';
    if (next instanceof Error) throw next;
    return next;
  });
  return { send, calls, keys: () => calls.map((item) => item.key) };
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('openOutbox', () => {
  it('queues a submission with defaults, and a flush sends it once', async () => {
    const outbox = open({ dbName: freshDb() });
    const before = Date.now();
    const item = await outbox.enqueue(submission('key-1'));
    expect(item).toMatchObject({ id: 'key-1', key: 'key-1', attempts: 0 });
    expect(item.createdAt).toBeGreaterThanOrEqual(before);
    expect(await outbox.list()).toHaveLength(1);

    const { send, calls } = sender();
    expect(await outbox.flush(send)).toEqual({ sent: 1, dropped: 0, left: 0 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(calls[0]).toMatchObject({ key: 'key-1', attempts: 1, payload: item.payload });
    expect([...new Uint8Array(await calls[0]!.photos[0]!.blob.arrayBuffer())]).toEqual([
      1, 2, 3, 250,
    ]);
    expect(await outbox.list()).toEqual([]);
    expect(await outbox.flush(send)).toEqual({ sent: 0, dropped: 0, left: 0 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(outbox.persistent).toBe(true);
  });

  it('sends oldest first', async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('c', 3000));
    await outbox.enqueue(submission('a', 1000));
    await outbox.enqueue(submission('b', 2000));
    expect((await outbox.list()).map((i) => i.key)).toEqual(['a', 'b', 'c']);
    const { send, keys } = sender();
    await outbox.flush(send);
    expect(keys()).toEqual(['a', 'b', 'c']);
  });

  it('queues one item per idempotency key', async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('same'));
    await outbox.enqueue(submission('same'));
    expect(await outbox.list()).toHaveLength(1);
  });

  it('concurrent flush calls send each item once', async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('k1', 1));
    await outbox.enqueue(submission('k2', 2));
    const { send, keys } = sender();
    const results = await Promise.all([outbox.flush(send), outbox.flush(send), outbox.flush(send)]);
    expect(keys()).toEqual(['k1', 'k2']);
    for (const result of results) expect(result).toEqual({ sent: 2, dropped: 0, left: 0 });
  });

  it('two tabs flushing at once send each item once (Web Locks)', async () => {
    expect(navigator.locks).toBeDefined();
    const dbName = freshDb();
    const tabA = open({ dbName });
    const tabB = open({ dbName });
    await tabA.enqueue(submission('k1', 1));
    await tabA.enqueue(submission('k2', 2));
    const gate = deferred();
    const a = sender();
    const b = sender();
    const slowA = vi.fn(async (item: OutboxItem) => {
      await gate.promise;
      return a.send(item);
    });
    const flushA = tabA.flush(slowA);
    await new Promise((resolve) => setTimeout(resolve, 20)); // A holds the lock
    const flushB = tabB.flush(b.send);
    gate.resolve();
    expect(await flushA).toEqual({ sent: 2, dropped: 0, left: 0 });
    expect(await flushB).toEqual({ sent: 0, dropped: 0, left: 0 });
    expect([...a.keys(), ...b.keys()]).toEqual(['k1', 'k2']);
  });

  it('without Web Locks, one tab still flushes once at a time', async () => {
    vi.stubGlobal('navigator', { ...navigator, locks: undefined });
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('k1'));
    const { send } = sender();
    await Promise.all([outbox.flush(send), outbox.flush(send)]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("a 'retry' keeps the item with one more attempt and stops the flush", async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('k1', 1));
    await outbox.enqueue(submission('k2', 2));
    const first = sender('retry');
    expect(await outbox.flush(first.send)).toEqual({ sent: 0, dropped: 0, left: 2 });
    expect(first.keys()).toEqual(['k1']);
    expect((await outbox.list()).map((i) => [i.key, i.attempts])).toEqual([
      ['k1', 1],
      ['k2', 0],
    ]);

    const second = sender('retry');
    await outbox.flush(second.send);
    expect(second.calls[0]).toMatchObject({ key: 'k1', attempts: 2 });

    const third = sender();
    expect(await outbox.flush(third.send)).toEqual({ sent: 2, dropped: 0, left: 0 });
    expect(third.calls.map((i) => [i.key, i.attempts])).toEqual([
      ['k1', 3],
      ['k2', 1],
    ]);
  });

  it('counts the attempt before sending, so a tab closed mid-send still counts it', async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('k1'));
    let storedDuringSend: OutboxItem[] = [];
    await outbox.flush(async () => {
      storedDuringSend = await outbox.list();
      return 'retry';
    });
    expect(storedDuringSend[0]?.attempts).toBe(1);
  });

  it('a send that throws is a retry, and the error code is kept', async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('k1'));
    const offline = Object.assign(new Error('Failed to fetch'), { code: 'network' });
    expect(await outbox.flush(sender(offline).send)).toEqual({ sent: 0, dropped: 0, left: 1 });
    expect((await outbox.list())[0]).toMatchObject({ attempts: 1, lastError: 'network' });
    await outbox.flush(sender(new TypeError('Failed to fetch')).send);
    expect((await outbox.list())[0]).toMatchObject({ attempts: 2, lastError: 'TypeError' });
  });

  it("a 'drop' removes the item and the flush goes on", async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('refused', 1));
    await outbox.enqueue(submission('fine', 2));
    const { send, keys } = sender('drop', 'sent');
    expect(await outbox.flush(send)).toEqual({ sent: 1, dropped: 1, left: 0 });
    expect(keys()).toEqual(['refused', 'fine']);
    expect(await outbox.list()).toEqual([]);
  });

  it('sends an item queued while a flush is running in that same flush', async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('k1', 1));
    const { send, keys } = sender();
    const flushing = outbox.flush(async (item) => {
      if (item.key === 'k1') await outbox.enqueue(submission('k2', 2));
      return send(item);
    });
    expect(await flushing).toEqual({ sent: 2, dropped: 0, left: 0 });
    expect(keys()).toEqual(['k1', 'k2']);
  });

  it('survives a reload, photos included', async () => {
    const dbName = freshDb();
    const before = open({ dbName });
    await before.enqueue(submission('k1'));
    await before.flush(sender('retry').send);
    before.close();

    const after = open({ dbName });
    const [item] = await after.list();
    expect(item).toMatchObject({ key: 'k1', attempts: 1 });
    expect(item!.photos[0]!.blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await item!.photos[0]!.blob.arrayBuffer())]).toEqual([1, 2, 3, 250]);
    const { send } = sender();
    expect(await after.flush(send)).toEqual({ sent: 1, dropped: 0, left: 0 });
  });

  it('remove takes an item out of the queue', async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('k1'));
    await outbox.remove('k1');
    expect(await outbox.list()).toEqual([]);
  });

  it('ignores a record it does not understand', async () => {
    const dbName = freshDb();
    const outbox = open({ dbName });
    await outbox.enqueue(submission('k1'));
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('outbox', 'readwrite');
      tx.objectStore('outbox').put({ hello: 'world' }, 'odd');
      tx.oncomplete = resolve;
    });
    db.close();
    expect((await outbox.list()).map((i) => i.key)).toEqual(['k1']);
    expect(await outbox.flush(sender().send)).toEqual({ sent: 1, dropped: 0, left: 0 });
  });

  it('without IndexedDB, queues in memory and says it will not survive a reload', async () => {
    const broken = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory; // prettier-ignore
    const outbox = open({ dbName: freshDb(), factory: broken });
    await outbox.enqueue(submission('k1'));
    expect(outbox).toMatchObject({ persistent: false, problem: 'unavailable' });
    expect(await outbox.list()).toHaveLength(1);
    const { send } = sender('retry');
    await outbox.flush(send);
    expect((await outbox.list())[0]?.attempts).toBe(1);
    expect(await outbox.flush(sender().send)).toEqual({ sent: 1, dropped: 0, left: 0 });
  });
});

describe('watch', () => {
  it("calls back on the window 'online' event and when the page becomes visible, until stopped", async () => {
    const outbox = open({ dbName: freshDb() });
    const onOnline = vi.fn();
    const stop = outbox.watch(onOnline);
    window.dispatchEvent(new Event('online'));
    expect(onOnline).toHaveBeenCalledTimes(1);

    expect(document.visibilityState).toBe('visible');
    expect(navigator.onLine).toBe(true);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onOnline).toHaveBeenCalledTimes(2);

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onOnline).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();

    stop();
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onOnline).toHaveBeenCalledTimes(2);
  });

  it('drives a flush: queued offline, sent when the connection returns', async () => {
    const outbox = open({ dbName: freshDb() });
    await outbox.enqueue(submission('offline-report'));
    const { send, keys } = sender();
    let flushed: Promise<unknown> | undefined;
    const stop = outbox.watch(() => (flushed = outbox.flush(send)));
    window.dispatchEvent(new Event('online'));
    await flushed;
    stop();
    expect(keys()).toEqual(['offline-report']);
    expect(await outbox.list()).toEqual([]);
  });
});
