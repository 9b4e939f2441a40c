/// <reference types="vite/client" />
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { startWorkerSandbox } from '../packages/sandbox/src/browser.js';

type Manifest = { schemaVersion: string; modules: unknown[] };

// One manifest for the docs pages: the elements' and the tow widget's, built by their
// `manifest` scripts (main.ts checks they are there).
const manifests = Object.values(
  import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
    eager: true,
    import: 'default',
  }),
);
setCustomElementsManifest({
  schemaVersion: manifests[0]?.schemaVersion ?? '1.0.0',
  modules: manifests.flatMap((manifest) => manifest.modules),
});

/**
 * The sandbox's handlers as the worker's own (they survive the reset between stories; a
 * story adds its overrides with `msw.use` in `beforeEach`). Its clock runs in real time, so
 * the demo case and the demo tows move while a story is open.
 */
const sandboxWorker = async () => {
  const sandbox = await startWorkerSandbox({
    // Relative, so a Storybook published under a sub-path finds it too.
    serviceWorkerUrl: './mockServiceWorker.js',
    // Switching between tow stories must not hit the lookup limit; one story asks for a 429.
    lookupLimit: { limit: 10_000, windowMs: 60_000 },
  });
  return sandbox.worker;
};

/**
 * The toolbar's language and theme, as the `lang` and `theme` attributes of the element
 * (the story's render reads them from its args), and a page around it to match.
 */
const languageAndTheme: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale: 'es' | 'en'; theme: Theme };
  document.documentElement.lang = locale;
  document.documentElement.style.colorScheme = PAGE[theme].colorScheme;
  document.body.style.background = PAGE[theme].background;
  return story({
    args: { ...context.args, lang: locale, theme: theme === 'light' ? undefined : theme },
  });
};

type Theme = 'light' | 'dark' | 'auto';
const PAGE: Record<Theme, { colorScheme: string; background: string }> = {
  light: { colorScheme: 'light', background: '#fff' },
  dark: { colorScheme: 'dark', background: '#030712' },
  auto: { colorScheme: 'light dark', background: 'Canvas' },
};

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader(sandboxWorker)],
  decorators: [languageAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the elements (their `lang` attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the elements (their `theme` attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (prefers-color-scheme)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'es', theme: 'light' },
  // The toolbar sets these two (see the decorator).
  argTypes: { lang: { control: false }, theme: { control: false } },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Each story in its own frame on the docs pages: the stories' network overrides
    // (`msw.use`) would otherwise all apply to one page.
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
};

export default preview;
