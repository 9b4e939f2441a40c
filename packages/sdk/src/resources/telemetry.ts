import { checkInput, type CallOptions, type Http } from '../http.js';
import { VitalBeacon, VitalsSummary } from '../schemas/telemetry.js';

/** Opt-in web-vitals beacons from the elements: no personal data, no cookies. */
export const telemetryApi = (http: Http) => ({
  /** Sends one measurement (the elements prefer `navigator.sendBeacon` to the same URL). */
  async vitals(beacon: VitalBeacon, options: CallOptions = {}): Promise<void> {
    const json = checkInput(VitalBeacon, beacon);
    await http.raw('post', 'telemetry/vitals', { ...options, json });
  },
  /** Aggregates per element and metric (75th percentile), for an agency's dashboard; `origin` narrows to one site. */
  summary: (options: CallOptions & { origin?: string } = {}) => {
    const { origin, ...call } = options;
    return http.call(VitalsSummary, 'get', 'telemetry/vitals/summary', {
      ...call,
      ...(origin ? { searchParams: { origin } } : {}),
    });
  },
});
