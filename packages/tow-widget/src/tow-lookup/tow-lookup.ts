import { initialState, Task, TaskStatus } from '@lit/task';
import {
  BackendController,
  errorSummary,
  EVENT_INIT,
  focusErrorSummary,
  formatDateTime,
  formatMoney,
  formatRelative,
  formStyles,
  hostStyles,
  httpFor,
  LangController,
  P311ErrorEvent,
  reservedSpace,
  TelemetryController,
  textField,
  warmUpFormats,
  type FieldProblem,
  type Lang,
} from '@panama311/elements/shared';
import type * as MapModuleTypes from '@panama311/elements/shared/map';
import type { MapView } from '@panama311/elements/shared/map';
import {
  distanceMeters,
  errorCode,
  errorMessage,
  formatMessage,
  normalizeCedula,
  normalizePlate,
  normalizeTicket,
  retryAfter,
  towsApi,
  type Tow,
  type TowLookup,
  type TowStatus,
  type TruckPosition,
} from '@panama311/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  directionsHref,
  feesNow,
  formatClock,
  formatDistance,
  formatTime,
  isAllDay,
  telHref,
  weekdayName,
  weekHours,
  yardOpenState,
} from './details.js';
import { styles } from './tow-lookup.styles.js';
import { strings, type Strings } from './strings.js';

/** What the element needs from a client: the SDK's own, or any adapter of the same shape. */
export type TowsBackend = { tows: Pick<ReturnType<typeof towsApi>, 'lookup' | 'watch'> };

type MapModule = typeof MapModuleTypes;
type VerifierType = 'cedula' | 'ticket';

/** Leaflet and the map code: fetched the first time a result with a map is shown, never before. */
const loadMap = (): Promise<MapModule> => import('@panama311/elements/shared/map');

const STEPS = ['requested', 'dispatched', 'towing', 'at_yard', 'released'] as const;
const moving = (tow: Tow) => tow.status === 'dispatched' || tow.status === 'towing';

/** A lookup finished: `tows` lists what it found (none when the plate or verifier does not match). */
export class TowFoundEvent extends Event {
  static readonly eventName = 'p311-tow-found';
  /** Each tow found, newest first: its id and status. */
  readonly tows: readonly { id: string; status: TowStatus }[];
  constructor(tows: readonly Tow[]) {
    super(TowFoundEvent.eventName, EVENT_INIT);
    this.tows = tows.map(({ id, status }) => ({ id, status }));
  }
  /** How many tows were found; 0 looks the same for an unknown plate and a wrong verifier. */
  get count(): number {
    return this.tows.length;
  }
}

/** A tow shown changed while shown: its status, or what is owed. */
export class TowUpdatedEvent extends Event {
  static readonly eventName = 'p311-tow-updated';
  constructor(
    readonly id: string,
    readonly status: TowStatus,
    readonly previousStatus: TowStatus,
  ) {
    super(TowUpdatedEvent.eventName, EVENT_INIT);
  }
}

const capitalise = (text: string, lang: Lang) =>
  text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** Puts `value` through `normalise` while keeping the caret where the person was typing. */
function normaliseAsTyped(input: HTMLInputElement, normalise: (v: string) => string): string {
  const { value, selectionStart } = input;
  const next = normalise(value);
  if (next !== value) {
    const caret = normalise(value.slice(0, selectionStart ?? value.length)).length;
    input.value = next;
    input.setSelectionRange(caret, caret);
  }
  return next;
}

const AS_TYPED: Record<'plate' | VerifierType, (v: string) => string> = {
  plate: (v) => v.toUpperCase().replace(/[\s.\-_]/g, ''),
  cedula: (v) =>
    v
      .toUpperCase()
      .replace(/[\s.]+/g, '-')
      .replace(/-+/g, '-'),
  ticket: (v) => v.toUpperCase().replace(/[\s-]/g, ''),
};

interface ShownMap {
  view: MapView;
  container: HTMLElement;
  /** What the map was made with; a change remakes it. */
  made: string;
  /** The tow its markers show, and what the view was last fitted to. */
  tow?: Tow;
  fitted?: string;
}

/**
 * Where is my towed vehicle: the driver enters the plate and the owner's cédula or the ticket
 * number, and sees each tow in plain words: its status, where and why it was towed, the yard
 * (address, hours, phone, directions), what is owed so far, what to bring, and a map with the
 * tow point, the yard and, while it is on its way, the truck moving live. The map is loaded
 * only when a result is shown, and everything it shows is in the text too.
 *
 * @summary Towed-vehicle lookup with fees, yard details and a live map.
 * @attr {'es' | 'en'} lang - The language; without it, the closest `lang` around the element (across shadow roots), then `<html lang>`, then `es`.
 * @fires {TowFoundEvent} p311-tow-found - A lookup finished (`tows` with `id` and `status`, `count`; 0 when nothing matched).
 * @fires {TowUpdatedEvent} p311-tow-updated - A shown tow changed status or fees while live (`id`, `status`, `previousStatus`).
 * @fires {P311ErrorEvent} p311-error - A lookup or the live connection failed (`code`, `error`); the element already says so.
 * @csspart form - The plate and verifier form.
 * @csspart error-summary - The list of problems after a failed submit.
 * @csspart tow - One tow in the results.
 * @csspart status - A tow's status in words.
 * @csspart map - The map of a tow.
 * @cssprop [--p311-font-family=system-ui, sans-serif] - The font.
 * @cssprop [--p311-font-size=medium] - The base size: everything inside is in `em` of it, so a page's root font size changes nothing.
 * @cssprop [--p311-color-text=#1b1b1b] - Text (`#f3f4f6` in the dark theme).
 * @cssprop [--p311-color-accent=#005ea2] - Buttons, links, notices, the status and the steps reached (`#73b3e7` dark).
 * @cssprop [--p311-color-accent-text=#fff] - Text on filled buttons (`#0b1b2b` dark).
 * @cssprop [--p311-color-danger=#b3261e] - Errors (`#ff8a80` dark).
 * @cssprop [--p311-color-border=#6b7280] - Fields, tow cards, the map's frame and the steps to come (`#9ca3af` dark).
 * @cssprop [--p311-color-surface=#fff] - Fields, tow cards and notices; the whole element in the dark theme (`#111827`).
 * @cssprop [--p311-color-muted=#4b5563] - Hints, labels and secondary text (`#d1d5db` dark).
 * @cssprop [--p311-color-focus=#ffbf47] - The focus outline.
 * @cssprop [--p311-radius=0.375em] - Corners of fields, buttons, tow cards and the map.
 * @cssprop [--p311-color-success=#1a6b35] - "Open now" at the yard (`#6fcf97` dark).
 * @cssprop [--p311-map-height=18em] - Height of the map: `18em`, or `22em` beside the text on wide layouts; when set, both.
 * @cssprop [--p311-min-block-size=36.5em] - Height reserved while the element loads and kept as its minimum, so the page does not shift; `0` turns it off.
 */
export class P311TowLookup extends LitElement {
  static override styles = [hostStyles, formStyles, reservedSpace('p311-tow-lookup'), styles];

  /** Base URL of the 311 API. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Publishable API key (`pk_…`). */
  @property({ attribute: 'api-key' }) apiKey?: string;
  /** An SDK client (or `{ tows: towsApi(http) }`) to use instead of `api-base` and `api-key`. */
  @property({ attribute: false }) client?: TowsBackend;
  /** Map tile URL template. @default OpenStreetMap's tiles */
  @property({ attribute: 'tile-url' }) tileUrl?: string;
  /** Attribution of the tiles, shown on the map as plain text (never markup). @default OpenStreetMap's */
  @property({ attribute: 'tile-attribution' }) tileAttribution?: string;
  /** `dark` for the built-in dark theme, `auto` to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: string;

  /** Opt in to anonymous web-vitals reports to the 311 API (needs `api-key`; see the privacy notes). */
  @property({ type: Boolean }) telemetry = false;
  /** The fraction of page views that report when `telemetry` is on, 0 to 1. */
  @property({ type: Number, attribute: 'telemetry-sample-rate' }) telemetrySampleRate = 0.1;

  @state() private verifierType: VerifierType = 'cedula';
  @state() private problems: FieldProblem[] = [];
  @state() private query?: TowLookup;
  @state() private results: Tow[] = [];
  @state() private live = new Map<string, Tow>();
  @state() private liveState = new Map<string, 'on' | 'lost'>();
  @state() private announcement = '';
  @state() private retryUntil = 0;
  @state() private now = Date.now();
  @state() private mapState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private tilesFailed = new Set<string>();

  private readonly language = new LangController(this);
  protected readonly vitals = new TelemetryController(this);
  private readonly backend = new BackendController<TowsBackend>(this, this.language, (config) => ({
    tows: towsApi(httpFor(config)),
  }));
  /** What the inputs hold; kept outside reactive state so typing does not re-render. */
  private values: Record<'plate' | VerifierType, string> = { plate: '', cedula: '', ticket: '' };
  private focusNext?: 'summary' | 'results' | 'plate';
  private focusedQuery?: TowLookup;
  private readonly watches = new Map<string, AbortController>();
  private readonly received = new Map<string, number>();
  private readonly maps = new Map<string, ShownMap>();
  private mapModule?: MapModule;
  private mapLoad?: Promise<void>;
  private timer?: ReturnType<typeof setInterval>;

  private readonly lookup = new Task(this, {
    args: () => [this.query, this.backend.value, this.backend.error] as const,
    task: async ([query, backend, refused], { signal }) => {
      this.stopWatching();
      if (!query) return initialState;
      if (!backend) throw refused;
      const found = backend.tows.lookup(query, { signal });
      warmUpFormats(this.language.value);
      return found;
    },
    onComplete: (tows) => this.show(tows),
    onError: (error) => this.fail(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: follow what is shown again (maps remake on update).
    if (this.lookup.status === TaskStatus.COMPLETE) {
      this.results.forEach((r) => this.follow(this.current(r.id) ?? r));
    }
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
    this.destroyMaps();
    clearInterval(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tileUrl') || changed.has('tileAttribution')) this.destroyMaps();
  }

  protected override updated(): void {
    const focus = this.focusNext;
    this.focusNext = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'summary') focusErrorSummary(root);
    else if (focus === 'results') root.getElementById('results-title')?.focus();
    else if (focus === 'plate') root.getElementById('plate')?.focus();
    // Lit also updates a disconnected element: no map and no timer for one out of the page.
    if (!this.isConnected) return;
    this.syncMaps();
    this.syncTimer();
  }

  protected override render() {
    const t = strings[this.language.value];
    const status = this.lookup.status;
    const showing = status === TaskStatus.COMPLETE && this.results.length > 0;
    return html`
      <h2>${t.heading}</h2>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      ${
        showing
          ? nothing
          : html`<p class="intro">${t.intro}</p>
              ${this.renderForm(t)}`
      }
      ${this.lookup.render({
        pending: () => html`<p class="loading" role="status">${t.loading}</p>`,
        complete: () =>
          this.results.length
            ? this.renderResults(t)
            : html`<div class="notice" role="alert"><p>${t.notFound}</p></div>`,
        error: (error) => this.renderError(t, error),
      })}
    `;
  }

  private renderForm(t: Strings) {
    const problem = (id: string) => this.problems.find((p) => p.id === id)?.message;
    const type = this.verifierType;
    const waiting = this.secondsLeft() > 0;
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${errorSummary(t.errorSummary, this.problems, this.renderRoot as ShadowRoot)}
      ${textField({
        id: 'plate',
        label: t.plateLabel,
        hint: t.plateHint,
        problem: problem('plate'),
        value: this.values.plate,
        onInput: this.onInput,
        code: { autocapitalize: 'characters' },
        className: 'plate',
      })}
      <fieldset class="verifier-type">
        <legend>${t.verifierLegend}</legend>
        ${(['cedula', 'ticket'] as const).map(
          (option) =>
            html`<label class="radio">
              <input
                type="radio"
                name="verifier-type"
                id="type-${option}"
                value=${option}
                .checked=${type === option}
                @change=${this.onType}
              />
              ${option === 'cedula' ? t.cedulaOption : t.ticketOption}
            </label>`,
        )}
      </fieldset>
      ${textField({
        id: 'verifier',
        label: type === 'cedula' ? t.cedulaLabel : t.ticketLabel,
        hint: type === 'cedula' ? t.cedulaHint : t.ticketHint,
        problem: problem('verifier'),
        value: this.values[type],
        onInput: this.onInput,
        code: { autocapitalize: 'characters' },
      })}
      <div class="actions">
        <button
          type="submit"
          aria-disabled=${waiting ? 'true' : 'false'}
          aria-describedby=${waiting ? 'retry-countdown' : nothing}
        >
          ${t.submit}
        </button>
      </div>
    </form>`;
  }

  private renderError(t: Strings, error: unknown) {
    const lang = this.language.value;
    if (errorCode(error) === 'rate_limited') {
      const left = this.secondsLeft();
      return html`<div class="notice" role="alert"><p>${t.rateLimited}</p></div>
        <p class="countdown" id="retry-countdown">${left > 0 ? t.retryIn(left) : t.retryNow}</p>`;
    }
    return html`<div class="notice" role="alert"><p>${errorMessage(error, lang)}</p></div>
      <div class="actions">
        <button class="secondary" @click=${() => this.lookup.run()}>${t.retry}</button>
      </div>`;
  }

  private renderResults(t: Strings) {
    const tows = this.results.map((r) => this.live.get(r.id) ?? r);
    const active = tows.filter((tow) => tow.status !== 'released');
    const earlier = tows.filter((tow) => tow.status === 'released');
    return html`<section class="results" aria-labelledby="results-title">
      <h3 id="results-title" tabindex="-1">${t.found(tows.length)}</h3>
      ${repeat(
        active.length ? active : earlier,
        (tow) => tow.id,
        (tow) => this.renderTow(t, tow),
      )}
      ${
        active.length && earlier.length
          ? html`<details class="earlier">
              <summary>${t.earlier(earlier.length)}</summary>
              ${repeat(
                earlier,
                (tow) => tow.id,
                (tow) => this.renderTow(t, tow),
              )}
            </details>`
          : nothing
      }
      <div class="actions">
        <button class="secondary" @click=${this.reset}>${t.another}</button>
      </div>
    </section>`;
  }

  private renderTow(t: Strings, tow: Tow) {
    const lang = this.language.value;
    const released = tow.status === 'released';
    const step = STEPS.indexOf(tow.status as (typeof STEPS)[number]);
    const live = this.liveState.get(tow.id);
    const vehicle = t.vehicleText(
      tow.vehicle.make,
      tow.vehicle.model,
      tow.vehicle.color,
      tow.plateMasked,
    );
    return html`<article class="tow" part="tow" aria-labelledby="tow-${tow.id}">
      <header>
        <h4 id="tow-${tow.id}">${tow.vehicle.make} ${tow.vehicle.model} · ${tow.plateMasked}</h4>
        <p part="status" class="status status-${tow.status}">${t.statuses[tow.status]}</p>
        ${
          released || step < 0
            ? nothing
            : html`<ol class="steps" aria-label=${t.progress}>
                  ${STEPS.map(
                    (s, i) =>
                      html`<li
                        class=${i < step ? 'done' : i === step ? 'current' : 'todo'}
                        aria-current=${i === step ? 'step' : nothing}
                      >
                        <span>${t.steps[s]}</span>
                      </li>`,
                  )}
                </ol>
                <p class="step-now" aria-hidden="true">
                  ${t.stepOf(step + 1, STEPS.length, t.steps[STEPS[step]!])}
                </p>`
        }
        ${
          live
            ? html`<p class="live live-${live}">${live === 'on' ? t.live : t.liveLost}</p>`
            : nothing
        }
      </header>
      <div class="body">
        ${released ? nothing : this.renderMap(t, tow)}
        <div class="facts">
          <dl>
            <dt>${t.vehicle}</dt>
            <dd>${vehicle}</dd>
            <dt>${t.towedFrom}</dt>
            <dd>
              ${tow.from.address ?? `${tow.from.lat}, ${tow.from.lng}`}${
                tow.from.landmark ? html`<br />${tow.from.landmark}` : nothing
              }
            </dd>
            ${this.renderWhen(t.requestedAt, tow.requestedAt)}
            ${this.renderWhen(t.towedAt, tow.towedAt)}
            ${this.renderWhen(t.arrivedAt, tow.arrivedAt)}
            ${this.renderWhen(t.releasedAt, tow.releasedAt)}
            <dt>${t.reason}</dt>
            <dd>${tow.infraction.description} (${tow.infraction.code})</dd>
            ${
              tow.company
                ? html`<dt>${t.company}</dt>
                    <dd>
                      ${tow.company.name} ·
                      <a href=${telHref(tow.company.phone)}>${tow.company.phone}</a>
                    </dd>`
                : nothing
            }
            ${this.renderTruck(t, tow)}
          </dl>
          ${tow.yard ? this.renderYard(t, tow, lang) : nothing} ${this.renderFees(t, tow, lang)}
          ${released ? nothing : this.renderRequirements(t, tow)}
        </div>
      </div>
    </article>`;
  }

  private renderWhen(label: string, iso: string | undefined) {
    if (!iso) return nothing;
    const lang = this.language.value;
    return html`<dt>${label}</dt>
      <dd>
        <time datetime=${iso}>${formatDateTime(lang, iso)}</time>
        <span class="relative">(${formatRelative(lang, Date.parse(iso), this.now)})</span>
      </dd>`;
  }

  private renderTruck(t: Strings, tow: Tow) {
    const truck = tow.truck;
    if (!truck || !moving(tow)) return nothing;
    const lang = this.language.value;
    const target = tow.status === 'towing' && tow.yard ? 'yard' : 'origin';
    const to = target === 'yard' ? tow.yard! : tow.from;
    return html`<dt>${t.truck}</dt>
      <dd class="truck" data-lat=${truck.lat} data-lng=${truck.lng}>
        ${t.truckNear(formatDistance(lang, distanceMeters(truck, to)), target)},
        <time datetime=${truck.at}
          >${t.truckSeen(
            formatTime(lang, truck.at),
            formatRelative(lang, Date.parse(truck.at), Math.max(this.now, Date.parse(truck.at))),
          )}</time
        >
      </dd>`;
  }

  private renderYard(t: Strings, tow: Tow, lang: Lang) {
    const yard = tow.yard!;
    const open = yardOpenState(yard.hours, this.now);
    const openText =
      open.kind === 'always'
        ? t.open24h
        : open.kind === 'open'
          ? t.openNow(formatClock(lang, open.closes))
          : open.kind === 'closed'
            ? t.closedNow(
                open.inDays === 0
                  ? t.opensToday(formatClock(lang, open.opens))
                  : open.inDays === 1
                    ? t.opensTomorrow(formatClock(lang, open.opens))
                    : t.opensOn(weekdayName(lang, open.day), formatClock(lang, open.opens)),
              )
            : '';
    return html`<div class="yard">
      <h5 id="yard-${tow.id}">${t.yard}</h5>
      <p class="yard-name">${yard.name}</p>
      <p>${yard.address}</p>
      ${openText ? html`<p class="open open-${open.kind}">${openText}</p>` : nothing}
      ${
        open.kind === 'always'
          ? nothing
          : html`<p class="hours-title">${t.hours}</p>
              <ul class="hours">
                ${weekHours(yard.hours).map(
                  (run) =>
                    html`<li>
                      <span
                        >${capitalise(
                          run.from === run.to
                            ? weekdayName(lang, run.from)
                            : t.dayRange(weekdayName(lang, run.from), weekdayName(lang, run.to)),
                          lang,
                        )}:</span
                      >
                      ${
                        run.opens === undefined || run.closes === undefined
                          ? t.closed
                          : isAllDay(run)
                            ? t.allDay
                            : `${formatClock(lang, run.opens)} – ${formatClock(lang, run.closes)}`
                      }
                    </li>`,
                )}
              </ul>`
      }
      <p class="links">
        <a href=${telHref(yard.phone)}>${t.call(yard.phone)}</a>
        <a href=${directionsHref(yard)} target="_blank" rel="noopener noreferrer"
          >${t.directions} <span class="visually-hidden">${t.opensNewWindow}</span></a
        >
      </p>
    </div>`;
  }

  private renderFees(t: Strings, tow: Tow, lang: Lang) {
    const { accrued, nextChargeAt } = feesNow(tow, this.received.get(tow.id) ?? this.now, this.now);
    const towed = Boolean(tow.towedAt || tow.arrivedAt);
    return html`<div class="fees">
      <h5 id="fees-${tow.id}">${t.fees}</h5>
      <dl>
        <dt>${t.towFee}</dt>
        <dd>${formatMoney(lang, tow.fees.tow)}</dd>
        <dt>${t.storagePerDay}</dt>
        <dd>${formatMoney(lang, tow.fees.storagePerDay)}</dd>
        <dt>${t.accrued}</dt>
        <dd class="accrued">${formatMoney(lang, accrued)}</dd>
      </dl>
      ${
        nextChargeAt !== undefined
          ? html`<p class="hint">
              ${t.nextCharge(
                formatMoney(lang, tow.fees.storagePerDay),
                formatDateTime(lang, nextChargeAt),
              )}
            </p>`
          : towed
            ? nothing
            : html`<p class="hint">${t.noFeesYet}</p>`
      }
    </div>`;
  }

  private renderRequirements(t: Strings, tow: Tow) {
    if (!tow.releaseRequirements.length) return nothing;
    return html`<div class="requirements">
      <h5 id="req-${tow.id}">${t.requirements}</h5>
      <p class="hint">${t.requirementsHint}</p>
      <ul class="checklist">
        ${tow.releaseRequirements.map(
          (item, i) =>
            html`<li>
              <input type="checkbox" id="req-${tow.id}-${i}" />
              <label for="req-${tow.id}-${i}">${item}</label>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderMap(t: Strings, tow: Tow) {
    const failed = this.mapState === 'failed';
    return html`<div class="map-block">
      <div class="map-frame" ?hidden=${failed}>
        <div class="map" part="map" data-tow=${tow.id}></div>
        ${
          this.mapState === 'loading' || this.mapState === 'idle'
            ? html`<p class="map-loading">${t.mapLoading}</p>`
            : nothing
        }
      </div>
      <p class="map-notice" role="status">
        ${failed ? t.mapUnavailable : this.tilesFailed.has(tow.id) ? t.tilesFailed : ''}
      </p>
    </div>`;
  }

  /* ---------------- handlers ---------------- */

  private onInput(event: Event) {
    const input = event.target as HTMLInputElement;
    const key = input.id === 'plate' ? 'plate' : this.verifierType;
    this.values[key] = normaliseAsTyped(input, AS_TYPED[key]);
  }

  private onType(event: Event) {
    this.verifierType = (event.target as HTMLInputElement).value as VerifierType;
    this.problems = this.problems.filter((p) => p.id !== 'verifier');
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.secondsLeft() > 0) return;
    const t = strings[this.language.value];
    const lang = this.language.value;
    const type = this.verifierType;
    const plate = normalizePlate(this.values.plate);
    const verifier = (type === 'cedula' ? normalizeCedula : normalizeTicket)(this.values[type]);
    const problems: FieldProblem[] = [];
    if (!plate.ok) {
      problems.push({
        id: 'plate',
        message: plate.code === 'required' ? t.plateRequired : formatMessage(plate.code, lang),
      });
    }
    if (!verifier.ok) {
      const required = type === 'cedula' ? t.cedulaRequired : t.ticketRequired;
      problems.push({
        id: 'verifier',
        message: verifier.code === 'required' ? required : formatMessage(verifier.code, lang),
      });
    }
    this.problems = problems;
    if (!plate.ok || !verifier.ok) {
      this.focusNext = 'summary';
      return;
    }
    this.values.plate = plate.value;
    this.values[type] = verifier.value;
    this.live = new Map();
    this.query = { plate: plate.value, verifier: { type, value: verifier.value } };
  }

  private reset() {
    this.stopWatching();
    this.destroyMaps();
    this.live = new Map();
    this.results = [];
    this.received.clear();
    // Keep the plate: looking again is usually about the same vehicle; forget the verifier.
    this.values.cedula = '';
    this.values.ticket = '';
    this.query = undefined;
    this.focusNext = 'plate';
  }

  /* ---------------- lookup and live updates ---------------- */

  private show(tows: Tow[]) {
    const now = Date.now();
    tows.forEach((tow) => this.received.set(tow.id, now));
    this.results = tows;
    this.now = now;
    this.retryUntil = 0;
    // Focus the results once per search, not again when a language switch reloads them.
    if (tows.length && this.focusedQuery !== this.query) this.focusNext = 'results';
    this.focusedQuery = this.query;
    this.dispatchEvent(new TowFoundEvent(tows));
    tows.forEach((tow) => this.follow(tow));
  }

  private fail(error: unknown) {
    if (errorCode(error) === 'rate_limited') {
      this.retryUntil = Date.now() + (retryAfter(error) ?? 30) * 1000;
      this.now = Date.now();
    }
    this.dispatchEvent(new P311ErrorEvent(errorCode(error), error));
  }

  private async follow(tow: Tow) {
    if (tow.status === 'released' || !this.backend.value || this.watches.has(tow.id)) return;
    const watching = new AbortController();
    this.watches.set(tow.id, watching);
    try {
      for await (const event of this.backend.value.tows.watch(tow.id, {
        signal: watching.signal,
        onError: () => this.setLive(tow.id, 'lost'),
      })) {
        this.setLive(tow.id, 'on');
        if (event.type === 'position') this.moveTruck(tow.id, event.data as TruckPosition);
        else this.replaceTow(event.data as Tow);
      }
      this.setLive(tow.id, undefined);
    } catch (error) {
      if (!watching.signal.aborted) {
        this.setLive(tow.id, 'lost');
        this.dispatchEvent(new P311ErrorEvent(errorCode(error), error));
      }
    } finally {
      if (this.watches.get(tow.id) === watching) this.watches.delete(tow.id);
    }
  }

  private current(id: string): Tow | undefined {
    return this.live.get(id) ?? this.results.find((r) => r.id === id);
  }

  private moveTruck(id: string, position: TruckPosition) {
    const tow = this.current(id);
    if (!tow || !moving(tow)) return;
    if (tow.truck && Date.parse(tow.truck.at) > Date.parse(position.at)) return;
    this.live = new Map(this.live).set(id, { ...tow, truck: position });
  }

  private replaceTow(next: Tow) {
    const before = this.current(next.id);
    this.received.set(next.id, Date.now());
    this.live = new Map(this.live).set(next.id, next);
    if (!before) return;
    if (before.status !== next.status) {
      const t = strings[this.language.value];
      this.announcement = t.statusChanged(t.statuses[next.status]);
    }
    if (before.status !== next.status || before.fees.accrued.cents !== next.fees.accrued.cents) {
      this.dispatchEvent(new TowUpdatedEvent(next.id, next.status, before.status));
    }
  }

  private setLive(id: string, value: 'on' | 'lost' | undefined) {
    if (this.liveState.get(id) === value) return;
    const next = new Map(this.liveState);
    if (value) next.set(id, value);
    else next.delete(id);
    this.liveState = next;
  }

  private stopWatching() {
    this.watches.forEach((w) => w.abort());
    this.watches.clear();
    this.liveState = new Map();
  }

  /* ---------------- clock ---------------- */

  private secondsLeft(): number {
    return Math.max(0, Math.ceil((this.retryUntil - this.now) / 1000));
  }

  /** One timer while something shown depends on the time: the retry countdown, fees, hours. */
  private syncTimer() {
    const needed = this.retryUntil > this.now || this.results.length > 0;
    if (needed && !this.timer) {
      this.timer = setInterval(() => {
        const now = Date.now();
        if (this.retryUntil > this.now) {
          this.now = now;
          if (this.retryUntil <= now) this.announcement = strings[this.language.value].retryNow;
        } else if (now - this.now >= 15_000) {
          this.now = now;
        }
      }, 1000);
    } else if (!needed && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  /* ---------------- maps ---------------- */

  private syncMaps() {
    const containers = [...this.renderRoot.querySelectorAll<HTMLElement>('.map[data-tow]')];
    for (const [id, shown] of this.maps) {
      if (!containers.includes(shown.container)) {
        shown.view.destroy();
        this.maps.delete(id);
      }
    }
    if (!containers.length || this.mapState === 'failed') return;
    if (!this.mapModule) {
      this.loadMapModule();
      return;
    }
    const lang = this.language.value;
    const t = strings[lang];
    const made = `${lang}|${this.tileUrl ?? ''}|${this.tileAttribution ?? ''}`;
    for (const container of containers) {
      const id = container.dataset.tow ?? '';
      const tow = this.current(id);
      if (!tow) continue;
      let shown = this.maps.get(id);
      if (shown && shown.made !== made) {
        shown.view.destroy();
        shown = undefined;
      }
      if (!shown) {
        try {
          shown = { container, made, view: this.makeMap(container, tow, t) };
        } catch {
          // The text has everything the map would show: say so and carry on without it.
          this.maps.forEach((m) => m.view.destroy());
          this.maps.clear();
          void Promise.resolve().then(() => (this.mapState = 'failed'));
          return;
        }
        this.maps.set(id, shown);
      }
      this.placeMarkers(shown, tow, t, lang);
    }
  }

  private makeMap(container: HTMLElement, tow: Tow, t: Strings): MapView {
    const id = tow.id;
    return this.mapModule!.createMap(container, {
      label: t.mapLabel(`${tow.vehicle.make} ${tow.vehicle.model} ${tow.plateMasked}`),
      center: tow.from,
      ...(this.tileUrl ? { tileUrl: this.tileUrl } : {}),
      ...(this.tileAttribution ? { attribution: this.tileAttribution } : {}),
      labels: { zoomIn: t.zoomIn, zoomOut: t.zoomOut },
      legend: { origin: t.legendOrigin, yard: t.legendYard, truck: t.legendTruck },
      onTilesFailed: (failed) => {
        const next = new Set(this.tilesFailed);
        if (failed) next.add(id);
        else next.delete(id);
        this.tilesFailed = next;
      },
    });
  }

  private placeMarkers(shown: ShownMap, tow: Tow, t: Strings, lang: Lang) {
    if (shown.tow === tow) return;
    shown.tow = tow;
    const { view } = shown;
    view.setMarker('origin', {
      kind: 'origin',
      label: t.markerOrigin(tow.from.address ?? `${tow.from.lat}, ${tow.from.lng}`),
      at: tow.from,
    });
    if (tow.yard) {
      view.setMarker('yard', { kind: 'yard', label: t.markerYard(tow.yard.name), at: tow.yard });
    } else view.removeMarker('yard');
    const truck = moving(tow) ? tow.truck : undefined;
    if (truck) {
      view.setMarker('truck', {
        kind: 'truck',
        label: t.markerTruck(formatTime(lang, truck.at)),
        at: truck,
        ...(truck.heading === undefined ? {} : { heading: truck.heading }),
      });
    } else view.removeMarker('truck');
    const fitted = `${tow.status}|${tow.yard?.id ?? ''}|${truck ? 'truck' : ''}`;
    if (shown.fitted !== fitted) {
      shown.fitted = fitted;
      view.fit([tow.from, ...(tow.yard ? [tow.yard] : []), ...(truck ? [truck] : [])]);
    }
  }

  private loadMapModule() {
    this.mapLoad ??= (async () => {
      await null; // Out of `updated()`: the state change below schedules a fresh update.
      this.mapState = 'loading';
      try {
        this.mapModule = await loadMap();
        this.mapState = 'ready';
      } catch {
        this.mapState = 'failed';
      }
    })();
  }

  private destroyMaps() {
    this.maps.forEach((shown) => shown.view.destroy());
    this.maps.clear();
    if (this.tilesFailed.size) this.tilesFailed = new Set();
  }

  /** Whether a lookup is running (for tests and hosts that show their own spinner). */
  get loading(): boolean {
    return this.lookup.status === TaskStatus.PENDING;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'p311-tow-lookup': P311TowLookup;
  }
  interface GlobalEventHandlersEventMap {
    'p311-tow-found': TowFoundEvent;
    'p311-tow-updated': TowUpdatedEvent;
  }
}
