import { openKv, type StorageOptions, type StorageProblem } from './idb.js';

export type { StorageProblem } from './idb.js';

/** A photo waiting to be uploaded with its queued case. */
export interface OutboxPhoto {
  blob: Blob;
  name: string;
  type: string;
}

/** A case submission waiting to be sent. */
export interface OutboxItem {
  /** The item's id. @default key */
  id: string;
  /** The submission's idempotency key: sending it twice still files one case. */
  key: string;
  createdAt: number;
  /** The `CaseCreate` input, without attachment ids: photos are uploaded when it is sent. */
  payload: unknown;
  photos: OutboxPhoto[];
  /** Sends started so far, this one included while `send` runs. */
  attempts: number;
  /** The error code of the last failed send. */
  lastError?: string;
}

/** What `enqueue` takes: an item; `id`, `createdAt` and `attempts` are filled in when missing. */
export type NewOutboxItem = Omit<OutboxItem, 'id' | 'createdAt' | 'attempts'> &
  Partial<Pick<OutboxItem, 'id' | 'createdAt' | 'attempts'>>;

/**
 * What became of one item: `sent` (filed, or already filed under its key), `retry` (offline,
 * 5xx, 429: keep it and stop the flush) or `drop` (refused for good, e.g. 422: remove it).
 * A `send` that throws counts as `retry`, with the error's code as `lastError`.
 */
export type SendOutcome = 'sent' | 'retry' | 'drop';

export interface FlushResult {
  sent: number;
  dropped: number;
  /** Items still queued after this flush. */
  left: number;
}

/** Submissions queued until they can be sent, kept in IndexedDB (or memory, see `persistent`). */
export interface Outbox {
  /** Queues a submission; an item with the same id replaces the queued one. */
  enqueue(item: NewOutboxItem): Promise<OutboxItem>;
  /** The queued items, oldest first. */
  list(): Promise<OutboxItem[]>;
  remove(id: string): Promise<void>;
  /**
   * Sends the queued items oldest first, one at a time, and stops at the first `retry`.
   * Never runs twice at once: concurrent calls share one flush, and other tabs wait for it
   * (Web Locks), so an item is sent once.
   */
  flush(send: (item: OutboxItem) => Promise<SendOutcome>): Promise<FlushResult>;
  /**
   * Calls `onOnline` when the connection returns and when the page becomes visible while
   * online: the moments to `flush`. Returns the function that stops watching.
   */
  watch(onOnline: () => void): () => void;
  /** `false` when queued items will not survive a reload; accurate once any call has settled. */
  readonly persistent: boolean;
  /** Why the queue is not persistent: `unavailable`, `blocked`, `quota` or `failed`. */
  readonly problem: StorageProblem | undefined;
  close(): void;
}

const isItem = (v: unknown): v is OutboxItem => {
  const item = v as Partial<OutboxItem> | null;
  return (
    typeof item?.id === 'string' &&
    typeof item.key === 'string' &&
    typeof item.createdAt === 'number' &&
    typeof item.attempts === 'number' &&
    Array.isArray(item.photos) &&
    item.photos.every((p) => p?.blob instanceof Blob)
  );
};

const errorCode = (error: unknown): string => {
  const e = error as { code?: unknown; name?: unknown } | null;
  return String((typeof e?.code === 'string' && e.code) || e?.name || 'error');
};

/**
 * Opens the outbox (database `p311`, store `outbox`).
 *
 * @example
 * const outbox = openOutbox();
 * const flush = () => outbox.flush(sendQueuedCase);
 * const stop = outbox.watch(flush);
 */
export function openOutbox(options: StorageOptions = {}): Outbox {
  const kv = openKv('outbox', options);
  const lockName = `p311-outbox:${options.dbName ?? 'p311'}`;
  let flushing: Promise<FlushResult> | undefined;

  async function list(): Promise<OutboxItem[]> {
    const items = (await kv.getAll()).map(([, value]) => value).filter(isItem);
    return items.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  async function run(send: (item: OutboxItem) => Promise<SendOutcome>): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, dropped: 0, left: 0 };
    const tried = new Set<string>();
    // Re-list until nothing new: an item queued during the flush goes out with it.
    for (;;) {
      const next = (await list()).find((item) => !tried.has(item.id));
      if (!next) break;
      tried.add(next.id);
      // Counted before sending, so an attempt cut short by a closed tab still counts.
      const item = { ...next, attempts: next.attempts + 1 };
      await kv.put(item.id, item);
      let outcome: SendOutcome;
      try {
        outcome = await send(item);
      } catch (error) {
        item.lastError = errorCode(error);
        outcome = 'retry';
      }
      if (outcome === 'retry') {
        await kv.put(item.id, item);
        break;
      }
      await kv.delete(item.id);
      result[outcome === 'sent' ? 'sent' : 'dropped']++;
    }
    result.left = (await list()).length;
    return result;
  }

  function locked(send: (item: OutboxItem) => Promise<SendOutcome>): Promise<FlushResult> {
    if (typeof navigator === 'undefined' || !navigator.locks) return run(send);
    // lib.dom types this as Promise<Promise<T>>; the lock resolves with the callback's value.
    return navigator.locks.request(lockName, () => run(send)) as unknown as Promise<FlushResult>;
  }

  return {
    get persistent() {
      return kv.persistent;
    },
    get problem() {
      return kv.problem;
    },
    async enqueue(input) {
      const item: OutboxItem = {
        ...input,
        id: input.id ?? input.key,
        createdAt: input.createdAt ?? Date.now(),
        attempts: input.attempts ?? 0,
      };
      await kv.put(item.id, item);
      return item;
    },
    list,
    remove: (id) => kv.delete(id),
    flush(send) {
      return (flushing ??= locked(send).finally(() => (flushing = undefined)));
    },
    watch(onOnline) {
      const online = () => onOnline();
      const visible = () => {
        if (document.visibilityState === 'visible' && navigator.onLine) onOnline();
      };
      addEventListener('online', online);
      document.addEventListener('visibilitychange', visible);
      return () => {
        removeEventListener('online', online);
        document.removeEventListener('visibilitychange', visible);
      };
    },
    close: () => kv.close(),
  };
}
