#!/usr/bin/env node
// Prints, per entry point, the gzip and brotli size of what a browser bundler pulls in:
// each entry is bundled from dist/ with rollup (tree-shaken, minified with terser), ky and
// zod included. Budget (docs: DESIGN.md): the cases client alone ≤ 12 KB gzip; the root's
// `pnpm size` checks it with size-limit on the bundle written by `--emit DIR`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const emit = process.argv.includes('--emit')
  ? process.argv[process.argv.indexOf('--emit') + 1]
  : '';
const slug = (name) => name.replace(/ \(.*$/, '').replace(/\W+/g, '-');

const ENTRIES = {
  'case status (createHttp + getCase + watchCase)':
    "export { createHttp, getCase, watchCase } from '@panama311/sdk';",
  'cases client (createHttp + casesApi + attachmentsApi)':
    "export { createHttp, casesApi, attachmentsApi } from '@panama311/sdk';",
  'tows client (createHttp + towsApi + yardsApi)':
    "export { createHttp, towsApi, yardsApi } from '@panama311/sdk';",
  'catalogue (createHttp + services, answers)':
    "export { createHttp, servicesApi, answersApi } from '@panama311/sdk';",
  'input rules only':
    "export { normalizePlate, normalizeCedula, normalizePhone } from '@panama311/sdk';",
  'full client (createClient)': "export { createClient } from '@panama311/sdk';",
  'everything (import *)': "export * from '@panama311/sdk';",
  'operator client': "export * from '@panama311/sdk/operator';",
  'Open311 adapter (import *)': "export * from '@panama311/sdk/open311';",
  'Open311 client only': "export { createOpen311Client } from '@panama311/sdk/open311';",
  'ky alone': "export { default } from 'ky';",
};
const BUDGET = { 'cases client (createHttp + casesApi + attachmentsApi)': 12 * 1024 };

const virtual = (code) => ({
  name: 'entry',
  resolveId: (id) => (id === 'entry' ? id : null),
  load: (id) => (id === 'entry' ? code : null),
});

const rows = [];
if (emit) await mkdir(emit, { recursive: true });
for (const [name, code] of Object.entries(ENTRIES)) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [virtual(code), nodeResolve({ browser: true }), terser()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'esm' });
  const bytes = Buffer.from(output[0].code);
  if (emit) await writeFile(join(emit, `${slug(name)}.js`), bytes);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = BUDGET[name];
  rows.push({
    entry: name,
    minified: kb(bytes.length),
    gzip: kb(gz),
    brotli: kb(br),
    budget: budget ? `${kb(budget)} ${gz <= budget ? 'ok' : 'OVER'}` : '',
  });
}
console.table(rows);

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}
