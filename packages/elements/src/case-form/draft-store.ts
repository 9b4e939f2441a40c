import { openKv, type StorageOptions, type StorageProblem } from './idb.js';

export type { StorageProblem } from './idb.js';

/** A photo kept with a draft: a prepared photo without its object URL, which dies with the page. */
export interface DraftPhoto {
  id: string;
  name: string;
  type: string;
  blob: Blob;
  width: number;
  height: number;
  originalBytes: number;
  /** A small `data:` JPEG to show it; never an object URL, which dies with the page. */
  thumbnailUrl?: string;
}

/** Everything a citizen has entered so far, restored after a reload. */
export interface Draft {
  version: 1;
  /** `Date.now()` when saved: the form may offer to discard an old draft. */
  savedAt: number;
  /** The form step the citizen was on. */
  step: number;
  /** Description, answers, location, contact…: anything structured-cloneable. */
  data: Record<string, unknown>;
  photos: DraftPhoto[];
  /** Kept so a retry after a reload still cannot file the case twice. */
  idempotencyKey?: string;
}

/** Drafts by key; `persistent` says whether they survive a reload. */
export interface DraftStore {
  /** The saved draft, or `undefined` when there is none or it is unreadable (then it is deleted). */
  load(key: string): Promise<Draft | undefined>;
  /** Saves over the previous draft. Never throws: on failure the draft is kept in memory. */
  save(key: string, draft: Draft): Promise<void>;
  /** Forgets the draft, e.g. once the case is filed. */
  clear(key: string): Promise<void>;
  /** `false` when drafts will not survive a reload; accurate once any call has settled. */
  readonly persistent: boolean;
  /** Why drafts are not persistent: `unavailable`, `blocked`, `quota` or `failed`. */
  readonly problem: StorageProblem | undefined;
  close(): void;
}

/** The key a form uses for its draft: one draft per page origin and form scope. */
export const draftKey = (scope: { entity?: string | undefined; service?: string | undefined }) =>
  `case-form:${location.origin}:${scope.entity ?? 'all'}:${scope.service ?? ''}`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isPhoto = (p: unknown): p is DraftPhoto =>
  isRecord(p) &&
  typeof p.id === 'string' &&
  typeof p.name === 'string' &&
  typeof p.type === 'string' &&
  p.blob instanceof Blob &&
  typeof p.width === 'number' &&
  typeof p.height === 'number' &&
  typeof p.originalBytes === 'number' &&
  (p.thumbnailUrl === undefined ||
    (typeof p.thumbnailUrl === 'string' && p.thumbnailUrl.startsWith('data:image/')));

/** Whether a stored value is a draft this code can restore; anything else is discarded. */
export const isDraft = (v: unknown): v is Draft =>
  isRecord(v) &&
  v.version === 1 &&
  typeof v.savedAt === 'number' &&
  typeof v.step === 'number' &&
  isRecord(v.data) &&
  Array.isArray(v.photos) &&
  v.photos.every(isPhoto) &&
  (v.idempotencyKey === undefined || typeof v.idempotencyKey === 'string');

/**
 * Opens the draft store in IndexedDB (database `p311`, store `drafts`), or in memory when
 * IndexedDB is missing, blocked or full. Debouncing saves is the caller's job.
 *
 * @example
 * const drafts = openDraftStore();
 * const draft = await drafts.load(draftKey({ entity }));
 * if (!drafts.persistent) showNotice(strings.draftNotSaved);
 */
export function openDraftStore(options?: StorageOptions): DraftStore {
  const kv = openKv('drafts', options);
  return {
    get persistent() {
      return kv.persistent;
    },
    get problem() {
      return kv.problem;
    },
    async load(key) {
      const value = await kv.get(key);
      if (value === undefined || isDraft(value)) return value;
      // A newer widget on another page of the site may have saved it: leave that one alone.
      const version = (value as { version?: unknown } | null)?.version;
      if (!(typeof version === 'number' && version > 1)) await kv.delete(key);
      return undefined;
    },
    save(key, draft) {
      // Only the known fields: an object URL or a stray reference must not reach the disk.
      const photos = draft.photos.map(
        ({ id, name, type, blob, width, height, originalBytes, thumbnailUrl }) => ({
          id,
          name,
          type,
          blob,
          width,
          height,
          originalBytes,
          ...(thumbnailUrl?.startsWith('data:image/') ? { thumbnailUrl } : {}),
        }),
      );
      return kv.put(key, { ...draft, version: 1, photos });
    },
    clear: (key) => kv.delete(key),
    close: () => kv.close(),
  };
}
