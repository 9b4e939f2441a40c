// What both benches share: the demo server with extra mounts, Debian's Chromium, argument
// parsing, medians and aligned markdown tables.
import { fileURLToPath } from 'node:url';
import { DEMO_SITE } from '../../scripts/demo-site.mjs';
import { CHROMIUM } from '../../test-support/chromium.mjs';

export const repo = (p) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

export const CHROME_PATH = CHROMIUM.executablePath;
export const CHROME_ARGS = CHROMIUM.args;

/** The demo command's server (see e2e/demo.ts), in process, on a free port, plus `mounts`. */
export async function startDemo(mounts = {}) {
  let serve;
  try {
    ({ serve } = await import('@panama311/sandbox/node'));
  } catch (error) {
    throw new Error('Cannot load @panama311/sandbox/node: run `pnpm build` at the root first.', {
      cause: error,
    });
  }
  return serve({
    ...DEMO_SITE,
    port: 0,
    heartbeatMs: 1000,
    mounts: { ...mounts, ...DEMO_SITE.mounts },
  });
}

/** `--name value` or `--name=value`. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1] ?? fallback;
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return fallback;
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
export const signedMs = (v) =>
  Number.isFinite(v) ? `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(Math.round(v))} ms` : 'n/a';
export const kb = (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(1)} KB` : 'n/a');
export const bytes = (v) =>
  !Number.isFinite(v)
    ? 'n/a'
    : v >= 1024 * 1024
      ? `${(v / 1024 / 1024).toFixed(2)} MB`
      : `${(v / 1024).toFixed(1)} KB`;
export const cls = (v) => (Number.isFinite(v) ? v.toFixed(3) : 'n/a');

/**
 * A markdown table with padded columns. `columns`: `[title, 'l' | 'r']`; cells are strings.
 */
export function table(columns, rows) {
  const widths = columns.map(([title], i) =>
    Math.max(title.length, 3, ...rows.map((row) => String(row[i]).length)),
  );
  const pad = (text, i) =>
    columns[i][1] === 'r' ? String(text).padStart(widths[i]) : String(text).padEnd(widths[i]);
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  return [
    line(columns.map(([title]) => title)),
    `| ${widths.map((w, i) => (columns[i][1] === 'r' ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

/** Progress goes to stderr so stdout holds only the report. */
export const progress = (text) => process.stderr.write(`${text}\n`);
