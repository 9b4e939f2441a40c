import { setupWorker } from 'msw/browser';
import { createSandbox, type SandboxOptions } from './sandbox.js';

export * from './index.js';

/** Options of the in-browser sandbox. */
export interface WorkerSandboxOptions extends SandboxOptions {
  /**
   * Where msw's service worker script is served (copy it with `npx msw init <public dir>`).
   * @default '/mockServiceWorker.js'
   */
  serviceWorkerUrl?: string;
  /** Log each intercepted request in the console. @default false */
  verbose?: boolean;
}

/**
 * The sandbox inside a page (Storybook, browser tests): msw's `setupWorker` answers the 311
 * API at any base URL from a service worker, so the page needs no server.
 * @example
 * const sandbox = await startWorkerSandbox({ seed: 1 });
 * const client = createClient({ apiKey: 'pk_test_demo', baseUrl: 'https://api.311.test' });
 */
export async function startWorkerSandbox(options: WorkerSandboxOptions = {}) {
  const sandbox = createSandbox(options);
  const worker = setupWorker(...sandbox.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: !options.verbose,
  });
  return {
    ...sandbox,
    worker,
    stop() {
      worker.stop();
      sandbox.close();
    },
  };
}
