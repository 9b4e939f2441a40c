import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { library } from '../../rollup.base.mjs';

export default [
  library({
    input: ['src/index.ts', 'src/operator.ts', 'src/schemas/index.ts', 'src/open311/index.ts'],
  }),
  // One self-contained, minified file for pages without a bundler (the demo; a CDN later).
  {
    input: 'src/index.ts',
    // zod's own annotations and cycles: nothing of ours to act on.
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') return;
      warn(warning);
    },
    output: { file: 'dist/browser/p311-sdk.js', format: 'esm', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.json',
        noCheck: true,
        declaration: false,
        declarationMap: false,
        outDir: 'dist/browser',
        exclude: ['**/*.test.ts', '**/*.test-d.ts'],
      }),
      terser({ format: { comments: false } }),
    ],
  },
];
