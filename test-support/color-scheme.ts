import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    colorScheme(scheme: 'light' | 'dark' | null): Promise<void>;
  }
}

/**
 * Makes the reader's system light or dark, as `prefers-color-scheme` (and so `theme="auto"`)
 * sees it; `null` gives the browser's own setting back.
 */
export const emulateColorScheme = (scheme: 'light' | 'dark' | null) => commands.colorScheme(scheme);
