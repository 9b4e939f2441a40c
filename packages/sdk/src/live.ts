/** One update of a live resource. */
export interface LiveEvent<T> {
  /** The SSE `event:` type (`'message'` when the server sent none), or `pollEventType`. */
  type: string;
  /** The SSE `id:` of this event; absent for polled results and events without one. */
  id?: string;
  /** The event's data, as returned by `parse`. */
  data: T;
}

/** The transport a live stream is using: `'closed'` once it has ended. */
export type LiveState = 'connecting' | 'streaming' | 'polling' | 'closed';

/** How to reach a live resource and how patient to be with it. */
export interface LiveOptions<T> {
  /**
   * Opens the SSE stream. Must send `Accept: text/event-stream`, and `Last-Event-ID` when
   * `lastEventId` is given, and pass `signal` to `fetch`.
   */
  connect(init: { lastEventId?: string; signal: AbortSignal }): Promise<Response>;
  /**
   * Fetches the resource once for polling, sending `If-None-Match` when `etag` is given; a
   * 304 means unchanged.
   */
  poll(init: { etag?: string; signal: AbortSignal }): Promise<Response>;
  /**
   * Validates one event's data (already JSON-parsed) for an event type. Throw to reject a
   * bad event: it is skipped and reported to `onError`, and the stream goes on.
   */
  parse(type: string, data: unknown): T;
  /** The event type polled results are reported as, e.g. `'case'` or `'tow'`. */
  pollEventType: string;
  /** Ends the stream: iteration finishes without throwing. */
  signal?: AbortSignal;
  /**
   * Milliseconds without a byte (event or `:` heartbeat comment) after which the connection
   * is considered dead and reopened.
   * @default 45000
   */
  heartbeatTimeout?: number;
  /**
   * First reconnect delay in ms; it doubles per consecutive failure up to `maxDelay`, with
   * full jitter. A server `retry:` field replaces it.
   * @default 1000
   */
  initialDelay?: number;
  /**
   * Longest wait between attempts, in ms.
   * @default 30000
   */
  maxDelay?: number;
  /**
   * Consecutive stream attempts that receive nothing before falling back to polling.
   * @default 3
   */
  maxStreamFailures?: number;
  /**
   * Polling interval in ms.
   * @default 5000
   */
  pollInterval?: number;
  /** Receives non-fatal errors: dropped connections, failed polls, events that fail `parse`. */
  onError?: (error: unknown) => void;
  /** Ends the stream after the first event for which this returns true (e.g. a final status). */
  until?: (event: LiveEvent<T>) => boolean;
  /**
   * Source of randomness for jitter.
   * @default Math.random
   */
  random?: () => number;
}

/**
 * A live resource: iterate it with `for await`, or `subscribe` to it. Each iteration opens
 * its own connection; `break` or the `signal` closes it.
 */
export interface LiveStream<T> extends AsyncIterable<LiveEvent<T>> {
  /**
   * Calls `listener` for each event until the stream ends or `signal` aborts. `onError`
   * receives the fatal error (falling back to the options' `onError`), `onEnd` a clean end.
   * @returns A function that stops the stream; no callback is called after it.
   */
  subscribe(
    listener: (event: LiveEvent<T>) => void,
    handlers?: { onError?(error: unknown): void; onEnd?(): void },
  ): () => void;
  /** The current transport; `'connecting'` before the first iteration starts. */
  readonly state: LiveState;
}

/**
 * A live request answered with an HTTP status it cannot use. Fatal (thrown by the iterator)
 * for 401 and 403, and for 404 while polling; otherwise reported to `onError` and retried.
 */
export class LiveHttpError extends Error {
  readonly code = 'live_http_error';
  readonly status: number;

  constructor(readonly response: Response) {
    super(`Live update request failed with HTTP ${response.status}`);
    this.name = 'LiveHttpError';
    this.status = response.status;
  }
}

/**
 * Follows a resource over Server-Sent Events, resuming with `Last-Event-ID` after a drop,
 * and falls back to ETag polling when streaming is unavailable or keeps failing.
 * @example
 * const updates = live({
 *   connect: ({ lastEventId, signal }) =>
 *     fetch(`${url}/events`, {
 *       headers: { accept: 'text/event-stream', ...(lastEventId && { 'last-event-id': lastEventId }) },
 *       signal,
 *     }),
 *   poll: ({ etag, signal }) => fetch(url, { headers: etag ? { 'if-none-match': etag } : {}, signal }),
 *   parse: (type, data) => z.parse(type === 'case' ? Case : CaseEvent, data),
 *   pollEventType: 'case',
 *   until: (event) => event.data.status === 'cerrado',
 *   signal,
 * });
 * for await (const { data } of updates) render(data);
 */
export function live<T>(options: LiveOptions<T>): LiveStream<T> {
  let state: LiveState = 'connecting';
  const {
    heartbeatTimeout = 45e3,
    initialDelay = 1e3,
    maxDelay = 3e4,
    maxStreamFailures = 3,
    pollInterval = 5e3,
    random = Math.random,
  } = options;
  const report = (error: unknown) => options.onError?.(error);

  async function* run(ac: AbortController): AsyncGenerator<LiveEvent<T>, void, undefined> {
    const { signal } = ac;
    const seen = new Set<string>();
    let lastId = '';
    let etag: string | undefined;
    let base = initialDelay;
    let failures = 0;
    let polling = false;
    state = 'connecting';

    const toEvent = (type: string, text: string, id?: string): LiveEvent<T> | undefined => {
      try {
        return { type, id, data: options.parse(type, JSON.parse(text)) };
      } catch (error) {
        report(error);
      }
    };

    // Each generator below is one attempt; it yields the events of each chunk it receives.
    async function* pollOnce(att: AbortController): AsyncGenerator<LiveEvent<T>[]> {
      state = 'polling';
      const res = await options.poll({ etag, signal: att.signal });
      if (res.status === 304) {
        yield [];
        return;
      }
      if (!res.ok) throw new LiveHttpError(res);
      etag = res.headers.get('etag') ?? undefined;
      const event = toEvent(options.pollEventType, await res.text());
      yield event ? [event] : [];
    }

    async function* streamOnce(att: AbortController): AsyncGenerator<LiveEvent<T>[]> {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(
          () => att.abort(new DOMException(`No data for ${heartbeatTimeout} ms`, 'TimeoutError')),
          heartbeatTimeout,
        );
      };
      const batch: LiveEvent<T>[] = [];
      const feed = sse(
        (type, data, id) => {
          // Committed only with a complete event, so a drop mid-event resumes before it.
          if (id !== undefined) lastId = id;
          if (data === undefined || (id && seen.has(id))) return;
          if (id) seen.add(id);
          const event = toEvent(type, data, id || undefined);
          if (event) batch.push(event);
        },
        (ms) => (base = ms),
      );
      try {
        arm();
        const res = await options.connect({ lastEventId: lastId || undefined, signal: att.signal });
        const isSse = /^\s*text\/event-stream\s*(;|$)/i.test(res.headers.get('content-type') ?? '');
        if ([404, 405, 501].includes(res.status) || (res.ok && !isSse)) {
          polling = true;
          return;
        }
        if (!res.ok || !res.body) throw new LiveHttpError(res);
        state = 'streaming';
        const reader = res.body.getReader();
        // In case `connect` did not hand the signal to fetch, closing still ends the read.
        att.signal.addEventListener('abort', () => reader.cancel().catch(() => {}));
        const decoder = new TextDecoder();
        for (;;) {
          arm();
          const { done, value } = await reader.read();
          // Time the consumer spends on the events is not silence from the server.
          clearTimeout(timer);
          if (done) return att.signal.throwIfAborted();
          feed(decoder.decode(value, { stream: true }));
          yield batch.splice(0);
        }
      } finally {
        clearTimeout(timer);
      }
    }

    try {
      while (!signal.aborted) {
        const wasPolling: boolean = polling;
        const att = child(signal);
        let ok = false;
        try {
          for await (const batch of polling ? pollOnce(att) : streamOnce(att)) {
            ok = true;
            for (const event of batch) {
              if (signal.aborted) return;
              yield event;
            }
          }
        } catch (error) {
          if (signal.aborted) return;
          if (error instanceof LiveHttpError && [401, 403, 404].includes(error.status)) throw error;
          report(error);
        } finally {
          att.abort();
        }
        failures = ok ? 0 : failures + 1;
        if (failures >= maxStreamFailures) polling = true;
        if (polling !== wasPolling) {
          failures = 0;
          continue;
        }
        if (!polling) state = 'connecting';
        await sleep(
          polling && ok
            ? pollInterval
            : random() * Math.min(maxDelay, (polling ? pollInterval : base) * 2 ** failures),
          signal,
        );
      }
    } finally {
      state = 'closed';
      ac.abort();
    }
  }

  // `until` lives outside `run` so that an exception it throws reaches the consumer instead
  // of being taken for a transport failure.
  async function* iterate(ac: AbortController): AsyncGenerator<LiveEvent<T>, void, undefined> {
    for await (const event of run(ac)) {
      yield event;
      if (options.until?.(event)) return;
    }
  }

  return {
    get state() {
      return state;
    },
    [Symbol.asyncIterator]: () => iterate(child(options.signal)),
    subscribe(listener, handlers = {}) {
      const ac = child(options.signal);
      let stopped = false;
      void (async () => {
        try {
          for await (const event of iterate(ac)) {
            if (ac.signal.aborted) break;
            listener(event);
          }
          if (!stopped) handlers.onEnd?.();
        } catch (error) {
          if (!stopped) (handlers.onError ?? report)(error);
        }
      })();
      return () => {
        stopped = true;
        ac.abort();
      };
    },
  };
}

/**
 * An incremental `text/event-stream` parser (WHATWG HTML, "Server-sent events"): feed it
 * decoded text in chunks split anywhere. At each blank line it calls `dispatch` with the
 * block's type, data (undefined when the block had no `data:` field) and `id:`.
 */
function sse(
  dispatch: (type: string, data: string | undefined, id: string | undefined) => void,
  retry: (ms: number) => void,
): (chunk: string) => void {
  let rest = '';
  let skipLF = false;
  let type = '';
  let data: string | undefined;
  let id: string | undefined;
  return (chunk) => {
    // A decoder yields '' for a partial code point: that must not forget a pending CR.
    if (!chunk) return;
    // A CRLF split across chunks: the CR already ended the line.
    if (skipLF && chunk[0] === '\n') chunk = chunk.slice(1);
    skipLF = chunk.endsWith('\r');
    const lines = (rest + chunk).split(/\r\n|\r|\n/);
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (!line) {
        dispatch(type || 'message', data, id);
        type = '';
        data = id = undefined;
        continue;
      }
      const colon = line.indexOf(':');
      if (colon === 0) continue;
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value[0] === ' ') value = value.slice(1);
      if (field === 'data') data = data === undefined ? value : `${data}\n${value}`;
      else if (field === 'event') type = value;
      else if (field === 'id' && !value.includes('\0')) id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) retry(+value);
    }
  };
}

/** An AbortController that also aborts with `parent`, and lets go of it once aborted. */
function child(parent?: AbortSignal): AbortController {
  const ac = new AbortController();
  if (!parent) return ac;
  const abort = () => ac.abort(parent.reason);
  parent.addEventListener('abort', abort);
  ac.signal.addEventListener('abort', () => parent.removeEventListener('abort', abort));
  if (parent.aborted) abort();
  return ac;
}

/** Resolves after `ms`, or at once when `signal` aborts, leaving no timer behind. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, signal.aborted ? 0 : ms);
    signal.addEventListener('abort', done);
  });
}
