// Node side of the browser tests' commands (see fleet.ts): the operator API needs a secret
// key, which the SDK refuses in a page, so the browser asks Node to drive the trucks.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createOperatorClient, type OperatorClient } from '@panama311/sdk/operator';
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';
import type { FleetCommands } from './fleet.js';

type Commands = {
  [K in keyof FleetCommands]: BrowserCommand<
    Parameters<FleetCommands[K]>,
    Awaited<ReturnType<FleetCommands[K]>>
  >;
};

const FEED_SCRIPT = fileURLToPath(
  new URL('../../../examples/tow-fleet-feed/index.mjs', import.meta.url),
);
const SECRET_KEY = 'sk_test_tow_widget';
const clients = new Map<string, OperatorClient>();
let feed: { child: ChildProcess; output: string; done: Promise<number | null> } | undefined;
let serial = 0;

function operator(ctx: BrowserCommandContext, sandbox: 'fleet' | 'feed'): OperatorClient {
  const provided = ctx.project.getProvidedContext();
  const baseUrl = sandbox === 'fleet' ? provided.sandboxUrl : provided.feedSandboxUrl;
  let client = clients.get(baseUrl);
  if (!client)
    clients.set(baseUrl, (client = createOperatorClient({ apiKey: SECRET_KEY, baseUrl })));
  return client;
}

/** A plate, ticket and cédula no other test uses. */
function fresh() {
  serial++;
  const n = String((process.pid * 7 + serial * 131) % 10_000).padStart(4, '0');
  return {
    plate: `TW${n}${serial % 10}`,
    ticket: `0${String(70_000_000 + serial * 1_009 + (process.pid % 997)).padStart(8, '0')}`,
    cedula: `8-${700 + serial}-${1000 + (process.pid % 9000)}`,
  };
}

const ORDER = ['requested', 'dispatched', 'towing', 'at_yard', 'released'] as const;

export const commands: Commands = {
  async createTow(ctx, options) {
    const ops = operator(ctx, options.sandbox);
    const ids = fresh();
    const at = options.at ?? {
      lat: 8.9858,
      lng: -79.5199,
      address: 'Vía España, frente a El Rey',
    };
    const tow = await ops.tows.create({
      plate: ids.plate,
      ticketNumber: ids.ticket,
      ownerCedula: ids.cedula,
      vehicle: { make: 'Kia', model: 'Picanto', color: 'Rojo', type: 'sedán' },
      infraction: { code: 'EST-02', description: 'Estacionado en doble fila' },
      location: at,
    });
    if (options.sandbox === 'feed' && options.status && options.status !== 'requested') {
      const [company] = await ops.companies.list();
      await ops.tows.assign(tow.id, {
        companyId: company!.id,
        ...(options.yardId ? { yardId: options.yardId } : {}),
      });
      for (const status of ORDER.slice(1, ORDER.indexOf(options.status) + 1)) {
        await ops.tows.setStatus(tow.id, { status });
      }
      if (options.truck && (options.status === 'dispatched' || options.status === 'towing')) {
        await ops.tows.pushPositions(tow.id, [{ ...options.truck, at: new Date().toISOString() }]);
      }
    }
    return { id: tow.id, ...ids };
  },

  async pushPositions(ctx, { id, positions, intervalMs }) {
    const ops = operator(ctx, 'feed');
    const sent: ((typeof positions)[number] & { sentAt: number })[] = [];
    for (const p of positions) {
      await new Promise((r) => setTimeout(r, intervalMs));
      const sentAt = Date.now();
      await ops.tows.pushPositions(id, [{ ...p, at: new Date(sentAt).toISOString() }]);
      sent.push({ ...p, sentAt });
    }
    return { sent };
  },

  async setTowStatus(ctx, { id, status }) {
    await operator(ctx, 'feed').tows.setStatus(id, { status });
  },

  async startFleetFeed(ctx, options) {
    if (feed) throw new Error('a fleet feed is already running');
    const child = spawn(process.execPath, [FEED_SCRIPT], {
      env: {
        ...process.env,
        P311_API_URL: ctx.project.getProvidedContext().feedSandboxUrl,
        P311_SECRET_KEY: SECRET_KEY,
        FEED_PLATE: options.plate,
        FEED_TICKET: options.ticket,
        FEED_CEDULA: options.cedula,
        FEED_INTERVAL_MS: String(options.intervalMs),
        FEED_STEP_METRES: String(options.stepMetres),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const state = {
      child,
      output: '',
      done: new Promise<number | null>((resolve) => child.on('close', resolve)),
    };
    feed = state;
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        state.output += chunk.toString();
        const registered = /tow (\S+) registered/.exec(state.output);
        if (registered) resolve({ id: registered[1]! });
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      void state.done.then((code) =>
        reject(new Error(`fleet feed ended (${code}) before registering: ${state.output}`)),
      );
    });
  },

  async finishFleetFeed() {
    const running = feed;
    if (!running) throw new Error('no fleet feed running');
    const timeout = setTimeout(() => running.child.kill(), 60_000);
    const code = await running.done;
    clearTimeout(timeout);
    feed = undefined;
    return { code, output: running.output };
  },
};
