/**
 * A tiny key–value layer over raw IndexedDB, shared by the draft store and the outbox, that
 * falls back to memory when IndexedDB is missing, blocked or full, and says so.
 */

/** Why data will not survive a reload: no IndexedDB, it never opened, the disk is full, or a write failed. */
export type StorageProblem = 'unavailable' | 'blocked' | 'quota' | 'failed';

/** The object stores of the `p311` database; add one here and bump `VERSION`. */
export type StoreName = 'drafts' | 'outbox';
const VERSION = 1;

export interface StorageOptions {
  /** The database's name. @default 'p311' */
  dbName?: string;
  /** The IndexedDB to use; tests pass a broken one. @default globalThis.indexedDB */
  factory?: IDBFactory;
  /** How long to wait for the database to open before using memory instead. @default 3000 */
  openTimeoutMs?: number;
}

export class StorageError extends Error {
  constructor(
    readonly code: StorageProblem,
    options?: ErrorOptions,
  ) {
    super(`IndexedDB: ${code}`, options);
    this.name = 'StorageError';
  }
}

const problemOf = (error: unknown): StorageProblem =>
  error instanceof StorageError
    ? error.code
    : error instanceof DOMException && error.name === 'QuotaExceededError'
      ? 'quota'
      : 'failed';

/** A request's result as a promise. */
export const settle = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new StorageError('failed'));
  });

function openDatabase(
  name: string,
  store: StoreName,
  factory: IDBFactory | undefined,
  timeoutMs: number,
) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    // An open that never settles (another tab holding an old version, a Safari hang) must not
    // leave the form without a store: give up, and close the connection if it opens later.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      reject(new StorageError('blocked'));
    }, timeoutMs);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(
        error instanceof StorageError ? error : new StorageError('unavailable', { cause: error }),
      );
    };

    const attempt = (version?: number) => {
      let request: IDBOpenDBRequest;
      try {
        // Reading `indexedDB` itself throws in sandboxed iframes without allow-same-origin.
        const idb = factory ?? globalThis.indexedDB;
        if (!idb) throw new StorageError('unavailable');
        request = version ? idb.open(name, version) : idb.open(name);
      } catch (error) {
        fail(error);
        return;
      }
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts');
        if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox');
      };
      request.onsuccess = () => {
        const db = request.result;
        if (timedOut || !db.objectStoreNames.contains(store)) {
          db.close();
          fail(new StorageError('unavailable'));
        } else {
          clearTimeout(timer);
          resolve(db);
        }
      };
      request.onerror = () => {
        // A newer widget elsewhere on the site upgraded the database: use it as it is.
        if (version && request.error?.name === 'VersionError') attempt();
        else fail(request.error);
      };
    };
    attempt(VERSION);
  });
}

/** One object store, persistent when it can be, in memory when it cannot. */
export interface KvStore {
  get(key: string): Promise<unknown>;
  getAll(): Promise<[key: string, value: unknown][]>;
  /** Never throws: a failed write moves this store to memory and sets `problem`. */
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Whether what is written here survives a reload; accurate once any call has settled. */
  readonly persistent: boolean;
  /** Why `persistent` is false. */
  readonly problem: StorageProblem | undefined;
  close(): void;
}

const copy = <T>(value: T): T => {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
};

/** Opens `store` of the shared database lazily, on the first call. */
export function openKv(store: StoreName, options: StorageOptions = {}): KvStore {
  const { dbName = 'p311', factory, openTimeoutMs = 3000 } = options;
  // Writes that IndexedDB refused, and deletions it may still hold: both win over what it reads.
  const memory = new Map<string, unknown>();
  const gone = new Set<string>();
  let problem: StorageProblem | undefined;
  let connecting: Promise<IDBDatabase | undefined> | undefined;
  let closed = false;

  const connect = () =>
    (connecting ??= openDatabase(dbName, store, factory, openTimeoutMs).then(
      (db) => {
        if (closed) {
          db.close();
          return undefined;
        }
        // Let another tab upgrade the schema: drop this connection and reopen on the next call.
        db.onversionchange = () => {
          db.close();
          connecting = undefined;
        };
        db.onclose = () => (connecting = undefined);
        return db;
      },
      (error: unknown) => {
        problem ??= problemOf(error);
        return undefined;
      },
    ));

  async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => Promise<T>) {
    const db = await connect();
    if (!db) throw new StorageError(problem ?? 'unavailable');
    const tx = db.transaction(store, mode);
    // A write is only durable once its transaction completes; quota errors surface here.
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new StorageError('failed'));
    });
    let result: Promise<T>;
    try {
      result = op(tx.objectStore(store));
    } catch (error) {
      // A value that cannot be cloned throws before any request exists.
      done.catch(() => undefined);
      tx.abort();
      throw error;
    }
    return (await Promise.all([result, done]))[0];
  }

  return {
    get persistent() {
      return problem === undefined;
    },
    get problem() {
      return problem;
    },
    async get(key) {
      if (memory.has(key)) return copy(memory.get(key));
      if (gone.has(key)) return undefined;
      return run('readonly', (s) => settle(s.get(key))).catch(() => undefined);
    },
    async getAll() {
      const stored = await run('readonly', (s) =>
        Promise.all([settle(s.getAllKeys()), settle(s.getAll())]),
      ).then(
        ([keys, values]) => keys.map((key, i): [string, unknown] => [String(key), values[i]]),
        () => [],
      );
      return [
        ...stored.filter(([key]) => !memory.has(key) && !gone.has(key)),
        ...[...memory].map(([key, value]): [string, unknown] => [key, copy(value)]),
      ];
    },
    async put(key, value) {
      gone.delete(key);
      if (problem === undefined) {
        try {
          await run('readwrite', (s) => settle(s.put(value, key)));
          return;
        } catch (error) {
          problem = problemOf(error);
        }
      }
      memory.set(key, copy(value));
    },
    async delete(key) {
      memory.delete(key);
      // Even in memory mode, try to delete what an earlier, persistent write left behind.
      await run('readwrite', (s) => settle(s.delete(key))).then(
        () => gone.delete(key),
        () => gone.add(key),
      );
    },
    close() {
      closed = true;
      void connecting?.then((db) => db?.close());
      connecting = undefined;
    },
  };
}
