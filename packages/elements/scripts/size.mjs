#!/usr/bin/env node
// Each element's cost in a browser, as a bundler ships it: `define/<element>` from dist/
// bundled with lit, the SDK (ky, zod/mini) and the shared modules, minified with terser,
// split where the code splits. "First load" is what a page pays when the element appears;
// "later" is what the element loads by itself afterwards (the form's next steps, the map
// only when opened). Budgets (DESIGN.md): status ≤ 20 KB, form ≤ 35 KB without the map.
// Run `pnpm build` first.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';

const ELEMENTS = [
  { name: 'p311-case-status', input: 'dist/define/case-status.js', budget: 20 * 1024 },
  { name: 'p311-case-form', input: 'dist/define/case-form.js', budget: 35 * 1024 },
];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (list) => gzipSync(Buffer.from(list.map((c) => c.code).join('\n')), { level: 9 }).length;

const rows = [];
let over = false;
for (const { name, input, budget } of ELEMENTS) {
  const bundle = await rollup({
    input,
    plugins: [nodeResolve({ browser: true }), terser()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'esm', chunkFileNames: '[name].js' });
  const chunks = output.filter((o) => o.type === 'chunk');
  const first = chunks.filter((c) => c.isEntry || !c.isDynamicEntry);
  const map = chunks.filter(
    (c) => !first.includes(c) && Object.keys(c.modules).some((id) => id.includes('leaflet')),
  );
  const later = chunks.filter((c) => !first.includes(c) && !map.includes(c));
  const firstGz = gz(first);
  if (firstGz + gz(later) > budget) over = true;
  rows.push({
    element: name,
    'first load': kb(firstGz),
    'later (by itself)': kb(gz(later)),
    'map (when opened)': map.length ? kb(gz(map)) : '—',
    budget: `${kb(budget)} ${firstGz + gz(later) <= budget ? 'ok' : 'OVER'}`,
  });
}
console.table(rows);
if (over) process.exitCode = 1;
