import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { live, LiveHttpError, type LiveEvent, type LiveOptions } from './live.js';

const CASE_URL = 'https://api.311.test/v1/cases/311-2026-000123';
const EVENTS_URL = `${CASE_URL}/events`;
const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8' };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const caseJson = (status: string, etag: string) => () =>
  HttpResponse.json({ status }, { headers: { etag } });

/** The server side of one SSE response, written by the test. */
function sseBody() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => void (open = false),
  });
  return {
    body,
    send(chunk: string | Uint8Array) {
      if (open) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
    },
    close() {
      if (open) controller.close();
      open = false;
    },
    drop() {
      if (open) controller.error(new TypeError('connection reset'));
      open = false;
    },
    get open() {
      return open;
    },
  };
}
type SseBody = ReturnType<typeof sseBody>;

/**
 * Serves the events endpoint: the nth connection is driven by the nth script; later ones
 * stay open and silent. Returns the requests received.
 */
function serveEvents(...scripts: ((body: SseBody) => unknown)[]) {
  const requests: Request[] = [];
  server.use(
    http.get(EVENTS_URL, ({ request }) => {
      requests.push(request);
      const body = sseBody();
      void scripts.shift()?.(body);
      return new HttpResponse(body.body, { headers: SSE_HEADERS });
    }),
  );
  return { requests };
}

/** Serves the resource for polling, one response per request; records the requests. */
function servePolls(...responses: (() => Response)[]) {
  const requests: Request[] = [];
  server.use(
    http.get(CASE_URL, ({ request }) => {
      requests.push(request);
      return (responses.shift() ?? (() => new HttpResponse(null, { status: 304 })))();
    }),
  );
  return requests;
}

function options(overrides: Partial<LiveOptions<unknown>> = {}): LiveOptions<unknown> {
  return {
    connect: ({ lastEventId, signal }) =>
      fetch(EVENTS_URL, {
        headers: {
          accept: 'text/event-stream',
          ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
        },
        signal,
      }),
    poll: ({ etag, signal }) =>
      fetch(CASE_URL, { headers: etag === undefined ? {} : { 'if-none-match': etag }, signal }),
    parse: (_type, data) => data,
    pollEventType: 'case',
    initialDelay: 5,
    pollInterval: 10,
    random: () => 1,
    ...overrides,
  };
}

async function take<T>(stream: AsyncIterable<T>, count: number): Promise<T[]> {
  const taken: T[] = [];
  for await (const item of stream) {
    taken.push(item);
    if (taken.length === count) break;
  }
  return taken;
}

const lastEventIds = (requests: Request[]) => requests.map((r) => r.headers.get('last-event-id'));

describe('live: streaming', () => {
  it('parses events, multi-line data, ids and comments; drops an unterminated final event', async () => {
    const { requests } = serveEvents(
      (body) => {
        body.send(
          ': welcome\n\n' +
            'event: status\nid: 7\ndata: {"status":\ndata: "recibido"}\n\n' +
            'data: "no type, no id"\n\n' +
            'id: bad\0id\ndata: "id with NUL is ignored"\n\n' +
            'retry: soon\ndata:"no space after the colon"\n\n' +
            'data: "never terminated"',
        );
        body.close();
      },
      (body) => body.send('data: "after reconnecting"\n\n'),
    );
    const events = await take(live(options()), 5);
    expect(events).toEqual([
      { type: 'status', id: '7', data: { status: 'recibido' } },
      { type: 'message', data: 'no type, no id' },
      { type: 'message', data: 'id with NUL is ignored' },
      { type: 'message', data: 'no space after the colon' },
      { type: 'message', data: 'after reconnecting' },
    ]);
    expect(requests[0]?.headers.get('accept')).toBe('text/event-stream');
    expect(lastEventIds(requests)).toEqual([null, '7']);
  });

  const message = new TextEncoder().encode(
    '\uFEFFevent: status\r\nid: 1\r\ndata: {"note":\r\ndata: "señal ✓"}\r\n\r\n' +
      'data: 2\n\n' +
      'data: 3\r\r',
  );
  const expected = [
    { type: 'status', id: '1', data: { note: 'señal ✓' } },
    { type: 'message', data: 2 },
    { type: 'message', data: 3 },
  ];

  it('handles a BOM and CRLF, LF and CR line endings split at every byte', async () => {
    for (let at = 0; at <= message.length; at++) {
      serveEvents((body) => {
        body.send(message.slice(0, at));
        body.send(message.slice(at));
      });
      expect(await take(live(options()), 3), `split at byte ${at}`).toEqual(expected);
    }
  });

  it('handles a message sent one byte at a time', async () => {
    serveEvents(async (body) => {
      for (const byte of message) {
        body.send(Uint8Array.of(byte));
        await wait(0);
      }
    });
    expect(await take(live(options()), 3)).toEqual(expected);
  });

  it('keeps a connection that only sends heartbeat comments', async () => {
    const { requests } = serveEvents(async (body) => {
      for (let i = 0; i < 10; i++) {
        body.send(':\n');
        await wait(20);
      }
      body.send('data: "still here"\n\n');
    });
    const onError = vi.fn();
    const events = await take(live(options({ heartbeatTimeout: 150, onError })), 1);
    expect(events).toEqual([{ type: 'message', data: 'still here' }]);
    expect(requests).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('reopens a connection silent for longer than heartbeatTimeout, resuming after the last id', async () => {
    const { requests } = serveEvents(
      (body) => body.send('id: 1\ndata: 1\n\n'),
      (body) => body.send('id: 2\ndata: 2\n\n'),
    );
    const onError = vi.fn();
    const events = await take(live(options({ heartbeatTimeout: 50, onError })), 2);
    expect(events.map((e) => e.data)).toEqual([1, 2]);
    expect(lastEventIds(requests)).toEqual([null, '1']);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'TimeoutError' }));
    expect(requests[0]?.signal.aborted).toBe(true);
  });

  it('resumes a dropped stream with Last-Event-ID, losing and repeating nothing', async () => {
    const events = ['1', '2', '3', '4', '5'].map((id) => `id: ${id}\ndata: ${id}\n\n`);
    // Replays from the Last-Event-ID inclusive, an off-by-one the client must absorb.
    const replay = (from: number, to: number) => (body: SseBody) => {
      body.send(events.slice(from, to).join(''));
      return body;
    };
    const { requests } = serveEvents(
      (body) => {
        // The connection closes in the middle of event 3: its id was read but not its end.
        replay(0, 2)(body).send('id: 3\ndata: 3\n');
        body.close();
      },
      async (body) => {
        replay(1, 3)(body);
        await wait(10); // erroring a stream discards what is still queued
        body.drop();
      },
      (body) => replay(2, 5)(body),
    );
    const onError = vi.fn();
    const received = await take(live(options({ onError })), 5);
    expect(received.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(lastEventIds(requests)).toEqual([null, '2', '3']);
    expect(onError).toHaveBeenCalledTimes(1); // the reset connection; a clean close is routine
  });

  it('waits the server retry: interval instead of initialDelay before reconnecting', async () => {
    let closedAt = 0;
    const { requests } = serveEvents(
      (body) => {
        body.send('retry: 40\n\n');
        body.close();
        closedAt = performance.now();
      },
      (body) => body.send('data: "back"\n\n'),
    );
    const reconnectedAt = vi.fn(() => performance.now());
    const stream = live(
      options({
        initialDelay: 60_000,
        connect: (init) => (reconnectedAt(), options().connect(init)),
      }),
    );
    expect(await take(stream, 1)).toEqual([{ type: 'message', data: 'back' }]);
    expect(requests).toHaveLength(2);
    const waited = (reconnectedAt.mock.results[1]?.value as number) - closedAt;
    expect(waited).toBeGreaterThanOrEqual(35);
    expect(waited).toBeLessThan(1000);
  });

  it('skips and reports a malformed event, then goes on', async () => {
    serveEvents((body) =>
      body.send(
        'data: {"status": \n\n' +
          'event: status\ndata: {"status": 42}\n\n' +
          'event: status\ndata: {"status": "cerrado"}\n\n',
      ),
    );
    const onError = vi.fn();
    const parse = (_type: string, data: unknown) => {
      if (typeof (data as { status?: unknown }).status !== 'string') throw new TypeError('bad');
      return data;
    };
    const events = await take(live(options({ parse, onError })), 1);
    expect(events).toEqual([{ type: 'status', data: { status: 'cerrado' } }]);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenNthCalledWith(1, expect.any(SyntaxError));
    expect(onError).toHaveBeenNthCalledWith(2, new TypeError('bad'));
  });

  it('reports its transport in state', async () => {
    serveEvents((body) => body.send('data: 1\n\n'));
    const stream = live(options());
    expect(stream.state).toBe('connecting');
    for await (const _event of stream) {
      expect(stream.state).toBe('streaming');
      break;
    }
    expect(stream.state).toBe('closed');
  });
});

describe('live: polling', () => {
  it('polls with If-None-Match when the endpoint answers JSON; a 304 yields nothing', async () => {
    const stream = { connects: 0 };
    server.use(
      http.get(EVENTS_URL, () => {
        stream.connects++;
        return HttpResponse.json({ status: 'recibido' });
      }),
    );
    const polls = servePolls(
      caseJson('recibido', '"v1"'),
      () => new HttpResponse(null, { status: 304 }),
      caseJson('en_proceso', '"v2"'),
    );
    const updates = live(options());
    const events: LiveEvent<unknown>[] = [];
    for await (const event of updates) {
      expect(updates.state).toBe('polling');
      events.push(event);
      if (events.length === 2) break;
    }
    expect(events).toEqual([
      { type: 'case', data: { status: 'recibido' } },
      { type: 'case', data: { status: 'en_proceso' } },
    ]);
    expect(stream.connects).toBe(1);
    expect(polls.map((r) => r.headers.get('if-none-match'))).toEqual([null, '"v1"', '"v1"']);
  });

  it.each([404, 405, 501])('polls when the events endpoint answers %i', async (status) => {
    server.use(http.get(EVENTS_URL, () => new HttpResponse(null, { status })));
    servePolls(caseJson('recibido', '"v1"'));
    const onError = vi.fn();
    expect(await take(live(options({ onError })), 1)).toEqual([
      { type: 'case', data: { status: 'recibido' } },
    ]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('polls after maxStreamFailures consecutive failed stream attempts', async () => {
    const attempts = [
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.error(),
      // Opens, then closes without a byte: as good as a failure.
      () =>
        new HttpResponse(new ReadableStream({ start: (c) => c.close() }), { headers: SSE_HEADERS }),
    ];
    let connects = 0;
    server.use(
      http.get(EVENTS_URL, () => {
        connects++;
        return (attempts.shift() ?? (() => HttpResponse.error()))();
      }),
    );
    servePolls(caseJson('recibido', '"v1"'));
    const onError = vi.fn();
    const events = await take(live(options({ onError })), 1);
    expect(events).toEqual([{ type: 'case', data: { status: 'recibido' } }]);
    expect(connects).toBe(3);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenNthCalledWith(1, expect.any(LiveHttpError));
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ status: 503 });
    expect(onError).toHaveBeenNthCalledWith(2, expect.any(TypeError));
  });

  it('reports failed polls and keeps polling', async () => {
    server.use(http.get(EVENTS_URL, () => new HttpResponse(null, { status: 404 })));
    const polls = servePolls(
      () => new HttpResponse(null, { status: 500 }),
      () => HttpResponse.error(),
      () => new HttpResponse('{not json', { headers: { 'content-type': 'application/json' } }),
      caseJson('cerrado', '"v9"'),
    );
    const onError = vi.fn();
    const events = await take(live(options({ onError })), 1);
    expect(events).toEqual([{ type: 'case', data: { status: 'cerrado' } }]);
    expect(polls).toHaveLength(4);
    expect(onError.mock.calls.map(([error]) => (error as Error).constructor)).toEqual([
      LiveHttpError,
      TypeError,
      SyntaxError,
    ]);
  });
});

describe('live: fatal errors', () => {
  it.each([401, 403])('throws a LiveHttpError when the stream answers %i', async (status) => {
    let connects = 0;
    server.use(
      http.get(EVENTS_URL, () => {
        connects++;
        return HttpResponse.json({ title: 'no' }, { status });
      }),
    );
    const stream = live(options());
    const error = await take(stream, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LiveHttpError);
    expect(error).toMatchObject({ status, code: 'live_http_error', response: { status } });
    expect(stream.state).toBe('closed');
    await wait(30);
    expect(connects).toBe(1);
  });

  it.each([401, 403, 404])('throws a LiveHttpError when a poll answers %i', async (status) => {
    server.use(http.get(EVENTS_URL, () => HttpResponse.json({})));
    const polls = servePolls(
      caseJson('recibido', '"v1"'),
      () => new HttpResponse(null, { status }),
    );
    const received: unknown[] = [];
    const error = await (async () => {
      for await (const event of live(options())) received.push(event.data);
    })().catch((e: unknown) => e);
    expect(received).toEqual([{ status: 'recibido' }]);
    expect(error).toMatchObject({ name: 'LiveHttpError', status });
    await wait(30);
    expect(polls).toHaveLength(2);
  });
});

describe('live: ending', () => {
  it('ends cleanly when the signal aborts, closing the connection and making no more requests', async () => {
    const { requests } = serveEvents((body) => body.send('data: 1\n\n'));
    const controller = new AbortController();
    const stream = live(options({ signal: controller.signal }));
    const received: unknown[] = [];
    const done = (async () => {
      for await (const event of stream) {
        received.push(event.data);
        setTimeout(() => controller.abort(), 10);
      }
    })();
    await expect(done).resolves.toBeUndefined();
    expect(received).toEqual([1]);
    expect(stream.state).toBe('closed');
    expect(requests[0]?.signal.aborted).toBe(true);
    await wait(50);
    expect(requests).toHaveLength(1);
  });

  it('ends cleanly when the signal aborts during a reconnect delay', async () => {
    const { requests } = serveEvents((body) => body.close());
    const controller = new AbortController();
    const onError = vi.fn(() => controller.abort());
    const stream = live(options({ signal: controller.signal, initialDelay: 60_000, onError }));
    setTimeout(() => controller.abort(), 30);
    await expect(take(stream, 1)).resolves.toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('does not start when the signal is already aborted', async () => {
    const connect = vi.fn(options().connect);
    const stream = live(options({ connect, signal: AbortSignal.abort() }));
    await expect(take(stream, 1)).resolves.toEqual([]);
    expect(connect).not.toHaveBeenCalled();
    expect(stream.state).toBe('closed');
  });

  it('closes the connection when the consumer breaks out of for await', async () => {
    const { requests } = serveEvents((body) => body.send('data: 1\n\ndata: 2\n\n'));
    expect(await take(live(options()), 1)).toEqual([{ type: 'message', data: 1 }]);
    expect(requests[0]?.signal.aborted).toBe(true);
    await wait(30);
    expect(requests).toHaveLength(1);
  });

  it('stops after the event until() accepts', async () => {
    const { requests } = serveEvents((body) =>
      body.send(
        ['recibido', 'en_proceso', 'cerrado', 'reabierto']
          .map((status) => `event: status\ndata: {"status": "${status}"}\n\n`)
          .join(''),
      ),
    );
    const stream = live(
      options({ until: (event) => (event.data as { status: string }).status === 'cerrado' }),
    );
    const statuses: unknown[] = [];
    for await (const event of stream) statuses.push((event.data as { status: string }).status);
    expect(statuses).toEqual(['recibido', 'en_proceso', 'cerrado']);
    expect(stream.state).toBe('closed');
    expect(requests[0]?.signal.aborted).toBe(true);
    await wait(30);
    expect(requests).toHaveLength(1);
  });

  it('passes an exception thrown by until() to the consumer', async () => {
    serveEvents((body) => body.send('data: 1\n\n'));
    const oops = new Error('oops');
    const stream = live(
      options({
        until: () => {
          throw oops;
        },
      }),
    );
    await expect(take(stream, 2)).rejects.toBe(oops);
    expect(stream.state).toBe('closed');
  });

  it('leaves no timer behind after an abort while streaming or polling', async () => {
    vi.useFakeTimers();
    const body = sseBody();
    const controller = new AbortController();
    const stream = live({
      ...options({ signal: controller.signal }),
      // Local responses: fake timers and no network, so every timer counted is live's.
      connect: async () => new Response(body.body, { headers: SSE_HEADERS }),
    });
    const it = stream[Symbol.asyncIterator]();
    const next = it.next();
    body.send('data: 1\n\n');
    await expect(next).resolves.toEqual({ done: false, value: { type: 'message', data: 1 } });
    const pending = it.next();
    await vi.advanceTimersByTimeAsync(10);
    expect(vi.getTimerCount()).toBe(1); // the heartbeat timeout
    controller.abort();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(vi.getTimerCount()).toBe(0);
    expect(body.open).toBe(false);

    const polling = new AbortController();
    const poll = vi.fn(async () => new Response(null, { status: 304 }));
    const polled = live({
      ...options({ signal: polling.signal, poll }),
      connect: async () => new Response(null, { status: 404 }),
    });
    const ended = take(polled, 1);
    await vi.advanceTimersByTimeAsync(35);
    expect(poll).toHaveBeenCalledTimes(4);
    polling.abort();
    await expect(ended).resolves.toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(poll).toHaveBeenCalledTimes(4);
  });
});

describe('live: subscribe', () => {
  it('calls the listener for each event and onEnd when until() ends it', async () => {
    serveEvents((body) => body.send('data: 1\n\ndata: 2\n\ndata: 3\n\n'));
    const listener = vi.fn();
    await new Promise<void>((onEnd) =>
      live(options({ until: (event) => event.data === 2 })).subscribe(listener, { onEnd }),
    );
    expect(listener.mock.calls.map(([event]) => (event as LiveEvent<unknown>).data)).toEqual([
      1, 2,
    ]);
  });

  it('stops when its stop function is called: no more events, callbacks or requests', async () => {
    let serverGoesOn!: () => void;
    const { requests } = serveEvents(async (body) => {
      body.send('data: 1\n\n');
      await new Promise<void>((resolve) => (serverGoesOn = resolve));
      body.send('data: 2\n\n');
    });
    const onEnd = vi.fn();
    const onError = vi.fn();
    const listener = vi.fn();
    const updates = live(options());
    const stop = updates.subscribe(listener, { onEnd, onError });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    stop();
    serverGoesOn();
    await wait(50);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(onEnd).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(requests[0]?.signal.aborted).toBe(true);
    expect(requests).toHaveLength(1);
    expect(updates.state).toBe('closed');
  });

  it('passes a fatal error to onError', async () => {
    server.use(http.get(EVENTS_URL, () => new HttpResponse(null, { status: 401 })));
    const error = await new Promise((onError) => live(options()).subscribe(() => {}, { onError }));
    expect(error).toMatchObject({ status: 401 });
  });
});
