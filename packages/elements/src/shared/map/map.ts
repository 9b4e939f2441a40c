// The only module that imports Leaflet. Elements load it with `import()` when a map is about to
// show, so a page that never shows one never downloads it.
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { css, unsafeCSS, type CSSResult } from 'lit';

/** A point in WGS 84. */
export interface LatLngLike {
  lat: number;
  lng: number;
}

/** What a marker stands for; each kind has its own shape, not only its own colour. */
export type MarkerKind = 'origin' | 'yard' | 'truck' | 'pin';

/** A marker to show. */
export interface MarkerSpec {
  kind: MarkerKind;
  /** The marker's accessible name and tooltip, e.g. "Tow truck, 10:31 a. m.". */
  label: string;
  at: LatLngLike;
  /** Degrees clockwise from north: the truck's arrow points this way. */
  heading?: number;
}

/** How a map is made. */
export interface MapOptions {
  /** The map's accessible name, with how to use it by keyboard. */
  label: string;
  center: LatLngLike;
  /** @default 14 */
  zoom?: number;
  /**
   * A Leaflet tile URL template.
   * @default 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
   */
  tileUrl?: string;
  /**
   * The tiles' attribution, shown as text (never parsed as markup).
   * @default '© OpenStreetMap contributors', linked to its copyright page
   */
  attribution?: string;
  /** Zoom button labels in the element's language. */
  labels?: { zoomIn: string; zoomOut: string };
  /** Legend entries for the marker kinds on the map; kinds without one are left out. */
  legend?: Partial<Record<MarkerKind, string>>;
  /**
   * Called with `true` when tiles fail to load and none has loaded (markers still show), and
   * with `false` once tiles load again.
   */
  onTilesFailed?: (failed: boolean) => void;
}

/** A map made by {@link createMap}. */
export interface MapView {
  /** Adds a marker, or moves and relabels the one with this id. */
  setMarker(id: string, spec: MarkerSpec): void;
  removeMarker(id: string): void;
  /** Where a marker is, or `undefined` when there is none with this id. */
  markerAt(id: string): LatLngLike | undefined;
  /** Shows all these points (one point: centred at street level). */
  fit(points: readonly LatLngLike[]): void;
  /**
   * Calls `cb` with the point a person picks: a click or tap, or Enter on the focused map
   * (its centre, after moving it with the arrow keys).
   * @returns A function that stops listening.
   */
  onPick(cb: (p: LatLngLike) => void): () => void;
  /** Re-measures the container (called by itself when the container's size changes). */
  resize(): void;
  /** Removes the map, its markers and listeners. */
  destroy(): void;
}

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

const markerStyles = css`
  .p311-marker {
    background: none;
    border: 0;
  }
  .p311-marker svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    filter: drop-shadow(0 1px 1px rgb(0 0 0 / 0.45));
  }
  .p311-legend {
    background: rgb(255 255 255 / 0.92);
    color: #1b1b1b;
    padding: 0.25em 0.5em;
    border-radius: 4px;
    font:
      12px/1.4 system-ui,
      sans-serif;
    margin: 0;
    list-style: none;
  }
  .p311-legend li {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .p311-legend svg {
    width: 14px;
    height: 14px;
    flex: none;
  }
  .leaflet-container {
    font: inherit;
  }
  .leaflet-container .leaflet-control-attribution a {
    color: #00557a;
    text-decoration: underline;
  }
  .leaflet-container:focus-visible {
    outline: 3px solid var(--_focus, #ffbf47);
    outline-offset: -3px;
  }
`;

/**
 * Leaflet's stylesheet and the markers' styles, as one constructable stylesheet. `createMap`
 * adopts it into the container's shadow root by itself; a host may also list it in its own
 * `static styles`.
 */
export const leafletStyles: CSSResult = css`
  ${unsafeCSS(leafletCss)}
  ${markerStyles}
`;

const SVG = 'http://www.w3.org/2000/svg';

/** Each kind: a view box, its shapes, its colour; built with DOM calls, never from HTML text. */
const SHAPES: Record<MarkerKind, { size: [number, number]; anchor: [number, number] }> = {
  origin: { size: [26, 34], anchor: [13, 34] },
  pin: { size: [26, 34], anchor: [13, 34] },
  yard: { size: [28, 28], anchor: [14, 14] },
  truck: { size: [30, 30], anchor: [15, 15] },
};

function glyph(kind: MarkerKind): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const add = (name: string, attrs: Record<string, string>) => {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    svg.append(node);
  };
  switch (kind) {
    case 'origin':
    case 'pin':
      svg.setAttribute('viewBox', '0 0 26 34');
      add('path', {
        d: 'M13 1C6.4 1 1 6.3 1 12.9 1 21.8 13 33 13 33s12-11.2 12-20.1C25 6.3 19.6 1 13 1z',
        fill: kind === 'origin' ? '#b3261e' : '#005ea2',
        stroke: '#fff',
        'stroke-width': '2',
      });
      add('circle', { cx: '13', cy: '13', r: '4.5', fill: '#fff' });
      break;
    case 'yard':
      svg.setAttribute('viewBox', '0 0 28 28');
      add('rect', {
        x: '1',
        y: '1',
        width: '26',
        height: '26',
        rx: '4',
        fill: '#1a6b35',
        stroke: '#fff',
        'stroke-width': '2',
      });
      // A building with a gate.
      add('path', { d: 'M6 13 14 7l8 6v9H6z', fill: '#fff' });
      add('rect', { x: '11', y: '16', width: '6', height: '6', fill: '#1a6b35' });
      break;
    case 'truck':
      svg.setAttribute('viewBox', '0 0 30 30');
      add('circle', {
        cx: '15',
        cy: '15',
        r: '13.5',
        fill: '#005ea2',
        stroke: '#fff',
        'stroke-width': '2.5',
      });
      // An arrow pointing north; the marker turns it to the truck's heading.
      add('path', { d: 'M15 4.5 22 23.5 15 17.5 8 23.5z', fill: '#fff' });
      break;
  }
  return svg;
}

function icon(spec: MarkerSpec): L.DivIcon {
  const { size, anchor } = SHAPES[spec.kind];
  const holder = document.createElement('span');
  holder.setAttribute('role', 'img');
  holder.setAttribute('aria-label', spec.label);
  // Where it is, readable from the page (tests, and hosts that mirror the map in text).
  holder.dataset.lat = String(spec.at.lat);
  holder.dataset.lng = String(spec.at.lng);
  const svg = glyph(spec.kind);
  if (spec.kind === 'truck' && spec.heading !== undefined) {
    svg.style.transform = `rotate(${Math.round(spec.heading)}deg)`;
  }
  holder.append(svg);
  return L.divIcon({
    html: holder,
    className: `p311-marker p311-marker-${spec.kind}`,
    iconSize: size,
    iconAnchor: anchor,
  });
}

/** Adopts the map's stylesheet into the shadow root (or document) the container lives in. */
function adoptStyles(container: HTMLElement): void {
  const root = container.getRootNode();
  const sheet = leafletStyles.styleSheet;
  if (!sheet || !(root instanceof ShadowRoot || root instanceof Document)) return;
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * A Leaflet map in `container` (inside a shadow root is fine): labelled, operable by keyboard
 * (Tab to it, arrow keys to move, + and − to zoom), tiles from `tileUrl`, markers drawn
 * without images so nothing depends on Leaflet's icon path.
 * @example
 * const { createMap } = await import('@panama311/elements/shared/map');
 * const map = createMap(div, { label: 'Map of the yard', center: { lat: 8.98, lng: -79.55 } });
 * map.setMarker('yard', { kind: 'yard', label: 'Corral de Albrook', at: { lat: 8.979, lng: -79.5525 } });
 */
export function createMap(container: HTMLElement, options: MapOptions): MapView {
  adoptStyles(container);
  const map = L.map(container, {
    center: [options.center.lat, options.center.lng],
    zoom: options.zoom ?? 14,
    // Leaflet's own zoom and attribution controls write markup with innerHTML, which a page
    // that requires Trusted Types blocks: both are built here with DOM calls instead.
    zoomControl: false,
    attributionControl: false,
    // On an embedding page the wheel scrolls the page, not the map.
    scrollWheelZoom: false,
    keyboard: true,
  });
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', options.label);

  new ZoomButtons(options.labels ?? { zoomIn: 'Zoom in', zoomOut: 'Zoom out' }).addTo(map);
  new Attribution(options.attribution).addTo(map);

  let loaded = 0;
  let failed = false;
  const report = (next: boolean) => {
    if (next === failed) return;
    failed = next;
    options.onTilesFailed?.(next);
  };
  L.tileLayer(options.tileUrl ?? OSM_TILES, {
    maxZoom: 19,
  })
    .on('tileload', () => {
      loaded++;
      report(false);
    })
    .on('tileerror', () => {
      if (!loaded) report(true);
    })
    .addTo(map);

  const markers = new Map<string, { marker: L.Marker; kind: MarkerKind }>();
  const legend = options.legend ? new Legend(options.legend) : undefined;
  legend?.addTo(map);
  const refreshLegend = () => legend?.show(new Set([...markers.values()].map((m) => m.kind)));

  const observer = new ResizeObserver(() => map.invalidateSize());
  observer.observe(container);

  return {
    setMarker(id, spec) {
      const at: L.LatLngTuple = [spec.at.lat, spec.at.lng];
      const existing = markers.get(id);
      if (existing) {
        existing.marker.setLatLng(at).setIcon(icon(spec));
        existing.kind = spec.kind;
        const el = existing.marker.getElement();
        if (el) el.title = spec.label;
      } else {
        const marker = L.marker(at, {
          icon: icon(spec),
          title: spec.label,
          keyboard: false,
          interactive: false,
          zIndexOffset: spec.kind === 'truck' ? 1000 : 0,
        }).addTo(map);
        markers.set(id, { marker, kind: spec.kind });
      }
      refreshLegend();
    },
    removeMarker(id) {
      markers.get(id)?.marker.remove();
      markers.delete(id);
      refreshLegend();
    },
    markerAt(id) {
      const found = markers.get(id)?.marker.getLatLng();
      return found && { lat: found.lat, lng: found.lng };
    },
    fit(points) {
      if (!points.length) return;
      if (points.length === 1) {
        map.setView([points[0]!.lat, points[0]!.lng], 15, { animate: false });
        return;
      }
      map.fitBounds(L.latLngBounds(points.map((p): L.LatLngTuple => [p.lat, p.lng])), {
        padding: [36, 36],
        maxZoom: 16,
        animate: false,
      });
    },
    onPick(cb) {
      const onClick = (e: L.LeafletMouseEvent) => cb({ lat: e.latlng.lat, lng: e.latlng.lng });
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Enter' || e.target !== container) return;
        const c = map.getCenter();
        cb({ lat: c.lat, lng: c.lng });
      };
      map.on('click', onClick);
      container.addEventListener('keydown', onKey);
      return () => {
        map.off('click', onClick);
        container.removeEventListener('keydown', onKey);
      };
    },
    resize() {
      map.invalidateSize();
    },
    destroy() {
      observer.disconnect();
      markers.clear();
      // Leaflet 1.9 ends a zoom animation with a timer that also fires on a removed map, and
      // then throws: end the animation first.
      (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
      map.remove();
      container.removeAttribute('role');
      container.removeAttribute('aria-label');
    },
  };
}

/** A small legend in the map's corner naming the marker kinds that are on it. */
class Legend extends L.Control {
  private list?: HTMLUListElement;

  constructor(private readonly labels: Partial<Record<MarkerKind, string>>) {
    super({ position: 'topleft' });
  }

  override onAdd(): HTMLElement {
    this.list = document.createElement('ul');
    this.list.className = 'p311-legend';
    this.list.hidden = true;
    return this.list;
  }

  show(kinds: Set<MarkerKind>): void {
    if (!this.list) return;
    const entries = (Object.keys(this.labels) as MarkerKind[]).filter((k) => kinds.has(k));
    this.list.replaceChildren(
      ...entries.map((kind) => {
        const li = document.createElement('li');
        const text = document.createElement('span');
        text.textContent = this.labels[kind] ?? '';
        li.append(glyph(kind), text);
        return li;
      }),
    );
    this.list.hidden = !entries.length;
  }
}

/** Leaflet's zoom buttons, made without markup strings. */
class ZoomButtons extends L.Control {
  constructor(private readonly labels: { zoomIn: string; zoomOut: string }) {
    super({ position: 'topright' });
  }

  override onAdd(map: L.Map): HTMLElement {
    const bar = L.DomUtil.create('div', 'leaflet-control-zoom leaflet-bar');
    const button = (text: string, label: string, className: string, zoom: () => void) => {
      const link = L.DomUtil.create('a', className, bar);
      link.href = '#';
      link.textContent = text;
      link.title = label;
      link.setAttribute('role', 'button');
      link.setAttribute('aria-label', label);
      L.DomEvent.disableClickPropagation(link);
      L.DomEvent.on(link, 'click', (event) => {
        L.DomEvent.preventDefault(event);
        zoom();
      });
    };
    button('+', this.labels.zoomIn, 'leaflet-control-zoom-in', () => map.zoomIn());
    button('−', this.labels.zoomOut, 'leaflet-control-zoom-out', () => map.zoomOut());
    return bar;
  }
}

/** The tiles' attribution as text; OpenStreetMap's, by default, with its copyright link. */
class Attribution extends L.Control {
  constructor(private readonly text: string | undefined) {
    super({ position: 'bottomright' });
  }

  override onAdd(): HTMLElement {
    const box = L.DomUtil.create('div', 'leaflet-control-attribution');
    if (this.text) {
      box.textContent = this.text;
    } else {
      const link = document.createElement('a');
      link.href = 'https://www.openstreetmap.org/copyright';
      link.textContent = 'OpenStreetMap';
      box.append('© ', link, ' contributors');
    }
    return box;
  }
}
