export { createClient, type Client } from './client.js';
export {
  createHttp,
  DEFAULT_BASE_URL,
  newIdempotencyKey,
  checkInput,
  parseResponse,
  type CallOptions,
  type ClientOptions,
  type CreateOptions,
  type Http,
} from './http.js';
export { entitiesApi, servicesApi, answersApi, paginate } from './resources/catalogue.js';
export type { EntityQuery, ServiceQuery, FaqQuery } from './resources/catalogue.js';
export { attachmentsApi, sniffImageType } from './resources/attachments.js';
export type { UploadOptions, UploadSource } from './resources/attachments.js';
export {
  casesApi,
  createCase,
  getCase,
  nearbyCases,
  supportCase,
  rateCase,
  watchCase,
  type CaseEvent,
  type WatchOptions,
} from './resources/cases.js';
export { towsApi, yardsApi, type TowEvent } from './resources/tows.js';
export { telemetryApi } from './resources/telemetry.js';
export { live, LiveHttpError, type LiveEvent, type LiveOptions, type LiveStream } from './live.js';
export {
  ProblemError,
  ResponseValidationError,
  InputError,
  SecretKeyError,
  errorCode,
  errorMessage,
  retryAfter,
  toFieldErrors,
  codeForStatus,
  redactValue,
} from './errors.js';
export { HTTPError, TimeoutError, isHTTPError, isTimeoutError, isKyError } from 'ky';
export { formatMessage, pickLocale, MESSAGES, type Locale, type MessageCode } from './messages.js';
export * from './rules.js';
export * from './schemas/index.js';
