import { serve } from '@panama311/sandbox/node';
import type { TestProject } from 'vitest/node';

/** The sandbox over real HTTP for the browser tests: fast clock, generous lookup limit. */
export default async function setup(project: TestProject) {
  const app = await serve({
    port: 0,
    seed: 311,
    speed: 60,
    heartbeatMs: 1000,
    lookupLimit: { limit: 1000, windowMs: 60_000 },
  });
  project.provide('sandboxUrl', app.url);
  return () => app.close();
}
