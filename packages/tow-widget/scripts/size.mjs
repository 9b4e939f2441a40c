#!/usr/bin/env node
// The widget's cost in a browser, as a bundler would ship it: `define/tow-lookup` from dist/
// bundled with everything it imports (lit, @lit/task, the SDK with ky and zod/mini, the
// elements' shared modules), minified with terser, split where the code splits: the entry
// chunk is what a page pays before a map shows; the map chunk (Leaflet, its CSS, the map
// module) loads only with the first result. Budget (DESIGN.md): ≤ 30 KB gzip before the map.
// Run `pnpm build` here and in packages/elements first.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const bundle = await rollup({
  input: { 'tow-lookup': 'dist/define/tow-lookup.js' },
  plugins: [nodeResolve({ browser: true }), terser()],
  onwarn: () => {},
});
const { output } = await bundle.generate({ format: 'esm', chunkFileNames: '[name].js' });
const sizes = (code) => {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const chunks = output.filter((o) => o.type === 'chunk');
const entry = chunks.filter((c) => c.isEntry || !c.isDynamicEntry);
const lazy = chunks.filter((c) => !entry.includes(c));
const row = (name, list) => {
  const s = sizes(list.map((c) => c.code).join('\n'));
  return {
    part: name,
    files: list.map((c) => c.fileName).join(', '),
    minified: kb(s.min),
    gzip: kb(s.gzip),
    brotli: kb(s.brotli),
    gz: s.gzip,
  };
};
const before = row('before the map (lookup, lit, SDK)', entry);
const map = row('map chunk (Leaflet + CSS + map module)', lazy);
const all = row('with the map', chunks);
console.table([before, map, all].map(({ gz: _gz, ...r }) => r));
const leafletInEntry = entry.some((c) =>
  Object.keys(c.modules).some((id) => id.includes('leaflet')),
);
if (leafletInEntry) console.error('Leaflet ended up in the entry chunk: the map must load lazily.');
console.log(`budget before the map: ${kb(BUDGET)} — ${before.gz <= BUDGET ? 'ok' : 'OVER'}`);
if (before.gz > BUDGET || leafletInEntry) process.exitCode = 1;
