import { DEFAULT_BASE_URL, type VitalBeacon } from '@panama311/sdk';
import type { MetricWithAttribution } from 'web-vitals/attribution';

export interface TelemetryOptions {
  /** The reporting element's tag, e.g. `p311-case-form`. */
  element: string;
  /** The element's `api-base`; the central API when absent. */
  apiBase?: string | undefined;
  /** The element's publishable key: beacons cannot carry headers, so it goes in the URL. */
  apiKey: string;
  /** The fraction of page views that report, 0 to 1. */
  sampleRate: number;
}

const reporting = new Set<string>();
// The SDK's VITAL_NAMES, written out: importing it would bring its schemas into every bundle.
const KNOWN_METRICS = new Set<string>(['CLS', 'FCP', 'INP', 'LCP', 'TTFB']);

/**
 * Opt-in web-vitals reporting for one element on this page: once per element and page view,
 * for a sample of page views, through `navigator.sendBeacon` (the API sets no cookies).
 * A beacon holds the metric, its rating, the element's tag, the page's origin (never its path
 * or query) and whether the metric points into the element; nothing typed by the citizen.
 * `web-vitals` is loaded only when the page turns telemetry on.
 */
export async function reportVitals(host: HTMLElement, options: TelemetryOptions): Promise<void> {
  const { element, apiKey } = options;
  const sampleRate = Math.min(1, Math.max(0, options.sampleRate));
  if (reporting.has(element) || !apiKey.startsWith('pk_') || Math.random() >= sampleRate) return;
  reporting.add(element);
  const url = new URL(
    `${(options.apiBase ?? DEFAULT_BASE_URL).replace(/\/+$/, '')}/v1/telemetry/vitals`,
    location.href,
  );
  url.searchParams.set('key', apiKey);
  const within = (node: Node | null) => {
    for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null))
      if (n === host) return true;
    return false;
  };
  const send = (metric: MetricWithAttribution) => {
    if (!KNOWN_METRICS.has(metric.name)) return;
    const beacon: VitalBeacon = {
      name: metric.name as VitalBeacon['name'],
      value: metric.value,
      rating: metric.rating,
      element,
      origin: location.origin,
      sampleRate,
      withinElement: targetOf(metric) === MARK,
    };
    // text/plain keeps the beacon a CORS "simple" request (no preflight) on another origin.
    const body = new Blob([JSON.stringify(beacon)], { type: 'text/plain' });
    if (!navigator.sendBeacon?.(url, body)) {
      fetch(url, { method: 'POST', body, keepalive: true, credentials: 'omit' }).catch(() => {});
    }
  };
  const { onCLS, onFCP, onINP, onLCP, onTTFB } = await import('web-vitals/attribution');
  // The target names only "ours" or not: a host page's selectors stay on the page.
  const generateTarget = (node: Node | null) => (within(node) ? MARK : 'page');
  const opts = { generateTarget };
  onCLS(send, opts);
  onFCP(send, opts);
  onINP(send, opts);
  onLCP(send, opts);
  onTTFB(send, opts);
}

const MARK = 'p311-element';

function targetOf(metric: MetricWithAttribution): string | undefined {
  const a = metric.attribution as {
    target?: string;
    largestShiftTarget?: string;
    interactionTarget?: string;
  };
  return a.target ?? a.largestShiftTarget ?? a.interactionTarget;
}
