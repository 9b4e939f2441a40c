// Shared rollup setup: ESM + .d.ts, one output file per source module so consumers tree-shake.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { readFile } from 'node:fs/promises';

/**
 * `import text from 'x.css?inline'` as Vite does it: the stylesheet's text as a string, for
 * constructable stylesheets inside shadow roots (Leaflet's CSS).
 */
export function cssInline() {
  return {
    name: 'css-inline',
    async resolveId(source, importer) {
      if (!source.endsWith('.css?inline')) return null;
      const resolved = await this.resolve(source.slice(0, -'?inline'.length), importer, { skipSelf: true });
      return resolved && `${resolved.id}?inline`;
    },
    async load(id) {
      if (!id.endsWith('.css?inline')) return null;
      const text = await readFile(id.slice(0, -'?inline'.length), 'utf8');
      return `export default ${JSON.stringify(text)};`;
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
    // Packages stay imports for the consumer's bundler; inlined stylesheets are ours to ship.
    external: external ?? ((id) => !/^[./\0]/.test(id) && !id.endsWith('?inline')),
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      cssInline(),
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
