import { answersApi, servicesApi, type attachmentsApi, type casesApi } from '@panama311/sdk';
import { httpFor, type ClientConfig } from '../shared/client.js';

type Api<F extends (...args: never[]) => object, K extends keyof ReturnType<F>> = Pick<
  ReturnType<F>,
  K
>;

/**
 * What `<p311-case-form>` needs from a client: the SDK's own resources (a `createClient()`
 * client fits), or any adapter of the same shape (an Open311 back end, a test double).
 */
export interface CaseFormBackend {
  services: Api<typeof servicesApi, 'list' | 'get'>;
  answers: Api<typeof answersApi, 'faqs'>;
  attachments: Api<typeof attachmentsApi, 'upload'>;
  cases: Api<typeof casesApi, 'create' | 'nearby' | 'support'>;
}

/**
 * The SDK's calls over the shared transport for `api-base` and `api-key`. Only what the form
 * makes, and the calls of the later steps (with their schemas) load when first made.
 */
export function backendFor(config: ClientConfig): CaseFormBackend {
  const http = httpFor(config);
  const calls = () => import('./calls.js');
  return {
    services: servicesApi(http),
    answers: answersApi(http),
    attachments: {
      upload: async (source, options) =>
        (await calls()).attachmentsApi(http).upload(source, options),
    },
    cases: {
      create: async (input, options) => (await calls()).createCase(http, input, options),
      nearby: async (query, options) => (await calls()).nearbyCases(http, query, options),
      support: async (number, options) => (await calls()).supportCase(http, number, options),
    },
  };
}
