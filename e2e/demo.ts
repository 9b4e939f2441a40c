import { fileURLToPath } from 'node:url';
import { serve, type GlobalFaults } from '@panama311/sandbox/node';
import { DEMO_SITE } from '../scripts/demo-site.mjs';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** How a demo server runs. */
export interface DemoOptions {
  /** Virtual minutes per real minute. @default 20 */
  speed?: number;
  /** Faults for every API request from the start; `setFaults` changes them while it runs. */
  faults?: GlobalFaults;
}

/** The demo command's server, in process: sandbox API, example pages, the CDN build, the docs. */
export async function startDemo(options: DemoOptions = {}) {
  // The sandbox reads `faults` from its options on every request, so changing this object
  // changes the faults of a running server (what the CLI's flags set once, at start).
  const faults: GlobalFaults = { ...options.faults };
  const app = await serve({
    port: 0,
    ...DEMO_SITE,
    speed: options.speed ?? DEMO_SITE.speed,
    heartbeatMs: 1000,
    faults,
  });
  /** `METHOD /path` of every request the server received, in order. */
  const requests: string[] = [];
  app.server.on('request', (req: { method?: string; url?: string }) => {
    requests.push(`${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`);
  });
  return {
    ...app,
    requests,
    /** Replaces the faults every API request gets from now on; no argument stops them. */
    setFaults(next: GlobalFaults = {}) {
      for (const key of Object.keys(faults)) delete faults[key as keyof GlobalFaults];
      Object.assign(faults, next);
    },
    /** Moves the sandbox clock forward through its HTTP control, as a demo presenter would. */
    async advance(minutes: number) {
      const res = await fetch(`${app.url}/__sandbox/advance?minutes=${minutes}`, {
        method: 'POST',
      });
      if (!res.ok) throw new Error(`advance: HTTP ${res.status}`);
    },
    /** Runs the sandbox clock at another speed (virtual minutes per real minute). */
    setSpeed(speed: number) {
      app.sandbox.world.clock.setSpeed(speed);
    },
  };
}

export type Demo = Awaited<ReturnType<typeof startDemo>>;

export const screenshot = (name: string) => path(`./screenshots/${name}.png`);

export { launchChromium } from '../test-support/chromium.mjs';
