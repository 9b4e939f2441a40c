/// <reference types="msw-storybook-addon/csf3" />
/**
 * The network states a story can ask for, on top of the sandbox's handlers (see preview.ts):
 * each adds a handler with `msw.use` in the story's `beforeEach`, and the next story starts
 * from the sandbox again.
 */
import { delay, getResponse, http, HttpResponse, RequestHandler, type JsonBodyType } from 'msw';
import type { SetupWorker } from 'msw/browser';

/** What every story's element is configured with: a host no request can reach but the worker. */
export const API = { base: 'https://api.sandbox.p311.test', key: 'pk_test_storybook' } as const;

type Method = 'get' | 'post' | 'all';

/**
 * Answers matching requests with `answer`, which may pass a request on to the handlers
 * below this one (the sandbox's, and earlier overrides) with `sandbox(request)`.
 */
function onTopOfSandbox(
  msw: SetupWorker,
  method: Method,
  path: string,
  answer: (request: Request, sandbox: (request: Request) => Promise<Response>) => Promise<Response>,
) {
  const handler = http[method](`*${path}`, ({ request }) =>
    answer(request, async (forwarded) => {
      const others = msw
        .listHandlers()
        .filter((h): h is RequestHandler => h !== handler && h instanceof RequestHandler);
      return (await getResponse(others, forwarded)) ?? HttpResponse.error();
    }),
  );
  msw.use(handler);
}

/**
 * The sandbox's own faults (`P311-Fault`, see packages/sandbox/src/faults.ts) on matching
 * requests, e.g. `status=503; retry-after=1`.
 */
export function fault(msw: SetupWorker, method: Method, path: string, header: string) {
  onTopOfSandbox(msw, method, path, (request, sandbox) => {
    const headers = new Headers(request.headers);
    headers.set('p311-fault', header);
    return sandbox(new Request(request, { headers }));
  });
}

/** No connection: matching requests fail as fetch fails offline. */
export function offline(msw: SetupWorker, method: Method, path: string) {
  msw.use(http[method](`*${path}`, () => HttpResponse.error()));
}

/**
 * Matching requests (those `when` picks, by default all) never get an answer: the element
 * stays in its loading state.
 */
export function pending(
  msw: SetupWorker,
  method: Method,
  path: string,
  when: (request: Request) => boolean = () => true,
) {
  msw.use(
    http[method](`*${path}`, async ({ request }) => {
      if (!when(request)) return undefined;
      await delay('infinite');
      return HttpResponse.error();
    }),
  );
}

/** The sandbox's JSON answer to matching requests, changed by `edit` (e.g. a case's status). */
export function edited<T>(
  msw: SetupWorker,
  method: Method,
  path: string,
  edit: (body: T, request: Request) => JsonBodyType,
) {
  onTopOfSandbox(msw, method, path, async (request, sandbox) => {
    const response = await sandbox(request);
    if (!response.ok) return response;
    return HttpResponse.json(edit((await response.json()) as T, request), {
      status: response.status,
    });
  });
}
