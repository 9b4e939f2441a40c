/**
 * `@panama311/sdk/open311`: the widgets and your code on any Open311 GeoReport v2 server.
 * A separate entry point, so bundles that never talk Open311 carry none of it.
 */
export {
  createOpen311Client,
  discoverOpen311,
  Open311Error,
  type Open311Client,
  type Open311ClientOptions,
  type Open311RequestPage,
  type Open311RequestQuery,
} from './client.js';
export {
  Open311CaseCreate,
  Open311Discovery,
  Open311Endpoint,
  Open311NearbyQuery,
  Open311Note,
  Open311Request,
} from './schemas.js';
export {
  bool,
  instant,
  list,
  mapStatus,
  normalizeErrors,
  normalizeQuestion,
  normalizeRequest,
  normalizeService,
  normalizeSla,
  num,
  parseBody,
  str,
  toCase,
  type Open311ErrorItem,
} from './normalize.js';
export { decodeEntities, parseXml, xmlToValue, XmlError, type XmlElement } from './xml.js';
