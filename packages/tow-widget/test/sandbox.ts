import { inject } from 'vitest';

/** The sandbox's real HTTP server, started once for the run (see vitest.config.ts). */
export const sandboxUrl = () => inject('sandboxUrl');

/** Moves the sandbox clock forward. */
export const advanceSandbox = (minutes: number) =>
  fetch(`${sandboxUrl()}/__sandbox/advance?minutes=${minutes}`, { method: 'POST' });

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string;
  }
}
