#!/usr/bin/env node
// What the widget costs the page that embeds it: Lighthouse (mobile profile, simulated
// throttling) over each example page and over the same page without the loader script.
// Prints tables; never fails on a figure. See docs/decisions/0009-performance-bench.md.
//
//   node e2e/bench/lighthouse.mjs [--runs 3] [--pages form,status,tow,csp]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import thirdPartyWeb from 'third-party-web';
import {
  CHROME_ARGS,
  CHROME_PATH,
  cls,
  kb,
  median,
  ms,
  option,
  progress,
  repo,
  signedMs,
  startDemo,
  table,
} from './shared.mjs';

const GOAL_BOOTUP_MS = 50;
const GOAL_CLS = 0;
const DEMO_TOKEN = 'demo-tracking-token-311';

/** The example pages agencies copy. `{case}` and `{token}` come from the seeded demo case. */
const PAGES = {
  form: { label: 'Case form', path: '/agency-site/' },
  status: {
    label: 'Case status (tracking link)',
    path: '/agency-site/seguimiento.html?case={case}&token={token}',
  },
  tow: { label: 'Tow lookup', path: '/attt-tow/' },
  csp: { label: 'Strict CSP (all three)', path: '/strict-csp/' },
};
const EXAMPLE_DIRS = ['agency-site', 'attt-tow', 'strict-csp'];

/**
 * The anchors: well-known embeds in third-party-web (HTTP Archive, mobile Lighthouse, the
 * `bootup-time` audit's `scripting` per page). Names as the dataset spells them.
 */
const ANCHORS = [
  'Intercom',
  'ZenDesk',
  'Drift',
  'LiveChat',
  'Tawk.to',
  'Hubspot',
  'Google Maps',
  'Mapbox',
  'YouTube',
  'Vimeo',
  'Facebook',
  'Twitter',
  'Disqus',
  'Hotjar',
  'Google reCAPTCHA',
];

const runs = Math.max(1, Number.parseInt(option('runs', '3'), 10) || 3);
const pageKeys = option('pages', Object.keys(PAGES).join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const key of pageKeys) {
  if (!(key in PAGES)) {
    console.error(`Unknown page "${key}"; choose from ${Object.keys(PAGES).join(', ')}.`);
    process.exit(2);
  }
}

const LIGHTHOUSE_CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    // The default form factor (mobile, moto g power emulation, simulated 4G and 4× CPU).
    onlyAudits: [
      'bootup-time',
      'cumulative-layout-shift',
      'layout-shifts',
      'largest-contentful-paint',
      'total-blocking-time',
      'network-requests',
    ],
    disableFullPageScreenshot: true,
    // The status page keeps an event stream open (live updates), so the network never goes
    // quiet: stop waiting after this long instead of the default 45 s.
    maxWaitForLoad: 12_000,
  },
  // Lighthouse hides scripts under 50 ms here; the loader and small chunks count too.
  audits: [{ path: 'bootup-time', options: { thresholdInMs: 0 } }],
};

const cleanup = [];

async function main() {
  const bare = await bareCopies();
  cleanup.push(() => rm(bare, { recursive: true, force: true }));
  const demo = await startDemo({ '/bare': bare });
  cleanup.push(() => demo.close());
  const demoCase = [...demo.sandbox.world.cases.values()].find((c) => c.token === DEMO_TOKEN);
  if (!demoCase) throw new Error('The sandbox has no demo case with the demo tracking token.');
  const chrome = await launchChrome();
  cleanup.push(chrome.close);

  // A fresh browser's first page load pays for its own start-up: measure nothing on it.
  progress('warm-up run (not counted)');
  await measure(`${demo.url}/bare${PAGES[pageKeys[0]].path.split('?')[0]}`, chrome.port);

  const started = Date.now();
  /** results[page][variant] = one summary per run */
  const results = Object.fromEntries(pageKeys.map((k) => [k, { widget: [], bare: [] }]));
  const warnings = new Set();
  for (let run = 1; run <= runs; run++) {
    for (const key of pageKeys) {
      const path = PAGES[key].path
        .replace('{case}', encodeURIComponent(demoCase.number))
        .replace('{token}', encodeURIComponent(DEMO_TOKEN));
      // Alternate the order so drift on a shared machine does not always favour one variant.
      const variants = run % 2 ? ['widget', 'bare'] : ['bare', 'widget'];
      for (const variant of variants) {
        const url = demo.url + (variant === 'bare' ? `/bare${path}` : path);
        const t0 = Date.now();
        const summary = await measure(url, chrome.port);
        progress(
          `run ${run}/${runs} ${key.padEnd(6)} ${variant.padEnd(6)} ${((Date.now() - t0) / 1000).toFixed(1)} s`,
        );
        for (const w of summary.warnings) {
          // Lighthouse clears the origin's storage before each run; the form's draft store from
          // the previous run is what it saw, and it is gone before the page loads.
          if (/stored data affecting loading performance/.test(w)) continue;
          warnings.add(
            `${key}/${variant}: ${w}${
              key === 'status' && /loaded too slowly/.test(w)
                ? ' (expected: its live-update stream never lets the network go quiet, so the run ends at maxWaitForLoad, 12 s)'
                : ''
            }`,
          );
        }
        if (summary.error) {
          warnings.add(`${key}/${variant} run ${run}: ${summary.error}`);
          process.exitCode = 1;
          continue;
        }
        results[key][variant].push(summary);
      }
    }
  }
  progress(`Lighthouse runs took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  report(results, [...warnings], demoCase.number);
}

/** Each example folder copied with its loader <script> removed: the page without the widget. */
async function bareCopies() {
  const dir = await mkdtemp(join(tmpdir(), 'p311-bench-bare-'));
  const loader = /[ \t]*<script\b[^>]*\bsrc="[^"]*\/cdn\/p311\/[^"]*"[^>]*>\s*<\/script>[ \t]*\n?/g;
  for (const name of EXAMPLE_DIRS) {
    await cp(repo(`examples/${name}`), join(dir, name), { recursive: true });
    for (const file of await readdir(join(dir, name))) {
      if (!file.endsWith('.html')) continue;
      const html = await readFile(join(dir, name, file), 'utf8');
      const stripped = html.replace(loader, '');
      if (stripped === html) throw new Error(`examples/${name}/${file}: no loader script found`);
      await writeFile(join(dir, name, file), stripped);
    }
  }
  return dir;
}

/** Debian's Chromium with a DevTools port for Lighthouse (it brings its own tab per run). */
async function launchChrome() {
  const profile = await mkdtemp(join(tmpdir(), 'p311-bench-chrome-'));
  const child = spawn(
    CHROME_PATH,
    [
      ...CHROME_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${CHROME_PATH} did not start`));
    }, 30_000);
    const onData = (chunk) => {
      seen += chunk;
      const match = /DevTools listening on ws:\/\/[^\s/]+:(\d+)\//.exec(seen);
      if (!match) return;
      clearTimeout(timer);
      child.stderr.off('data', onData);
      child.stderr.resume();
      resolve(Number(match[1]));
    };
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${CHROME_PATH} exited (${code}): ${seen}`)));
  });
  return {
    port,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run, reduced to the figures the report needs. */
async function measure(url, port) {
  let result;
  try {
    result = await lighthouse(url, { port, logLevel: 'error', output: 'json' }, LIGHTHOUSE_CONFIG);
  } catch (error) {
    return { error: `Lighthouse failed: ${error.message}`, warnings: [] };
  }
  const lhr = result?.lhr;
  if (!lhr) return { error: 'Lighthouse returned no result', warnings: [] };
  if (lhr.runtimeError) return { error: lhr.runtimeError.message, warnings: lhr.runWarnings };
  const audits = lhr.audits;
  const multiplier =
    lhr.configSettings.throttlingMethod === 'simulate'
      ? lhr.configSettings.throttling.cpuSlowdownMultiplier
      : 1;
  const cpu = await cpuTimings(result.artifacts, multiplier);
  const scripts = (audits['bootup-time'].details?.items ?? [])
    .filter((item) => safePath(item.url).startsWith('/cdn/'))
    .map((item) => ({
      file: safePath(item.url),
      // Content hashes change with every build; the table groups by chunk name.
      name: safePath(item.url)
        .replace(/^\/cdn\/p311\/latest\//, '')
        .replace(/^(chunks\/.+)-[\w-]{8}\.js$/, '$1.js'),
      scripting: item.scripting,
      parse: item.scriptParseCompile,
      total: item.total,
      cpuScripting: cpu?.get(safePath(item.url))?.scripting ?? (cpu ? 0 : NaN),
      cpuParse: cpu?.get(safePath(item.url))?.parse ?? (cpu ? 0 : NaN),
    }));
  const requests = audits['network-requests'].details?.items ?? [];
  const sum = (items, pick) => items.reduce((total, item) => total + (pick(item) || 0), 0);
  const cdn = requests.filter((r) => safePath(r.url).startsWith('/cdn/'));
  const api = requests.filter((r) => safePath(r.url).startsWith('/v1/'));
  return {
    warnings: lhr.runWarnings ?? [],
    version: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    scripts,
    bootup: sum(scripts, (s) => s.scripting + s.parse),
    scripting: sum(scripts, (s) => s.scripting),
    cpuBootup: cpu ? sum(scripts, (s) => s.cpuScripting + s.cpuParse) : NaN,
    cpuScripting: cpu ? sum(scripts, (s) => s.cpuScripting) : NaN,
    cdnBytes: sum(cdn, (r) => r.transferSize),
    cdnGzip: sum(cdn, (r) => gzipped(safePath(r.url))),
    cdnRequests: cdn.length,
    apiBytes: sum(api, (r) => r.transferSize),
    apiRequests: api.length,
    pageBytes: sum(requests, (r) => r.transferSize),
    cls: audits['cumulative-layout-shift'].numericValue,
    shifts: (audits['layout-shifts'].details?.items ?? []).map((i) => i.node?.selector ?? '?'),
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
  };
}

/**
 * `bootup-time` again, from Lighthouse's own task tree and URL attribution, but with each
 * task's thread (CPU) time instead of its wall time: other processes on a shared machine
 * stretch wall time, not CPU time. Same CPU multiplier. Files under /cdn/ only.
 */
async function cpuTimings(artifacts, multiplier) {
  try {
    // Lighthouse internals (no exports map, pinned version): loaded here so that a layout
    // change in a future version costs this column, not the whole bench.
    const [
      { MainThreadTasks },
      { NetworkRecords },
      { getAttributableURLForTask, getJavaScriptURLs },
    ] = await Promise.all([
      import('lighthouse/core/computed/main-thread-tasks.js'),
      import('lighthouse/core/computed/network-records.js'),
      import('lighthouse/core/lib/tracehouse/task-summary.js'),
    ]);
    const context = { computedCache: new Map() };
    const tasks = await MainThreadTasks.request(artifacts.Trace, context);
    const js = getJavaScriptURLs(await NetworkRecords.request(artifacts.DevtoolsLog, context));
    const threadMs = (task) =>
      task.event.tdur !== undefined
        ? task.event.tdur / 1000
        : (task.endEvent?.tts - task.event.tts) / 1000;
    const byFile = new Map();
    for (const task of tasks) {
      const group = task.group.id;
      if (group !== 'scriptEvaluation' && group !== 'scriptParseCompile') continue;
      const path = safePath(getAttributableURLForTask(task, js));
      if (!path.startsWith('/cdn/')) continue;
      const self = threadMs(task) - task.children.reduce((n, child) => n + threadMs(child), 0);
      if (!Number.isFinite(self)) return undefined;
      const entry = byFile.get(path) ?? { scripting: 0, parse: 0 };
      entry[group === 'scriptEvaluation' ? 'scripting' : 'parse'] += Math.max(0, self) * multiplier;
      byFile.set(path, entry);
    }
    return byFile;
  } catch (error) {
    progress(`CPU-time attribution unavailable: ${error.message}`);
    return undefined;
  }
}

function safePath(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

const gzipCache = new Map();
/** What a CDN sending gzip would transfer for a file of ours (the demo server does not compress). */
function gzipped(path) {
  if (!gzipCache.has(path)) {
    const file = path.startsWith('/cdn/sdk/')
      ? repo(`packages/sdk/dist/browser/${path.slice('/cdn/sdk/'.length)}`)
      : repo(`dist-cdn/${path.slice('/cdn/'.length)}`);
    let size = NaN;
    try {
      size = gzipSync(readFileSync(file), { level: 9 }).length;
    } catch {
      // A file of ours that is not on disk (it should not happen): leave the figure out.
    }
    gzipCache.set(path, size);
  }
  return gzipCache.get(path);
}

function report(results, warnings, caseNumber) {
  const out = [];
  const m = (key, variant, pick) => median(results[key][variant].map(pick));
  const n = (key) => Math.min(results[key].widget.length, results[key].bare.length);
  const goal = (value) => (!Number.isFinite(value) ? '?' : value <= GOAL_BOOTUP_MS ? 'yes' : 'NO');
  const allRuns = pageKeys.flatMap((k) => [...results[k].widget, ...results[k].bare]);

  out.push(
    '# Panamá 311 widgets: what they cost the host page (Lighthouse, mobile profile)',
    '',
    `Lighthouse ${allRuns[0]?.version ?? '?'}, Debian's Chromium, the default mobile profile (moto g power`,
    'emulation, simulated slow 4G, 4× CPU slowdown). Each example page is measured with the',
    'widget and without it (the same HTML with the loader <script> removed), alternating which',
    `goes first; every figure is the median of ${runs} run(s). Host benchmarkIndex (median): ${Math.round(median(allRuns.map((r) => r.benchmarkIndex)))}.`,
    "On a shared 2-core machine wall-clock figures swing with other processes' load; the CPU",
    'columns are the steadier ones.',
    '',
    '## Widget cost per page',
    '',
    "- bootup LH: main-thread JavaScript of the files under /cdn/, as Lighthouse's `bootup-time`",
    '  reports it (scripting + parse/compile, wall time × 4).',
    '- bootup CPU: the same tasks and attribution, each counted by its thread CPU time × 4, so',
    '  time the process spent waiting for a core does not count (nor other waits a phone pays',
    '  too, such as page faults: a chunk whose LH figure stays far above its CPU one has some).',
    `- ≤ ${GOAL_BOOTUP_MS} ms: the goal, for LH / CPU.`,
    '- /cdn/ bytes: transfer size of the loader and the chunks it loaded, as served here',
    '  (uncompressed); gzip: gzip -9 of the same files, what a CDN would send.',
    '- /v1/ bytes: the API calls the widget made while loading (count in parentheses).',
    `- CLS: \`cumulative-layout-shift\` with the widget and without it; goal: the widget adds ${GOAL_CLS}.`,
    '',
    table(
      [
        ['page', 'l'],
        ['runs', 'r'],
        ['bootup LH', 'r'],
        ['bootup CPU', 'r'],
        [`≤ ${GOAL_BOOTUP_MS} ms`, 'l'],
        ['/cdn/ bytes', 'r'],
        ['/cdn/ gzip', 'r'],
        ['/v1/ bytes', 'r'],
        ['CLS widget', 'r'],
        ['CLS bare', 'r'],
        ['CLS added', 'r'],
        ['= 0', 'l'],
      ],
      pageKeys.map((key) => {
        const bootup = m(key, 'widget', (r) => r.bootup);
        const cpuBootup = m(key, 'widget', (r) => r.cpuBootup);
        const clsWidget = m(key, 'widget', (r) => r.cls);
        const clsBare = m(key, 'bare', (r) => r.cls);
        return [
          PAGES[key].label,
          String(n(key)),
          ms(bootup),
          ms(cpuBootup),
          `${goal(bootup)} / ${goal(cpuBootup)}`,
          kb(m(key, 'widget', (r) => r.cdnBytes)),
          kb(m(key, 'widget', (r) => r.cdnGzip)),
          `${kb(m(key, 'widget', (r) => r.apiBytes))} (${m(key, 'widget', (r) => r.apiRequests)})`,
          cls(clsWidget),
          cls(clsBare),
          cls(clsWidget - clsBare),
          !Number.isFinite(clsWidget - clsBare) ? '?' : clsWidget - clsBare < 0.0005 ? 'yes' : 'NO',
        ];
      }),
    ),
    '',
    '## Page metrics with and without the widget',
    '',
    '- LCP: `largest-contentful-paint`; TBT: `total-blocking-time` (both simulated, wall time).',
    '- Δ = widget page − bare page (medians of each). Page bytes: every request of the page.',
    '',
    table(
      [
        ['page', 'l'],
        ['LCP bare', 'r'],
        ['LCP widget', 'r'],
        ['LCP Δ', 'r'],
        ['TBT bare', 'r'],
        ['TBT widget', 'r'],
        ['TBT Δ', 'r'],
        ['bytes bare', 'r'],
        ['bytes widget', 'r'],
      ],
      pageKeys.map((key) => {
        const lcp = [m(key, 'bare', (r) => r.lcp), m(key, 'widget', (r) => r.lcp)];
        const tbt = [m(key, 'bare', (r) => r.tbt), m(key, 'widget', (r) => r.tbt)];
        return [
          PAGES[key].label,
          ms(lcp[0]),
          ms(lcp[1]),
          signedMs(lcp[1] - lcp[0]),
          ms(tbt[0]),
          ms(tbt[1]),
          signedMs(tbt[1] - tbt[0]),
          kb(m(key, 'bare', (r) => r.pageBytes)),
          kb(m(key, 'widget', (r) => r.pageBytes)),
        ];
      }),
    ),
    '',
    '## Where the bootup time goes (per file, medians)',
    '',
    '- scripting, parse: `bootup-time` columns (wall × 4); total: everything Lighthouse',
    '  attributes to the file (style, layout, …); CPU: scripting + parse in thread time × 4.',
    '- Lit and the SDK live in the shared chunk: rendering every element counts there.',
    '',
    table(
      [
        ['page', 'l'],
        ['file', 'l'],
        ['scripting', 'r'],
        ['parse', 'r'],
        ['total', 'r'],
        ['CPU', 'r'],
      ],
      pageKeys.flatMap((key) => {
        const files = [
          ...new Set(results[key].widget.flatMap((r) => r.scripts.map((s) => s.name))),
        ];
        const pick = (name, read) =>
          median(
            results[key].widget.map((r) => {
              const script = r.scripts.find((s) => s.name === name);
              return script ? read(script) : 0;
            }),
          );
        return files
          .map((file) => ({
            file,
            scripting: pick(file, (s) => s.scripting),
            parse: pick(file, (s) => s.parse),
            total: pick(file, (s) => s.total),
            cpu: pick(file, (s) => s.cpuScripting + s.cpuParse),
          }))
          .sort((a, b) => b.total - a.total)
          .map((row) => [
            PAGES[key].label,
            row.file,
            ms(row.scripting),
            ms(row.parse),
            ms(row.total),
            ms(row.cpu),
          ]);
      }),
    ),
    '',
    ...anchors(results, m),
    '',
    `Demo case on the status page: ${caseNumber}. Layout shifts seen with the widget: ${
      [
        ...new Set(
          pageKeys.flatMap((k) =>
            results[k].widget.flatMap((r) => r.shifts.map((s) => `${k}: ${s}`)),
          ),
        ),
      ].join('; ') || 'none'
    }.`,
  );
  const builds = new Map();
  for (const r of allRuns) for (const s of r.scripts) builds.set(s.file, s.name);
  const names = [...builds.values()];
  const rebuilt = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
  if (rebuilt.length)
    warnings.push(
      `dist-cdn was rebuilt during the run (${rebuilt.join(', ')} changed hash): runs measured different builds.`,
    );
  if (warnings.length) out.push('', 'Warnings:', ...warnings.map((w) => `- ${w}`));
  console.log(out.join('\n'));
}

/** Ours beside well-known embeds, both from Lighthouse's `bootup-time` scripting on mobile. */
function anchors(results, m) {
  const ours = pageKeys.map((key) => ({
    name: `Panamá 311: ${PAGES[key].label}`,
    scripting: m(key, 'widget', (r) => r.scripting),
    cpuScripting: m(key, 'widget', (r) => r.cpuScripting),
  }));
  const worst = (pick) => Math.max(1, ...ours.map(pick).filter(Number.isFinite));
  const worstLh = worst((o) => o.scripting);
  const worstCpu = worst((o) => o.cpuScripting);
  const theirs = ANCHORS.map((name) => thirdPartyWeb.entities.find((e) => e.name === name))
    .filter((e) => e && e.totalOccurrences > 0)
    .sort((a, b) => b.averageExecutionTime - a.averageExecutionTime);
  const times = (value, base) => `${(value / base).toFixed(1)}×`;
  return [
    '## Anchors: main-thread time of well-known embeds (third-party-web)',
    '',
    `- third-party-web ${thirdPartyWebVersion()}: HTTP Archive's mobile Lighthouse runs; the`,
    "  `bootup-time` scripting of the entity's scripts, averaged over the pages that embed it.",
    '  Ours: the same column (LH), and in thread CPU time (CPU), medians of this bench.',
    `- × ours: their average over our most expensive page (LH ${ms(worstLh)}, CPU ${ms(worstCpu)}).`,
    '',
    table(
      [
        ['widget', 'l'],
        ['category', 'l'],
        ['avg main-thread', 'r'],
        ['pages seen', 'r'],
        ['× ours LH', 'r'],
        ['× ours CPU', 'r'],
      ],
      [
        ...ours.map((o) => [
          o.name,
          'this bench',
          `${ms(o.scripting)} (CPU ${ms(o.cpuScripting)})`,
          '',
          '',
          '',
        ]),
        ...theirs.map((e) => [
          e.name,
          e.category,
          ms(e.averageExecutionTime),
          e.totalOccurrences.toLocaleString('en-US'),
          times(e.averageExecutionTime, worstLh),
          times(e.averageExecutionTime, worstCpu),
        ]),
      ],
    ),
  ];
}

function thirdPartyWebVersion() {
  try {
    return createRequire(import.meta.url)('third-party-web/package.json').version;
  } catch {
    return '?';
  }
}

// Last, so every module-level constant above is initialised before it runs.
process.once('SIGINT', () => {
  void Promise.allSettled([...cleanup].reverse().map((step) => step())).then(() =>
    process.exit(130),
  );
});
try {
  await main();
} finally {
  for (const step of [...cleanup].reverse()) await step().catch(() => {});
}
