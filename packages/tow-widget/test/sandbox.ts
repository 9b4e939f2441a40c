import { inject } from 'vitest';

/** The sandbox's real HTTP server with its own fleet and a fast clock (see global-setup.ts). */
export const sandboxUrl = () => inject('sandboxUrl');

/** A sandbox with its fleet off: trucks move only when a test pushes positions. */
export const feedSandboxUrl = () => inject('feedSandboxUrl');

/** Moves the fast sandbox's clock forward. */
export const advanceSandbox = (minutes: number) =>
  fetch(`${sandboxUrl()}/__sandbox/advance?minutes=${minutes}`, { method: 'POST' });

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string;
    feedSandboxUrl: string;
  }
}
