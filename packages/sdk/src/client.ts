import { createHttp, type ClientOptions } from './http.js';
import { attachmentsApi } from './resources/attachments.js';
import { answersApi, entitiesApi, servicesApi } from './resources/catalogue.js';
import { casesApi } from './resources/cases.js';
import { telemetryApi } from './resources/telemetry.js';
import { towsApi, yardsApi } from './resources/tows.js';

/**
 * A client for the 311 API.
 * @example
 * const client = createClient({ apiKey: 'pk_test_demo', baseUrl: 'http://127.0.0.1:4311' });
 * const { data } = await client.services.list({ entity: 'idaan' });
 */
export function createClient(options: ClientOptions) {
  const http = createHttp(options);
  return {
    http,
    entities: entitiesApi(http),
    services: servicesApi(http),
    answers: answersApi(http),
    attachments: attachmentsApi(http),
    cases: casesApi(http),
    tows: towsApi(http),
    yards: yardsApi(http),
    telemetry: telemetryApi(http),
  };
}

/** What `createClient` returns. */
export type Client = ReturnType<typeof createClient>;
