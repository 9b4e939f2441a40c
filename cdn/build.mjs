#!/usr/bin/env node
// The CDN build: one entry (loader) plus one lazily loaded chunk per element, content-hashed
// and immutable, a tiny stylesheet reserving the elements' space, under dist-cdn/p311/<version>/ (and latest/, as CDNs alias it), with an SRI
// manifest (sha384) and the snippet the docs print.
import { createHash } from 'node:crypto';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { cssInline, leafletTrustedTypes } from '../rollup.base.mjs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(
  await readFile(join(root, 'packages/elements/package.json'), 'utf8'),
);
const out = join(root, 'dist-cdn/p311', version);
const base = process.env.P311_CDN_BASE ?? `https://cdn.311.gob.pa/p311/${version}`;

await rm(out, { recursive: true, force: true });
const bundle = await rollup({
  input: { p311: join(root, 'cdn/loader.js') },
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    cssInline(),
    leafletTrustedTypes(),
    nodeResolve({ browser: true }),
    preloadList(),
    terser({ format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
    warn(warning);
  },
});
const { output } = await bundle.write({
  dir: out,
  format: 'esm',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
});
await bundle.close();
await writeFile(join(root, 'dist-cdn/downloads.json'), JSON.stringify(downloads(output), null, 2));

// The space each element takes, held from the first paint: a module script runs after the
// browser may already have painted, so the loader's own copy of these rules can come too late.
const { undefinedElementsCss } = await import(
  join(root, 'packages/elements/dist/shared/reserve.js')
);
await writeFile(join(out, 'p311.css'), undefinedElementsCss + '\n');

const files = await list(out);
const sri = {};
for (const file of files) {
  const bytes = await readFile(join(out, file));
  sri[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
await writeFile(join(out, 'sri.json'), JSON.stringify(sri, null, 2) + '\n');
const snippet =
  `<link rel="stylesheet" href="${base}/p311.css" integrity="${sri['p311.css']}" crossorigin="anonymous" />\n` +
  `<script type="module" src="${base}/p311.js" integrity="${sri['p311.js']}" crossorigin="anonymous"></script>\n`;
await writeFile(join(out, 'snippet.html'), snippet);
const latest = join(root, 'dist-cdn/p311/latest');
await rm(latest, { recursive: true, force: true });
await cp(out, latest, { recursive: true });
console.log(`dist-cdn/p311/${version} (and latest): ${files.length} files\n${snippet}`);

async function list(dir, prefix = '') {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const names = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? list(dir, join(prefix, e.name)) : [join(prefix, e.name)],
    ),
  );
  return names.flat().sort();
}

/**
 * Writes into the loader, in place of `__P311_PRELOAD__`, the chunks each element's chunk
 * imports (its static import closure, the element's chunk included): the loader asks for them
 * with `<link rel="modulepreload">` before importing the element. The names carry rollup's hash
 * placeholders here, which rollup replaces with the final hashes after this hook.
 */
function preloadList() {
  return {
    name: 'p311-preload-list',
    renderChunk(code, chunk, _options, { chunks }) {
      if (!chunk.isEntry || !code.includes('__P311_PRELOAD__')) return null;
      const closure = (names, seen = new Set()) => {
        for (const name of names) {
          if (seen.has(name) || name === chunk.fileName) continue;
          seen.add(name);
          closure(chunks[name].imports, seen);
        }
        return seen;
      };
      const list = {};
      for (const imported of chunk.dynamicImports) {
        const tag = chunks[imported].moduleIds
          .map((id) => /define\/([a-z-]+)\.js$/.exec(id)?.[1])
          .find(Boolean);
        if (tag) list[`p311-${tag}`] = [...closure([imported])].map((name) => `./${name}`);
      }
      return { code: code.replace('__P311_PRELOAD__', JSON.stringify(list)), map: null };
    },
  };
}

/**
 * What a page downloads for each element (for the size budgets in .size-limit.js): `first`,
 * the loader and the chunks its element needs to render; `later`, what the element loads by
 * itself as it is used; the map and web-vitals (telemetry) apart, since few pages load them.
 */
function downloads(output) {
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  const has = (c, text) => Object.keys(c.modules).some((id) => id.includes(text));
  const apart = (c) => has(c, 'leaflet') || has(c, 'web-vitals');
  const closure = (names, seen = new Set()) => {
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      closure(chunks.get(name).imports, seen);
    }
    return seen;
  };
  const prefix = (files) => [...files].map((f) => `dist-cdn/p311/${version}/${f}`);
  const result = {};
  for (const imported of entry.dynamicImports) {
    const tag = Object.keys(chunks.get(imported).modules)
      .map((id) => /define\/([a-z-]+)\.js$/.exec(id)?.[1])
      .find(Boolean);
    if (!tag) continue;
    const first = closure([entry.fileName, imported]);
    const later = new Set();
    const own = [...first].filter((n) => n !== entry.fileName);
    for (const name of closure(own.flatMap((n) => chunks.get(n).dynamicImports)))
      if (!first.has(name) && !apart(chunks.get(name)) && name !== imported) later.add(name);
    result[`p311-${tag}`] = { first: prefix(first), later: prefix(later) };
  }
  return result;
}
