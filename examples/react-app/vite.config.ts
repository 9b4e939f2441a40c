import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The app's source lives in src/ (src/index.html is Vite's entry) and builds to dist/, which the
// demo server serves at /react-app/dist/ (/react-app/ redirects there). `base: './'` keeps
// every URL relative, so the build works under any path.
export default defineConfig({
  root: fileURLToPath(new URL('./src', import.meta.url)),
  base: './',
  // Vite 8 transforms TS and JSX with Oxc (its `esbuild` option is deprecated): React 17+'s
  // automatic runtime, no plugin needed.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
});
