/** The CLI as a process: persistence across restarts, graceful shutdown, the examples against it. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createClient, type TruckPosition } from '@panama311/sdk';
import { describe, expect, it } from 'vitest';
import { startCli } from './cli.js';

const run = promisify(execFile);
const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}/index.mjs`, import.meta.url));

describe('p311-sandbox CLI', () => {
  it('keeps filed cases across a restart with the same --data file, written atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'p311-'));
    const data = join(dir, 'sandbox.json');
    const first = await startCli(['--data', data]);
    const client = createClient({ apiKey: 'pk_test_persist', baseUrl: first.url });
    const { data: services } = await client.services.list({ pageSize: 100 });
    const service = services.find(
      (s) => s.location !== 'none' && !s.questions.some((q) => q.required && q.variable),
    )!;
    const receipt = await client.cases.create({
      serviceId: service.id,
      description: 'Luminaria apagada desde hace una semana',
      location: { lat: 8.99, lng: -79.51 },
      contact: { anonymous: true },
      consent: true,
    });
    expect(await first.stop('SIGTERM')).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['sandbox.json']);
    expect(JSON.parse(await readFile(data, 'utf8')).version).toBe(1);

    const second = await startCli(['--data', data]);
    try {
      const again = createClient({ apiKey: 'pk_test_persist', baseUrl: second.url });
      const found = await again.cases.get(receipt.number, receipt.token);
      expect(found.description).toBe('Luminaria apagada desde hace una semana');
    } finally {
      await second.stop();
    }
  });

  it('closes open event streams and exits 0 on SIGINT', async () => {
    const cli = await startCli();
    const client = createClient({ apiKey: 'pk_test_x', baseUrl: cli.url });
    const [tow] = await client.tows.lookup({
      plate: 'AB1234',
      verifier: { type: 'cedula', value: '8-123-4567' },
    });
    const controller = new AbortController();
    const events: string[] = [];
    const watching = (async () => {
      for await (const e of client.tows.watch(tow!.id, {
        signal: controller.signal,
        maxStreamFailures: 100,
      }))
        events.push(e.type);
    })();
    await new Promise((r) => setTimeout(r, 500));
    const started = Date.now();
    expect(await cli.stop('SIGINT')).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000);
    controller.abort();
    await watching;
    expect(events[0]).toBe('tow');
  });

  it('refuses bad flags with a message and exit code 2', async () => {
    const error = await run(process.execPath, [
      fileURLToPath(new URL('../dist/cli.js', import.meta.url)),
      '--speed',
      'fast',
    ]).catch((e: { code: number; stderr: string }) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toMatch(/--speed must be a number/);
  });

  it('runs the node-sdk example: services, a case with a photo, live status', async () => {
    const cli = await startCli(['--speed', '20000']);
    try {
      const { stdout } = await run(process.execPath, [example('node-sdk')], {
        env: { ...process.env, P311_API_URL: cli.url, P311_WATCH_SECONDS: '4' },
      });
      expect(stdout).toMatch(/IDAAN ofrece \d+ servicios/);
      expect(stdout).toMatch(/Caso 311-\d{4}-\d{6} registrado/);
      // At 20 000× the case may be past `received` before the first snapshot on a busy
      // machine: what matters is that live status lines arrive, each a known status.
      const statuses = [...stdout.matchAll(/^ {2}\d{4}-\d\d-\d\dT\S+Z {2}(\S+) {2}\(/gm)].map(
        (m) => m[1],
      );
      expect(statuses.length).toBeGreaterThan(0);
      for (const status of statuses)
        expect([
          'received',
          'assigned',
          'in_progress',
          'on_hold',
          'transferred',
          'resolved',
          'closed',
        ]).toContain(status);
    } finally {
      await cli.stop();
    }
  });

  it('drives a tow with the fleet-feed example while the public stream follows the truck', async () => {
    const cli = await startCli(['--no-fleet']);
    try {
      const feed = run(process.execPath, [example('tow-fleet-feed')], {
        env: {
          ...process.env,
          P311_API_URL: cli.url,
          FEED_INTERVAL_MS: '20',
          FEED_STEP_METRES: '300',
        },
      });
      const client = createClient({ apiKey: 'pk_test_driver', baseUrl: cli.url });
      let tows = await client.tows.lookup({
        plate: 'FL3110',
        verifier: { type: 'ticket', value: '00311311' },
      });
      for (let i = 0; !tows.length && i < 50; i++) {
        await new Promise((r) => setTimeout(r, 50));
        tows = await client.tows.lookup({
          plate: 'FL3110',
          verifier: { type: 'ticket', value: '00311311' },
        });
      }
      const positions: TruckPosition[] = [];
      const statuses: string[] = [];
      for await (const event of client.tows.watch(tows[0]!.id, {
        signal: AbortSignal.timeout(15_000),
        untilClosed: true,
      })) {
        if (event.type === 'position') positions.push(event.data as TruckPosition);
        else statuses.push((event.data as { status: string }).status);
        if (statuses.at(-1) === 'at_yard') break;
      }
      await feed;
      expect(statuses.at(-1)).toBe('at_yard');
      expect(positions.length).toBeGreaterThan(5);
      expect(positions.at(-1)!.lat).toBeCloseTo(8.9731, 3);
    } finally {
      await cli.stop();
    }
  });
});
