import { inject } from 'vitest';

/** The sandbox's real HTTP server, started once for the run (see global-setup.ts). */
export const sandboxUrl = () => inject('sandboxUrl');

/** The sandbox whose clock a test may move by days (see global-setup.ts). */
export const laterSandboxUrl = () => inject('laterSandboxUrl');

/** Moves a sandbox's clock forward. */
export const advanceSandbox = (minutes: number, base = sandboxUrl()) =>
  fetch(`${base}/__sandbox/advance?minutes=${minutes}`, { method: 'POST' });

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string;
    laterSandboxUrl: string;
  }
}
