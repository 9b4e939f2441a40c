import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { library } from '../../rollup.base.mjs';

export default [
  library({ input: ['src/index.ts', 'src/node.ts', 'src/browser.ts', 'src/cli.ts'] }),
  // One file with msw, the SDK and the seed, for pages without a bundler (browser tests).
  {
    input: 'src/browser.ts',
    onwarn(warning, warn) {
      if (['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'].includes(warning.code))
        return;
      warn(warning);
    },
    output: { file: 'dist/bundle/sandbox.js', format: 'esm' },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.json',
        noCheck: true,
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        outDir: 'dist/bundle',
        exclude: ['**/*.test.ts', 'test/**', 'scripts/**'],
      }),
      terser(),
    ],
  },
];
