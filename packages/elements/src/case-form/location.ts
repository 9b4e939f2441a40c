import { initialState, Task } from '@lit/task';
import {
  errorMessage,
  isInPanama,
  type NearbyCase,
  type Service,
  type SupportResult,
} from '@panama311/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { describedBy } from '../shared/forms.js';
import type { MapView } from '../shared/map/map.js';
import type { FormContext } from './context.js';
import { coords, type Point } from './model.js';
import { textField } from './views.js';

type Geo = 'idle' | 'locating' | 'denied' | 'failed' | 'outside';

const PANAMA_CITY = { lat: 8.9824, lng: -79.5199 };

/**
 * The location step: address and landmark, the spot from "use my location" or from a map
 * loaded only when asked for (never the only way), and the open cases near that spot.
 */
export class LocationStep implements ReactiveController {
  private geo: Geo = 'idle';
  private mapState: 'closed' | 'loading' | 'open' | 'failed' = 'closed';
  private tilesFailed = false;
  private supportError?: unknown;
  private map?: MapView;
  private stopPicking?: () => void;

  private readonly nearby: Task<readonly unknown[], NearbyCase[]>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly c: FormContext,
    /** Whether the step is showing: nearby cases are looked up only then. */
    active: () => boolean,
    private readonly onSupported: (result: SupportResult) => void,
  ) {
    host.addController(this);
    this.nearby = new Task(host, {
      args: () => {
        const { serviceId, point } = c.entries();
        return [c.backend(), active() ? serviceId : '', point?.lat, point?.lng] as const;
      },
      task: ([backend, serviceId, lat, lng], { signal }) =>
        backend && serviceId && lat !== undefined && lng !== undefined
          ? backend.cases.nearby({ serviceId, lat, lng }, { signal })
          : initialState,
      onComplete: (found) => {
        if (found.length) c.announce(`${c.t().nearbyHeading}: ${found.length}`);
      },
    });
  }

  hostDisconnected(): void {
    this.closeMap();
  }

  render(service: Service) {
    const t = this.c.t();
    const point = this.c.entries().point;
    const problem = this.c.problem('locate');
    const note = {
      idle: '',
      locating: t.locating,
      denied: t.geoDenied,
      failed: t.geoFailed,
      outside: t.outsidePanama,
    }[this.geo];
    const mapShown = this.mapState === 'loading' || this.mapState === 'open';
    return html`
      ${textField(this.c, 'address', t.addressLabel, t.addressHint, 'street-address')}
      ${textField(this.c, 'landmark', t.landmarkLabel, t.landmarkHint)}
      <fieldset class="point" aria-describedby=${describedBy('point', true, problem)}>
        <legend>
          ${t.pointLegend}
          <span class="mark">${service.location === 'required' ? t.required : t.optional}</span>
        </legend>
        <p class="hint" id="point-hint">${t.pointHint}</p>
        ${problem ? html`<p class="field-error" id="point-error">${problem}</p>` : nothing}
        ${
          point
            ? html`<p class="point-set">
                <strong>${point.source === 'gps' ? t.pointGps : t.pointMap}</strong>
                <span class="coords">(${coords(point)})</span>
                <button type="button" class="link" @click=${this.clearPoint}>
                  ${t.removePoint}
                </button>
              </p>`
            : nothing
        }
        <div class="actions">
          <button
            type="button"
            id="locate"
            class="secondary"
            aria-describedby=${note ? 'geo-note' : nothing}
            ?disabled=${this.geo === 'locating'}
            @click=${this.locate}
          >
            ${t.useMyLocation}
          </button>
          <button
            type="button"
            id="open-map"
            class="secondary"
            aria-expanded=${mapShown ? 'true' : 'false'}
            @click=${this.toggleMap}
          >
            ${mapShown ? t.closeMap : t.openMap}
          </button>
        </div>
        ${
          note
            ? html`<p id="geo-note" class=${this.geo === 'locating' ? 'hint' : 'note'}>${note}</p>`
            : nothing
        }
        ${this.mapState === 'loading' ? html`<p role="status">${t.mapLoading}</p>` : nothing}
        ${this.mapState === 'failed' ? html`<p class="note" role="alert">${t.mapFailed}</p>` : nothing}
        ${this.tilesFailed && mapShown ? html`<p class="note">${t.tilesFailed}</p>` : nothing}
        ${mapShown ? html`<div id="map" class="map"></div>` : nothing}
      </fieldset>
      ${this.nearby.render({ complete: (found) => this.renderNearby(found) })} ${this.c.actions()}
    `;
  }

  private renderNearby(found: NearbyCase[]) {
    if (!found.length) return nothing;
    const t = this.c.t();
    return html`<section class="nearby" aria-labelledby="nearby-heading">
      <h4 id="nearby-heading">${t.nearbyHeading}</h4>
      <p>${t.nearbyIntro}</p>
      ${
        this.supportError
          ? html`<p class="note" role="alert">${errorMessage(this.supportError, this.c.lang())}</p>`
          : nothing
      }
      <ul>
        ${found.map(
          (c) =>
            html`<li>
              <p class="summary">${c.summary}</p>
              <p class="hint">${c.number} · ${t.nearbyMeta(c.distanceMeters, c.supporters)}</p>
              <button type="button" class="secondary" @click=${() => this.support(c)}>
                ${t.metoo}<span class="visually-hidden"> (${c.number})</span>
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private setGeo(geo: Geo) {
    this.geo = geo;
    this.host.requestUpdate();
  }

  private readonly locate = () => {
    const t = this.c.t();
    if (!navigator.geolocation) {
      this.setGeo('failed');
      return;
    }
    this.setGeo('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords: p }) => {
        this.setPoint({ lat: p.latitude, lng: p.longitude }, 'gps');
        this.c.announce(this.geo === 'outside' ? t.outsidePanama : t.pointGps);
      },
      (error) => {
        this.setGeo(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed');
        this.c.announce(this.geo === 'denied' ? t.geoDenied : t.geoFailed);
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  private setPoint(at: { lat: number; lng: number }, source: Point['source']) {
    if (!isInPanama(at.lat, at.lng)) {
      this.setGeo('outside');
      return;
    }
    this.geo = 'idle';
    this.supportError = undefined;
    this.c.set({ point: { ...at, source } });
    this.map?.setMarker('pin', { kind: 'pin', label: this.c.t().pinLabel, at });
    if (source === 'map') this.c.announce(`${this.c.t().pointMap} ${coords(at)}`);
  }

  private readonly clearPoint = () => {
    this.c.set({ point: undefined });
    this.map?.removeMarker('pin');
    this.c.focus('locate');
  };

  private readonly toggleMap = async () => {
    if (this.mapState !== 'closed') {
      this.closeMap();
      return;
    }
    this.mapState = 'loading';
    this.host.requestUpdate();
    try {
      const { createMap } = await import('../shared/map/map.js');
      await this.host.updateComplete;
      const container = this.host.shadowRoot?.querySelector<HTMLElement>('#map');
      if (!container || this.mapState !== 'loading') return;
      const t = this.c.t();
      const point = this.c.entries().point;
      this.map = createMap(container, {
        label: t.mapLabel,
        center: point ?? PANAMA_CITY,
        zoom: point ? 17 : 13,
        ...this.c.tiles(),
        labels: { zoomIn: t.zoomIn, zoomOut: t.zoomOut },
        onTilesFailed: (failed) => {
          this.tilesFailed = failed;
          this.host.requestUpdate();
        },
      });
      if (point) this.map.setMarker('pin', { kind: 'pin', label: t.pinLabel, at: point });
      this.stopPicking = this.map.onPick((at) => this.setPoint(at, 'map'));
      this.mapState = 'open';
    } catch (error) {
      this.mapState = 'failed';
      this.c.error(error);
    }
    this.host.requestUpdate();
  };

  /** Removes the map (leaving the step, or the element). */
  closeMap() {
    this.stopPicking?.();
    this.map?.destroy();
    this.map = undefined;
    this.stopPicking = undefined;
    this.mapState = 'closed';
    this.tilesFailed = false;
    this.host.requestUpdate();
  }

  /** Forgets what the step said about the last attempt (a new report). */
  reset() {
    this.geo = 'idle';
    this.supportError = undefined;
  }

  private async support(c: NearbyCase) {
    this.supportError = undefined;
    try {
      this.onSupported(await this.c.backend()!.cases.support(c.number));
    } catch (error) {
      this.supportError = error;
      this.c.error(error);
    }
    this.host.requestUpdate();
  }
}
