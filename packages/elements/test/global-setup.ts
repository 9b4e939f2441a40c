import { serve } from '@panama311/sandbox/node';
import type { TestProject } from 'vitest/node';

/**
 * Two sandboxes over real HTTP for the browser tests, both with a fast clock and a generous
 * lookup limit:
 * - `sandboxUrl`: the one the tests share; they move its clock by hours at most;
 * - `laterSandboxUrl`: one whose clock a test moves by days (to see a case resolved), so
 *   no other test finds its cases older than it expects.
 */
export default async function setup(project: TestProject) {
  const options = {
    port: 0,
    seed: 311,
    speed: 60,
    heartbeatMs: 1000,
    lookupLimit: { limit: 1000, windowMs: 60_000 },
  };
  const app = await serve(options);
  const later = await serve({ ...options, seed: 312 });
  project.provide('sandboxUrl', app.url);
  project.provide('laterSandboxUrl', later.url);
  return async () => {
    await Promise.all([app.close(), later.close()]);
  };
}
