import { serve } from '@panama311/sandbox/node';
import type { TestProject } from 'vitest/node';

/**
 * Two sandboxes over real HTTP for the browser tests, both with a generous lookup limit:
 * - `sandboxUrl`: fast clock (60×), its own fleet moving the trucks, the demo tows;
 * - `feedSandboxUrl`: real-time clock and the fleet off, so only what the tests push through
 *   the operator API (directly or with `examples/tow-fleet-feed`) moves a truck.
 */
export default async function setup(project: TestProject) {
  const lookupLimit = { limit: 1000, windowMs: 60_000 };
  const app = await serve({ port: 0, seed: 311, speed: 60, heartbeatMs: 1000, lookupLimit });
  const feed = await serve({ port: 0, seed: 312, fleet: false, heartbeatMs: 1000, lookupLimit });
  project.provide('sandboxUrl', app.url);
  project.provide('feedSandboxUrl', feed.url);
  return async () => {
    await Promise.all([app.close(), feed.close()]);
  };
}
