// Shared rollup setup: ESM + .d.ts, one output file per source module so consumers tree-shake.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * `import text from 'x.css?inline'` as Vite does it: the stylesheet's text as a string, for
 * constructable stylesheets inside shadow roots (Leaflet's CSS).
 */
export function cssInline() {
  // A virtual id (`\0…`): with `preserveModules` the stylesheet's module is written under
  // `dist/_virtual/`, not `dist/node_modules/…`, which npm leaves out of a published package.
  const PREFIX = '\0inline-css:';
  return {
    name: 'css-inline',
    async resolveId(source, importer) {
      if (!source.endsWith('.css?inline')) return null;
      const bare = source.slice(0, -'?inline'.length);
      const resolved = await this.resolve(bare, importer, { skipSelf: true });
      if (resolved && !resolved.external) return PREFIX + resolved.id;
      // `external` marks a bare specifier external before any plugin resolves it: resolve as Node.
      return PREFIX + createRequire(importer ?? import.meta.url).resolve(bare);
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const text = await readFile(id.slice(PREFIX.length), 'utf8');
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

const LEAFLET = 'leaflet/dist/leaflet-src.esm.js';

/**
 * Leaflet for pages that require Trusted Types: at import time Leaflet probes inline SVG with
 * `div.innerHTML = '<svg/>'`, a string-to-HTML sink such a page blocks, so the whole map would
 * fail to load. The probe becomes a DOM call with the same answer. Works in Rollup and Vite.
 * The map module uses no other sink (no popups, no Leaflet controls with markup, element
 * icons), so this is the only one patched.
 */
export function leafletTrustedTypes() {
  const PREFIX = '\0leaflet:';
  return {
    name: 'leaflet-trusted-types',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== LEAFLET) return null;
      return PREFIX + createRequire(importer ?? import.meta.url).resolve(source);
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const code = await readFile(id.slice(PREFIX.length), 'utf8');
      const probe = "div.innerHTML = '<svg/>';";
      if (!code.includes(probe))
        throw new Error(`${LEAFLET} changed: its inline SVG probe was not found`);
      return code.replace(
        probe,
        "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));",
      );
    },
  };
}

/**
 * @param {{ input: string[] | Record<string, string>, external?: (id: string) => boolean, tsconfig?: string }} options
 * @returns {import('rollup').RollupOptions}
 */
export function library({ input, external, tsconfig = './tsconfig.json' }) {
  return {
    input,
    // Packages stay imports for the consumer's bundler; inlined stylesheets and the patched
    // Leaflet are ours to ship.
    external:
      external ?? ((id) => !/^[./\0]/.test(id) && !id.endsWith('?inline') && id !== LEAFLET),
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      cssInline(),
      leafletTrustedTypes(),
      nodeResolve(),
      typescript({
        tsconfig,
        noCheck: true,
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
        exclude: ['**/*.test.ts', '**/*.test-d.ts', 'scripts/**', 'test/**'],
      }),
    ],
  };
}
