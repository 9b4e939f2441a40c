/**
 * The built Storybook (`storybook-static/`, from `pnpm storybook:build`), in Spanish and in
 * English: every story renders its element with real content, its `play` reaches the state
 * it shows, no page error happens on the way, and the docs tables get the element's
 * attributes, events, parts and custom properties from the Custom Elements Manifest.
 *
 * Stories are switched inside one preview per component and language, as Storybook's own UI
 * does (`setCurrentStory`), so the preview and msw's worker start once per group.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@panama311/sandbox/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../test-support/chromium.mjs';

const STATIC = fileURLToPath(new URL('../storybook-static', import.meta.url));
const INDEX = `${STATIC}/index.json`;

type Entry = { id: string; title: string; name: string; type: 'story' | 'docs' };
const stories = existsSync(INDEX)
  ? Object.values(
      (JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, Entry> }).entries,
    ).filter((e) => e.type === 'story')
  : [];
// Without a build, one test still runs, to fail with the message below.
const titles = stories.length ? [...new Set(stories.map((s) => s.title))] : ['storybook-static'];

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  if (!stories.length) {
    throw new Error(
      `${INDEX} is missing or lists no story: build Storybook first (pnpm storybook:build)`,
    );
  }
  // Static files only: the stories' API is the sandbox inside the page, behind msw's worker.
  server = await serve({ port: 0, staticDir: STATIC, tickMs: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page reports about the story it has just finished. */
interface Outcome {
  status: string;
  storybookError?: string;
  tag?: string;
  lang?: string | null;
  text: string;
  documented: string[];
  description: string;
}

/** Shows one story in the preview and waits until Storybook has finished it (play included). */
function show(page: Page, id: string): Promise<Outcome> {
  return page.evaluate(
    (id) =>
      new Promise<Outcome>((resolve) => {
        type Channel = {
          on(event: string, f: (e: { storyId: string; status: string }) => void): void;
          off(event: string, f: (e: { storyId: string; status: string }) => void): void;
          emit(event: string, payload: unknown): void;
        };
        type PreviewWeb = {
          currentRender?: {
            story?: {
              argTypes: Record<string, unknown>;
              parameters: { docs?: { extractComponentDescription?: (c: unknown) => string } };
            };
          };
        };
        const w = globalThis as unknown as {
          __STORYBOOK_ADDONS_CHANNEL__: Channel;
          __STORYBOOK_PREVIEW__: PreviewWeb;
        };
        const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
        const finished = (e: { storyId: string; status: string }) => {
          if (e.storyId !== id) return;
          channel.off('storyFinished', finished);
          const element = [...document.querySelectorAll('#storybook-root *')].find((el) =>
            el.localName.startsWith('p311-'),
          );
          const story = w.__STORYBOOK_PREVIEW__.currentRender?.story;
          resolve({
            status: e.status,
            storybookError: document.body.classList.contains('sb-show-errordisplay')
              ? (document.querySelector('#error-message')?.textContent ?? 'error display')
              : undefined,
            tag: element?.localName,
            lang: element?.getAttribute('lang'),
            text: element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            documented: Object.keys(story?.argTypes ?? {}),
            description:
              story?.parameters.docs?.extractComponentDescription?.(element?.localName) ?? '',
          });
        };
        channel.on('storyFinished', finished);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    id,
  );
}

/** Opens an empty preview in `locale`, ready for `setCurrentStory`. */
async function boot(page: Page, locale: string) {
  await page.goto(`${server.url}/iframe.html`);
  // Ready once its story store exists.
  await page.waitForFunction(
    () =>
      !!(globalThis as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: unknown } })
        .__STORYBOOK_PREVIEW__?.storyStoreValue,
  );
  // The toolbar's language, as Storybook's UI sets it.
  await page.evaluate((locale) => {
    const w = globalThis as unknown as {
      __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void };
    };
    w.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale } });
  }, locale);
}

/** What the docs tables must get from the manifest, by their argTypes' names. */
const DOCUMENTED = ['lang', 'api-key', 'onP311Error', 'error-summary', '--p311-color-accent'];

/**
 * Shows each story of `title` in turn in one preview in `locale`; returns what went wrong,
 * one line per problem.
 */
async function checkStories(title: string, locale: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message.split('\n')[0]!));
  page.on('console', (m) => {
    // The stories' own 429, 503 and offline answers, and Chromium's favicon probe.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      errors.push(m.text().split('\n')[0]!);
    }
  });
  const failures: string[] = [];
  try {
    await boot(page, locale);
    const group = stories.filter((s) => s.title === title);
    for (const [i, story] of group.entries()) {
      // A broken build fails every story the same way, slowly: three are enough to say so.
      if (new Set(failures.map((f) => f.split(': ')[0])).size >= 3) {
        failures.push(`${locale}: ${group.length - i} more stories not tried`);
        break;
      }
      errors = [];
      const fail = (why: string) => failures.push(`${locale} ${story.name} (${story.id}): ${why}`);
      let shown: Outcome | undefined;
      try {
        shown = await Promise.race([
          show(page, story.id),
          new Promise<undefined>((done) => setTimeout(done, 20_000)),
        ]);
      } catch (error) {
        // The page went away (a reload, a crash): say so, and go on in a fresh one.
        fail(`the page broke: ${(error as Error).message}`);
        await boot(page, locale);
        continue;
      }
      if (!shown) {
        fail('did not finish within 20 s');
        continue;
      }
      if (shown.status !== 'success' || shown.storybookError)
        fail(`Storybook says ${shown.status}: ${shown.storybookError ?? ''}`);
      if (!shown.tag) fail('no p311-* element rendered');
      // A heading alone is not content: every state shows at least a sentence more.
      else if (shown.text.length < 40) fail(`next to no content: "${shown.text}"`);
      if (shown.lang !== locale) fail(`lang="${shown.lang}", not ${locale}`);
      for (const name of DOCUMENTED.filter((n) => !shown.documented.includes(n))) {
        fail(`the manifest does not document ${name}`);
      }
      if (shown.description.length < 40) fail('no description from the manifest');
      if (errors.length) fail(`page errors: ${errors.join(' | ')}`);
    }
  } finally {
    await context.close();
  }
  return failures;
}

// One test per component, its Spanish and English previews side by side: every group runs
// at once (vitest would hold back a sixth concurrent test).
describe.concurrent('every story, in Spanish and in English', () => {
  it.for(titles)('%s', { timeout: 120_000 }, async (title, { expect }) => {
    const failures = await Promise.all(['es', 'en'].map((locale) => checkStories(title, locale)));
    expect(failures.flat()).toEqual([]);
  });
});
