import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { leafletTrustedTypes } from '../rollup.base.mjs';
import { CHROMIUM } from './chromium.mjs';

/** The page's `prefers-color-scheme`, as a reader's system sets it (see color-scheme.ts). */
const colorScheme: BrowserCommand<['light' | 'dark' | null]> = async (ctx, scheme) => {
  await ctx.page.emulateMedia({ colorScheme: scheme });
};

/**
 * The browser-test setup every element package shares: Debian's Chromium through Playwright
 * (never a downloaded browser), the sandbox over real HTTP from the package's global setup,
 * and Leaflet patched as the builds patch it.
 */
export function browserTestConfig(
  options: { commands?: Record<string, BrowserCommand<never[]>> } = {},
) {
  return defineConfig({
    plugins: [leafletTrustedTypes()],
    test: {
      include: ['src/**/*.test.ts'],
      globalSetup: ['./test/global-setup.ts'],
      testTimeout: 30_000,
      // A photo's re-encoding or a first Leaflet load can take seconds when CI runs the other
      // suites beside this one: waiting only 1 s (vitest's default) made passing tests fail.
      expect: { poll: { timeout: 5_000 } },
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        commands: { colorScheme, ...options.commands },
        provider: playwright({
          // Room for the test iframe at full size, so screenshots are not scaled down to fit.
          contextOptions: { viewport: { width: 1400, height: 4000 } },
          launchOptions: CHROMIUM,
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  });
}
