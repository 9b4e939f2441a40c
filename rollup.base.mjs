// Shared rollup setup: ESM + .d.ts, one output file per source module so consumers tree-shake.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

/**
 * @param {{ input: string[] | Record<string, string>, external?: (id: string) => boolean, tsconfig?: string }} options
 * @returns {import('rollup').RollupOptions}
 */
export function library({ input, external, tsconfig = './tsconfig.json' }) {
  return {
    input,
    external:
      external ?? ((id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0')),
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
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
