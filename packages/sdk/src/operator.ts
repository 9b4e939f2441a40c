import * as z from 'zod/mini';
import {
  checkInput,
  createHttp,
  type ClientOptions,
  type CreateOptions,
  type CallOptions,
} from './http.js';
import {
  OperatorTow,
  PositionBatch,
  PositionBatchResult,
  TowAssign,
  TowCompany,
  TowCreate,
  TowStatusChange,
} from './schemas/tows.js';

const CompanyList = z.looseObject({ data: z.array(TowCompany) });
const towPath = (id: string) => `operator/tows/${encodeURIComponent(id)}`;

/**
 * The tow-tracking integration, for ATTT's and the tow companies' own systems: register a
 * tow an inspector requested, assign a company, move it through its statuses and push the
 * truck's GPS positions. Server side only: it needs a secret key (`sk_…`), which is refused
 * in browsers.
 * @example
 * const ops = createOperatorClient({ apiKey: process.env.P311_SECRET_KEY!, baseUrl });
 * const tow = await ops.tows.create({ plate: 'AB1234', … });
 * await ops.tows.pushPositions(tow.id, [{ lat: 8.98, lng: -79.52, at: new Date().toISOString() }]);
 */
export function createOperatorClient(options: ClientOptions) {
  if (!options.apiKey?.startsWith('sk_')) {
    throw new TypeError('createOperatorClient needs a secret key (sk_live_… or sk_test_…)');
  }
  const http = createHttp(options);
  return {
    http,
    companies: {
      list: (opts: CallOptions = {}) =>
        http.call(CompanyList, 'get', 'operator/companies', opts).then((l) => l.data),
    },
    tows: {
      /** Registers a tow requested by an inspector. */
      create: async (input: TowCreate, opts: CreateOptions = {}) =>
        http.call(OperatorTow, 'post', 'operator/tows', {
          ...opts,
          json: checkInput(TowCreate, input),
        }),
      get: (id: string, opts: CallOptions = {}) => http.call(OperatorTow, 'get', towPath(id), opts),
      /** Assigns a tow company (and the yard it will take the vehicle to). */
      assign: async (id: string, input: TowAssign, opts: CreateOptions = {}) =>
        http.call(OperatorTow, 'post', `${towPath(id)}/assign`, {
          ...opts,
          json: checkInput(TowAssign, input),
        }),
      /** Moves a tow to its next status: dispatched, towing, at_yard, released. */
      setStatus: async (id: string, input: TowStatusChange, opts: CreateOptions = {}) =>
        http.call(OperatorTow, 'post', `${towPath(id)}/status`, {
          ...opts,
          json: checkInput(TowStatusChange, input),
        }),
      /** Sends a batch of the truck's GPS fixes, oldest first (at most 500). */
      pushPositions: async (
        id: string,
        positions: PositionBatch['positions'],
        opts: CreateOptions = {},
      ) =>
        http.call(PositionBatchResult, 'post', `${towPath(id)}/positions`, {
          ...opts,
          json: checkInput(PositionBatch, { positions }),
        }),
    },
  };
}

/** What `createOperatorClient` returns. */
export type OperatorClient = ReturnType<typeof createOperatorClient>;
export type { ClientOptions } from './http.js';
export * from './errors.js';
export type {
  OperatorTow,
  TowCreate,
  TowAssign,
  TowStatusChange,
  PositionBatch,
} from './schemas/tows.js';
