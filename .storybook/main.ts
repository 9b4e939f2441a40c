import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['sdk', 'sandbox', 'elements', 'tow-widget'];
const ELEMENT_PACKAGES = ['elements', 'tow-widget'];

// The docs pages read each element package's Custom Elements Manifest, a build output.
for (const name of ELEMENT_PACKAGES) {
  if (!existsSync(join(root, 'packages', name, 'custom-elements.json'))) {
    throw new Error(
      `packages/${name}/custom-elements.json is missing: run ` +
        '`pnpm --filter ./packages/elements --filter ./packages/tow-widget run manifest` first',
    );
  }
}

/**
 * Every `@panama311/*` import from its source file, found through the package's `exports`
 * (`./dist/x.js` is built from `./src/x.ts`): stories show the code as it is now, with hot
 * reload, and need no build of the packages first.
 */
function workspaceSources() {
  return PACKAGES.flatMap((name) => {
    const dir = join(root, 'packages', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      exports: Record<string, string | { default: string }>;
    };
    return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
      const built = typeof target === 'string' ? target : target.default;
      const source = join(dir, built.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
      if (!built.startsWith('./dist/') || !existsSync(source)) return [];
      const specifier = pkg.name + subpath.slice(1);
      return [
        {
          find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
          replacement: source,
        },
      ];
    });
  });
}

// msw's service worker script, from the msw the sandbox runs on (never a committed copy).
const mswWorker = createRequire(join(root, 'packages/sandbox/package.json')).resolve(
  'msw/mockServiceWorker.js',
);

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', 'msw-storybook-addon'],
  staticDirs: [
    { from: mswWorker, to: '/mockServiceWorker.js' },
    // A stand-in map tile, so the tow lookup's map draws without reaching a tile server.
    { from: '../packages/tow-widget/test/fixtures/tile.svg', to: '/tile.svg' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    const aliases = config.resolve?.alias ?? [];
    return {
      ...config,
      resolve: {
        ...config.resolve,
        alias: [
          ...workspaceSources(),
          ...(Array.isArray(aliases)
            ? aliases
            : Object.entries(aliases).map(([find, replacement]) => ({ find, replacement }))),
        ],
      },
    };
  },
};

export default config;
