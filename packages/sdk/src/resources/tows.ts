import * as z from 'zod/mini';
import { checkInput, parseResponse, type CallOptions, type Http } from '../http.js';
import { live, type LiveStream } from '../live.js';
import { Tow, TowList, TowLookup, TruckPosition, Yard } from '../schemas/tows.js';
import type { WatchOptions } from './cases.js';

const YardList = z.looseObject({ data: z.array(Yard) });
const towPath = (id: string) => `tows/${encodeURIComponent(id)}`;

/** Events `tows.watch` yields: the whole tow when it changes, or just the truck's new position. */
export type TowEvent =
  { type: 'tow'; id?: string; data: Tow } | { type: 'position'; id?: string; data: TruckPosition };

/** Towed vehicles: where is mine, live. */
export const towsApi = (http: Http) => ({
  /**
   * Tows of a plate, proven by the owner's cédula or the ticket number. Both are checked and
   * normalised first and travel in the body, never in a URL. A verifier that does not match
   * answers exactly like "no tow found".
   */
  async lookup(input: TowLookup, options: CallOptions = {}) {
    const json = checkInput(TowLookup, input);
    const list = await http.call(TowList, 'post', 'tows/lookup', { ...options, json });
    return list.data;
  },

  get: (id: string, options: CallOptions = {}) => http.call(Tow, 'get', towPath(id), options),

  /**
   * Follows a tow live: status, fees and the truck's position. Ends by itself once the
   * vehicle is released.
   */
  watch(id: string, options: WatchOptions<Tow> = {}): LiveStream<Tow | TruckPosition> {
    const { signal, untilClosed, ...tuning } = options;
    return live<Tow | TruckPosition>({
      ...tuning,
      signal,
      pollEventType: 'tow',
      connect: ({ lastEventId, signal }) =>
        http.raw('get', `${towPath(id)}/events`, {
          signal,
          headers: { accept: 'text/event-stream', 'last-event-id': lastEventId },
          ky: { timeout: false, retry: 0, throwHttpErrors: false },
        }),
      poll: ({ etag, signal }) =>
        http.raw('get', towPath(id), {
          signal,
          headers: { 'if-none-match': etag },
          ky: { throwHttpErrors: false },
        }),
      parse: (type, data) =>
        type === 'position'
          ? parseResponse(TruckPosition, data, `position event of tow ${id}`)
          : parseResponse(Tow, data, `${type} event of tow ${id}`),
      until: untilClosed
        ? undefined
        : (event) => event.type === 'tow' && (event.data as Tow).status === 'released',
    });
  },
});

/** Corrales: where towed vehicles are kept. */
export const yardsApi = (http: Http) => ({
  list: (options: CallOptions = {}) =>
    http.call(YardList, 'get', 'yards', options).then((list) => list.data),
});
