import { createClient, errorCode } from '@panama311/sdk';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFault } from './faults.js';
import { createSandbox } from './sandbox.js';
import { Streams } from './streams.js';

const START = Date.parse('2026-11-02T14:00:00Z');

describe('the seed', () => {
  it('makes the same world from the same seed and start', () => {
    const a = createSandbox({ seed: 42, start: START, tickMs: 0, now: () => START });
    const b = createSandbox({ seed: 42, start: START, tickMs: 0, now: () => START });
    expect(JSON.stringify(a.world.dump())).toBe(JSON.stringify(b.world.dump()));
    expect(a.world.services).toEqual(b.world.services);
    const c = createSandbox({ seed: 43, start: START, tickMs: 0, now: () => START });
    expect(JSON.stringify(c.world.dump())).not.toBe(JSON.stringify(a.world.dump()));
  });

  it('has tows in every status and cases in several', () => {
    const { world } = createSandbox({ start: START, tickMs: 0, now: () => START });
    const towStatuses = new Set([...world.tows.values()].map((t) => t.status));
    expect([...towStatuses].sort()).toEqual([
      'at_yard',
      'dispatched',
      'released',
      'requested',
      'towing',
    ]);
    const caseStatuses = new Set([...world.cases.values()].map((c) => c.status));
    expect(caseStatuses.size).toBeGreaterThanOrEqual(4);
  });
});

describe('time', () => {
  it('advances a case through its lifecycle, with a transfer between entities in some', () => {
    let real = START;
    const sandbox = createSandbox({ start: START, tickMs: 0, now: () => real });
    const { world } = sandbox;
    const service = world.services.find((s) => s.location !== 'none')!;
    const created = [...Array(20)].map(() =>
      world.createCase({
        serviceId: service.id,
        description: 'Descripción de prueba',
        answers: {},
        attachments: [],
        contact: { anonymous: true },
        lang: 'es',
      }),
    );
    real += 1; // a real millisecond: nothing due yet
    sandbox.advance(60 * 24 * 60 * 60_000);
    for (const record of created) expect(['resolved', 'closed']).toContain(record.status);
    const transferred = created.filter((c) => c.timeline.some((e) => e.type === 'transfer'));
    expect(transferred.length).toBeGreaterThan(0);
    expect(transferred[0]!.entityId).not.toBe(service.entityId);
  });

  it('moves simulated trucks and accrues storage per day at the yard', () => {
    const sandbox = createSandbox({ start: START, tickMs: 0, now: () => START });
    const { world } = sandbox;
    const towing = [...world.tows.values()].find((t) => t.status === 'towing')!;
    const before = { ...towing.truck! };
    sandbox.advance(60_000);
    expect(towing.truck!.lat !== before.lat || towing.truck!.lng !== before.lng).toBe(true);
    sandbox.advance(3 * 60 * 60_000);
    expect(towing.status).toBe('at_yard');
    const fees = () => world.towView(towing, 'es').fees.accrued.cents;
    const atArrival = fees();
    sandbox.advance(2 * 24 * 60 * 60_000);
    expect(fees()).toBeGreaterThan(atArrival);
  });
});

describe('served to Node tests with setupServer', () => {
  const sandbox = createSandbox({ seed: 5, tickMs: 0 });
  const server = setupServer(...sandbox.handlers);
  const client = createClient({
    apiKey: 'pk_test_unit',
    baseUrl: 'https://api.311.test',
    retry: 0,
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    server.close();
    sandbox.close();
  });

  it('answers the SDK at any base URL', async () => {
    const { total } = await client.services.list();
    expect(total).toBeGreaterThanOrEqual(300);
  });

  it('answers unknown paths under /v1 with a 404 problem, never a 200', async () => {
    const response = await fetch('https://api.311.test/v1/does-not-exist', {
      headers: { authorization: 'Bearer pk_test_unit' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('produces faults on demand', async () => {
    const faulty = createClient({
      apiKey: 'pk_test_unit',
      baseUrl: 'https://api.311.test',
      retry: 0,
      hooks: {
        beforeRequest: [(r) => void r.headers.set('p311-fault', 'status=503; retry-after=7')],
      },
    });
    const error = await faulty.yards.list().catch((e: unknown) => e);
    expect(errorCode(error)).toBe('unavailable');
  });
});

describe('streams', () => {
  it('replays what a client missed, or tells it to take a snapshot when too much was missed', () => {
    const streams = new Streams();
    for (let i = 0; i < 3; i++) streams.emit('k', 'e', () => i);
    expect(streams.since('k', 1)?.map((e) => e.id)).toEqual([2, 3]);
    expect(streams.since('k', 3)).toEqual([]);
    for (let i = 0; i < 600; i++) streams.emit('k', 'e', () => i);
    expect(streams.since('k', 1)).toBeUndefined();
  });
});

describe('fault header', () => {
  it('parses every fault and ignores nonsense', () => {
    expect(
      parseFault('status=503; retry-after=2, latency=100; malformed; schema; drop=50; once=x'),
    ).toEqual({
      status: 503,
      retryAfter: 2,
      latency: 100,
      malformed: true,
      schema: true,
      drop: 50,
      once: 'x',
    });
    expect(parseFault('status=200; latency=-1; bogus')).toBeUndefined();
    expect(parseFault(null)).toBeUndefined();
  });
});
