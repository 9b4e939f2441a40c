#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { serve } from './node.js';
import { DEMO_TOWS } from './world.js';

const HELP = `p311-sandbox: the Panamá 311 API, faked, on your machine.

Usage: p311-sandbox [options]

  --port N            port to listen on (default 4311; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1)
  --seed N            seed of the generated data (default 311)
  --speed N           virtual minutes per real minute (default 1)
  --data FILE         keep filed cases and tows in FILE across restarts
  --static DIR        serve DIR at / (the demo's example pages)
  --mount /P=DIR      also serve DIR under /P (repeatable)
  --no-fleet          simulated tow trucks stay still: an external feed drives them
  --no-lifecycle      cases do not advance by themselves
  --latency MS        delay every answer
  --error-rate R      share (0–1) of requests answered with --fault-status
  --fault-status N    status for --error-rate: 503, 429, 500… (default 503)
  --malformed-rate R  share (0–1) of answers sent as truncated JSON
  --schema-rate R     share (0–1) of answers that break the contract
  --drop-streams MS   end every event stream after MS (clients must resume)
  --heartbeat MS      event-stream heartbeat (default 15000)
  --lookup-limit N    tow lookups per minute per key and client (default 10)
  -h, --help          this help`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4311' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '311' },
    speed: { type: 'string', default: '1' },
    data: { type: 'string' },
    static: { type: 'string' },
    mount: { type: 'string', multiple: true, default: [] },
    'no-fleet': { type: 'boolean', default: false },
    'no-lifecycle': { type: 'boolean', default: false },
    latency: { type: 'string' },
    'error-rate': { type: 'string' },
    'fault-status': { type: 'string', default: '503' },
    'malformed-rate': { type: 'string' },
    'schema-rate': { type: 'string' },
    'drop-streams': { type: 'string' },
    heartbeat: { type: 'string', default: '15000' },
    'lookup-limit': { type: 'string', default: '10' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const number = (name: string, value: string | undefined, min: number, max: number) => {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n < min || n > max) {
    console.error(
      `p311-sandbox: --${name} must be a number from ${min} to ${max} (got ${value})\n\n${HELP}`,
    );
    process.exit(2);
  }
  return n;
};

const optional = (name: string, min: number, max: number) =>
  values[name as keyof typeof values] === undefined
    ? undefined
    : number(name, values[name as keyof typeof values] as string, min, max);
const faults = {
  latency: optional('latency', 0, 60_000),
  errorRate: optional('error-rate', 0, 1),
  errorStatus: number('fault-status', values['fault-status'], 400, 599),
  malformedRate: optional('malformed-rate', 0, 1),
  schemaRate: optional('schema-rate', 0, 1),
  dropStreamsAfter: optional('drop-streams', 0, 3_600_000),
};
const app = await serve({
  port: number('port', values.port, 0, 65535),
  host: values.host,
  seed: number('seed', values.seed, 0, 2 ** 31),
  speed: number('speed', values.speed, 0.001, 100_000),
  dataFile: values.data,
  staticDir: values.static,
  mounts: Object.fromEntries(
    values.mount.map((m) => {
      const at = m.indexOf('=');
      if (!m.startsWith('/') || at < 2) {
        console.error(`p311-sandbox: --mount takes /PREFIX=DIR (got ${m})`);
        process.exit(2);
      }
      return [m.slice(0, at), m.slice(at + 1)];
    }),
  ),
  fleet: !values['no-fleet'],
  lifecycle: !values['no-lifecycle'],
  heartbeatMs: number('heartbeat', values.heartbeat, 100, 3_600_000),
  lookupLimit: {
    limit: number('lookup-limit', values['lookup-limit'], 1, 1_000_000),
    windowMs: 60_000,
  },
  faults,
});

const demo = DEMO_TOWS[0];
console.log(`p311-sandbox listening on ${app.url}
  API          ${app.url}/v1/…   (key: pk_test_demo; operators: sk_test_demo, server side only)
  health       ${app.url}/__sandbox/health${values.static ? `\n  pages        ${app.url}/` : ''}
  demo case    311-…-000001 with token demo-tracking-token-311
  demo tow     plate ${demo.plate} with cédula ${demo.cedula} or ticket ${demo.ticket}
  seed ${values.seed}, speed ×${values.speed}${values.data ? `, data in ${values.data}` : ''}. Ctrl+C stops.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`p311-sandbox: ${signal}, closing…`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
