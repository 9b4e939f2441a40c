import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an element that reports web-vitals exposes (`telemetry`, `telemetry-sample-rate`). */
export interface TelemetryHost extends ReactiveControllerHost, HTMLElement {
  telemetry: boolean;
  telemetrySampleRate: number;
  apiBase?: string | undefined;
  apiKey?: string | undefined;
}

/**
 * Starts `reportVitals` the first time the host renders with `telemetry` on (an attribute in
 * the page's HTML, or a property a framework sets later).
 */
export class TelemetryController implements ReactiveController {
  private started = false;
  constructor(private readonly host: TelemetryHost) {
    host.addController(this);
  }
  hostUpdated(): void {
    const { host } = this;
    const { apiKey } = host;
    if (this.started || !host.telemetry || !apiKey) return;
    this.started = true;
    // The reporter and web-vitals are downloaded only by pages that turn telemetry on.
    void import('./vitals.js').then(({ reportVitals }) =>
      reportVitals(host, {
        element: host.localName,
        apiBase: host.apiBase,
        apiKey,
        sampleRate: host.telemetrySampleRate,
      }),
    );
  }
}
