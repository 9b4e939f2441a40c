#!/usr/bin/env node
// How many concurrent SSE watchers the p311-sandbox CLI holds for a while with bounded memory.
// Starts the CLI (fast clock, fast heartbeats), opens N raw event streams on moving tows,
// holds them, samples the server's resident memory, and prints a table per N.
//   node scripts/sse-watchers.mjs [--levels 1000,4000] [--seconds 60]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    levels: { type: 'string', default: '1000,4000' },
    seconds: { type: 'string', default: '60' },
  },
});
const levels = values.levels.split(',').map(Number);
const seconds = Number(values.seconds);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const rssMb = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

const rows = [];
for (const n of levels) {
  const server = spawn(
    process.execPath,
    [cli, '--port', '0', '--speed', '30', '--heartbeat', '5000', '--lookup-limit', '1000000'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise((resolve) =>
    server.stdout.on('data', (d) => {
      const m = /listening on (\S+)/.exec(String(d));
      if (m) resolve(m[1]);
    }),
  );
  const { port } = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const tows = await lookupTowIds(url);
  const idle = rssMb(server.pid);
  let open = 0,
    failed = 0,
    bytes = 0,
    events = 0;
  const requests = [];
  for (let i = 0; i < n; i++) {
    requests.push(
      new Promise((resolve) => {
        const req = http.get(
          {
            port,
            host: '127.0.0.1',
            agent,
            path: `/v1/tows/${tows[i % tows.length]}/events`,
            headers: { authorization: 'Bearer pk_test_bench', accept: 'text/event-stream' },
          },
          (res) => {
            if (res.statusCode !== 200) {
              failed++;
              res.resume();
              return resolve();
            }
            open++;
            res.on('data', (chunk) => {
              bytes += chunk.length;
              events += String(chunk).split('\n\n').length - 1;
            });
            res.on('close', () => {
              open--;
              resolve();
            });
          },
        );
        req.on('error', () => {
          failed++;
          resolve();
        });
        requests.abort ??= [];
        requests.abort.push(() => req.destroy());
      }),
    );
    if (i % 200 === 199) await new Promise((r) => setTimeout(r, 20));
  }
  const samples = [];
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    await new Promise((r) => setTimeout(r, 5000));
    samples.push(rssMb(server.pid));
  }
  const held = open;
  requests.abort.forEach((abort) => abort());
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rows.push({
    watchers: n,
    'held at end': held,
    failed,
    'events received': events,
    'MB received': (bytes / 1e6).toFixed(1),
    'RSS idle MB': idle.toFixed(0),
    'RSS first 5 s MB': samples[0]?.toFixed(0),
    'RSS max MB': Math.max(...samples).toFixed(0),
    'RSS last MB': samples.at(-1)?.toFixed(0),
  });
}
console.table(rows);
console.log(`each held ${seconds} s; sandbox at speed ×30, heartbeat 5 s; Node ${process.version}`);

async function lookupTowIds(base) {
  const ids = [];
  for (const [plate, cedula] of [
    ['AB1234', '8-123-4567'],
    ['CD5678', '8-234-5678'],
    ['EF9012', 'PE-12-345'],
    ['GH3456', 'E-8-12345'],
  ]) {
    const res = await fetch(`${base}/v1/tows/lookup`, {
      method: 'POST',
      headers: { authorization: 'Bearer pk_test_bench', 'content-type': 'application/json' },
      body: JSON.stringify({ plate, verifier: { type: 'cedula', value: cedula } }),
    });
    for (const t of (await res.json()).data) ids.push(t.id);
  }
  return ids;
}
