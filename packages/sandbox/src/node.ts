import { createReadStream } from 'node:fs';
import { mkdir, open as openFile, readFile, rename, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
import type { World } from './world.js';

export * from './index.js';

/** How the HTTP server runs. */
export interface ServeOptions extends SandboxOptions {
  /** @default 4311 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** A folder served as static files at `/` (the demo's example pages). */
  staticDir?: string;
  /** More folders served under a path prefix, e.g. `{ '/cdn/sdk': 'packages/sdk/dist/browser' }`. */
  mounts?: Record<string, string>;
  /** Keep filed cases and tows in this JSON file across restarts. */
  dataFile?: string;
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'authorization, content-type, accept, accept-language, idempotency-key, p311-tracking-token, last-event-id, if-none-match, p311-fault',
  'access-control-expose-headers':
    'etag, retry-after, location, idempotent-replayed, content-language',
  'access-control-max-age': '600',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * Serves the sandbox over real HTTP: the API under `/v1`, CORS for local pages, streaming
 * event streams, static files, and graceful shutdown.
 */
export async function serve(options: ServeOptions = {}) {
  const sandbox = createSandbox(options);
  const persistence = options.dataFile ? await persist(sandbox.world, options.dataFile) : undefined;
  // Longest prefix first, so `/cdn/sdk` wins over `/`.
  const roots = Object.entries({
    ...options.mounts,
    ...(options.staticDir ? { '/': options.staticDir } : {}),
  })
    .map(([prefix, dir]) => [prefix.replace(/\/+$/, '') + '/', resolve(dir)] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('p311-sandbox: request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const api =
      url.pathname.startsWith('/v1/') ||
      url.pathname.startsWith('/__sandbox/') ||
      url.pathname.startsWith('/open311/');
    if (api && req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (!api) {
      await serveStatic(url.pathname, res);
      return;
    }
    if (url.pathname.startsWith('/__sandbox/')) {
      control(url, req, res, sandbox);
      return;
    }
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && name !== 'x-p311-client')
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // The client identity for rate limits comes from the socket, never from a header.
    headers.set('x-p311-client', req.socket.remoteAddress ?? 'unknown');
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method,
      headers,
      signal: controller.signal,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
    } as RequestInit);
    const response = await getResponse(sandbox.handlers, request);
    if (!response) {
      res.writeHead(404, CORS_HEADERS).end();
      return;
    }
    const out: Record<string, string> = { ...CORS_HEADERS };
    response.headers.forEach((value, name) => (out[name] = value));
    res.writeHead(response.status, out);
    if (!response.body) {
      res.end();
      return;
    }
    res.flushHeaders();
    const reader = response.body.getReader();
    res.on('close', () => void reader.cancel().catch(() => {}));
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!res.write(value)) await new Promise((r) => res.once('drain', r));
      }
    } catch {
      // The client went away mid-stream.
    }
    res.end();
  }

  async function serveStatic(pathname: string, res: ServerResponse) {
    const mount = roots.find(
      ([prefix]) => pathname.startsWith(prefix) || pathname + '/' === prefix,
    );
    if (!mount) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const [prefix, staticRoot] = mount;
    let path: string;
    try {
      path = normalize(join(staticRoot, decodeURIComponent(pathname.slice(prefix.length - 1))));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== staticRoot && !path.startsWith(staticRoot + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      await stat(path);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(path).pipe(res);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 4311, options.host ?? '127.0.0.1', () => ok());
  });
  const address = server.address() as AddressInfo;

  return {
    sandbox,
    server,
    url: `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`,
    /** Stops accepting connections, ends event streams, saves data, then resolves. */
    async close() {
      sandbox.close();
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      for (const socket of sockets) socket.destroySoon();
      setTimeout(() => sockets.forEach((s) => s.destroy()), 1000).unref();
      await closed;
      await persistence?.flush();
    },
  };
}

/** The sandbox's own controls for tests and demos: clock, fleet, health. Not part of the 311 API. */
function control(url: URL, req: IncomingMessage, res: ServerResponse, sandbox: Sandbox) {
  const world = sandbox.world;
  const reply = (body: unknown, status = 200) =>
    res
      .writeHead(status, { 'content-type': 'application/json', ...CORS_HEADERS })
      .end(JSON.stringify(body));
  const state = () => ({
    now: new Date(world.now()).toISOString(),
    speed: world.clock.speed,
    seed: world.seed,
    fleet: world.fleet,
    cases: world.cases.size,
    tows: world.tows.size,
    openStreams: sandbox.openStreamCount(),
  });
  if (url.pathname === '/__sandbox/health') return reply(state());
  if (req.method === 'POST' && url.pathname === '/__sandbox/advance') {
    const minutes = Number(url.searchParams.get('minutes') ?? 0);
    if (!(minutes >= 0 && minutes <= 60 * 24 * 365))
      return reply({ error: 'minutes must be 0–525600' }, 400);
    sandbox.advance(minutes * 60_000);
    return reply(state());
  }
  if (req.method === 'POST' && url.pathname === '/__sandbox/fleet') {
    world.fleet = url.searchParams.get('on') !== 'false';
    return reply(state());
  }
  return reply({ error: 'unknown control' }, 404);
}

/** What is saved: the cases and tows filed since the seed, and the clock. */
interface Saved {
  version: 1;
  seed: number;
  now: number;
  cases: unknown[];
  tows: unknown[];
}

/**
 * Loads `file` into the world if it exists, then saves every change to it, atomically (a
 * temporary file, fsync, rename): a crash leaves the old file or the new one, never half.
 */
export async function persist(world: World, file: string) {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as Saved;
    if (saved.version === 1 && saved.seed === world.seed) world.restore(saved);
    else
      console.warn(`p311-sandbox: ${file} was written for another seed or version; starting fresh`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.warn(
        `p311-sandbox: could not read ${file} (${(error as Error).message}); starting fresh and keeping it as ${file}.bad`,
      );
      await rename(file, `${file}.bad`).catch(() => {});
    }
  }
  let pending: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = async () => {
    const data: Saved = { version: 1, seed: world.seed, now: world.now(), ...world.dump() };
    await mkdir(dirname(resolve(file)), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    const handle = await openFile(tmp, 'w');
    try {
      await handle.writeFile(JSON.stringify(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      pending = pending
        .then(write)
        .catch((e: unknown) => console.error('p311-sandbox: save failed', e));
    }, 200);
  };
  world.onChange(schedule);
  return {
    async flush() {
      clearTimeout(timer);
      pending = pending.then(write);
      await pending;
    },
  };
}
