import { initialState, Task, TaskStatus } from '@lit/task';
import {
  getCase,
  rateCase,
  watchCase,
  errorCode,
  errorMessage,
  FEEDBACK_STATUSES,
  FINAL_CASE_STATUSES,
  type Case,
  type FeedbackCreate,
  type TimelineEvent,
} from '@panama311/sdk';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BackendController } from '../shared/backend.js';
import { httpFor, type CasesBackend, type ClientConfig } from '../shared/client.js';
import { EVENT_INIT, P311ErrorEvent } from '../shared/events.js';
import { formatDateTime, formatRelative, warmUpFormats } from '../shared/format.js';
import { errorSummary, focusErrorSummary, textField, type FieldProblem } from '../shared/forms.js';
import { formStyles, hostStyles, reservedSpace } from '../shared/host.styles.js';
import { LangController } from '../shared/lang.js';
import { TelemetryController } from '../shared/telemetry.js';
import { styles } from './case-status.styles.js';
import type { CaseFeedback, FeedbackSentEvent } from './feedback.js';
import { strings, type Strings } from './strings.js';

const CASE_NUMBER = /^311-\d{4}-\d{6}$/;

/** A case was found and shown (its status and SLA state, never the token). */
export class CaseLoadedEvent extends Event {
  static readonly eventName = 'p311-case-loaded';
  constructor(
    readonly number: string,
    readonly status: Case['status'],
    readonly slaState: Case['sla']['state'],
  ) {
    super(CaseLoadedEvent.eventName, EVENT_INIT);
  }
}

/** A case's status changed while the element was showing it. */
export class CaseUpdatedEvent extends Event {
  static readonly eventName = 'p311-case-updated';
  constructor(
    readonly number: string,
    readonly status: Case['status'],
  ) {
    super(CaseUpdatedEvent.eventName, EVENT_INIT);
  }
}

/**
 * A citizen's case at a glance: status in plain words, the timeline (status changes, public
 * notes, transfers between entities), the SLA as a countdown or as overdue, live updates, and
 * once the case is resolved, the citizen's rating (1 to 5 and a comment).
 * Without `number` and `token` (attributes or the tracking link's `?case=…&token=…`), it asks
 * for them.
 *
 * @summary Case status lookup with a live timeline.
 * @attr {'es' | 'en'} lang - The language; without it, the closest `lang` around the element (across shadow roots), then `<html lang>`, then `es`.
 * @fires {CaseLoadedEvent} p311-case-loaded - A case was found and shown (`number`, `status`, `slaState`).
 * @fires {CaseUpdatedEvent} p311-case-updated - The case changed status while shown (`number`, `status`).
 * @fires {FeedbackSentEvent} p311-feedback-sent - The citizen rated the resolved case (`number`, `rating`; never the comment).
 * @fires {P311ErrorEvent} p311-error - A lookup, the live connection or sending the rating failed (`code`, `error`); the element already says so.
 * @csspart form - The case number and code form.
 * @csspart error-summary - The list of problems after a failed submit.
 * @csspart status - The status badge.
 * @csspart timeline - The list of timeline entries.
 * @csspart feedback - The rating form of a resolved case, then the rating given.
 * @cssprop [--p311-font-family=system-ui, sans-serif] - The font.
 * @cssprop [--p311-font-size=medium] - The base size: everything inside is in `em` of it, so a page's root font size changes nothing.
 * @cssprop [--p311-color-text=#1b1b1b] - Text (`#f3f4f6` in the dark theme).
 * @cssprop [--p311-color-accent=#005ea2] - Buttons, links and the status badge (`#73b3e7` dark).
 * @cssprop [--p311-color-accent-text=#fff] - Text on filled buttons (`#0b1b2b` dark).
 * @cssprop [--p311-color-danger=#b3261e] - Errors, a rejected case, an overdue or missed deadline (`#ff8a80` dark).
 * @cssprop [--p311-color-border=#6b7280] - Fields and the timeline's line (`#9ca3af` dark).
 * @cssprop [--p311-color-surface=#fff] - Fields and the status badge; the whole element in the dark theme (`#111827`).
 * @cssprop [--p311-color-muted=#4b5563] - Hints, labels, times and the loading placeholders (`#d1d5db` dark).
 * @cssprop [--p311-color-focus=#ffbf47] - The focus outline.
 * @cssprop [--p311-color-success=#1a6b35] - A resolved or closed case's badge and the live dot (`#6fcf97` dark).
 * @cssprop [--p311-radius=0.375em] - Corners of fields and buttons.
 * @cssprop [--p311-min-block-size=22.5em] - Height reserved while the element loads and kept as its minimum, so the page does not shift; `0` turns it off.
 */
export class P311CaseStatus extends LitElement {
  static override styles = [hostStyles, formStyles, reservedSpace('p311-case-status'), styles];

  /** The case number, e.g. `311-2026-000123`. */
  @property() number = '';
  /** The tracking token from the receipt. */
  @property() token = '';
  /** Base URL of the 311 API. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Publishable API key (`pk_…`). */
  @property({ attribute: 'api-key' }) apiKey?: string;
  /** An SDK client (or adapter) to use instead of `api-base` and `api-key`. */
  @property({ attribute: false }) client?: CasesBackend;
  /** Turn off live updates (one lookup only). */
  @property({ type: Boolean, attribute: 'no-live' }) noLive = false;
  /** `dark` for the built-in dark theme, `auto` to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: string;

  /** Opt in to anonymous web-vitals reports to the 311 API (needs `api-key`; see the privacy notes). */
  @property({ type: Boolean }) telemetry = false;
  /** The fraction of page views that report when `telemetry` is on, 0 to 1. */
  @property({ type: Number, attribute: 'telemetry-sample-rate' }) telemetrySampleRate = 0.1;

  @state() private live?: Case;
  @state() private liveState: 'off' | 'on' | 'lost' = 'off';
  @state() private announcement = '';
  @state() private problems: FieldProblem[] = [];

  private readonly language = new LangController(this);
  protected readonly vitals = new TelemetryController(this);
  private readonly backend = new BackendController(this, this.language, ownBackend);
  /** The rating form, loaded with the first case that takes one (see `loadFeedback`). */
  private feedback?: CaseFeedback;
  private feedbackLoad?: Promise<void>;
  private watching?: AbortController;

  private readonly lookup = new Task(this, {
    args: () => [this.number, this.token, this.backend.value, this.backend.error] as const,
    task: async ([number, token, backend, refused], { signal }) => {
      this.stopWatching();
      if (!number || !token) return initialState;
      if (!backend) throw refused;
      const found = backend.cases.get(number, token, { signal });
      warmUpFormats(this.language.value);
      // A resolved case is shown with its rating form at once, not moved down by it later.
      if (FEEDBACK_STATUSES.includes((await found).status)) await this.loadFeedback();
      return found;
    },
    onComplete: (found) => {
      this.dispatchEvent(new CaseLoadedEvent(found.number, found.status, found.sla.state));
      void this.follow(found);
    },
    onError: (error) => this.dispatchEvent(new P311ErrorEvent(errorCode(error), error)),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.number && !this.token) {
      const params = new URLSearchParams(location.search);
      this.number = params.get('case') ?? '';
      this.token = params.get('token') ?? '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
  }

  protected override updated(): void {
    if (this.problems.length) focusErrorSummary(this.renderRoot as ShadowRoot);
    this.feedback?.updated();
  }

  protected override render() {
    const t = strings[this.language.value];
    return html`
      <h2>${t.heading}</h2>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      ${
        this.number && this.token
          ? this.lookup.render({
              pending: () => this.renderSkeleton(t),
              complete: (found) => this.renderCase(t, this.live ?? found),
              error: (error) => this.renderError(t, error),
            })
          : this.renderForm(t)
      }
    `;
  }

  private renderForm(t: Strings) {
    const problem = (id: string) => this.problems.find((p) => p.id === id)?.message;
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${errorSummary(t.errorSummary, this.problems, this.renderRoot as ShadowRoot)}
      ${textField({
        id: 'number',
        label: t.numberLabel,
        hint: t.numberHint,
        problem: problem('number'),
        value: this.number,
        code: {},
      })}
      ${textField({
        id: 'token',
        label: t.tokenLabel,
        hint: t.tokenHint,
        problem: problem('token'),
        value: this.token,
        code: {},
      })}
      <div class="actions"><button type="submit">${t.submit}</button></div>
    </form>`;
  }

  /** The case's layout with placeholders: the same height as what replaces it. */
  private renderSkeleton(t: Strings) {
    const bar = (size: string) => html`<span class="bar bar-${size}"></span>`;
    return html`<section class="skeleton" aria-busy="true">
      <p role="status" class="visually-hidden">${t.loading}</p>
      <div aria-hidden="true">
        <h3>${bar('m')}</h3>
        <p class="status-placeholder">${bar('s')}</p>
        <dl>
          <dt>${t.service}</dt>
          <dd>${bar('l')}</dd>
          <dt>${t.entity}</dt>
          <dd>${bar('l')}</dd>
          <dt>${t.filed}</dt>
          <dd>${bar('m')}</dd>
          <dt>${t.due}</dt>
          <dd>${bar('m')}</dd>
        </dl>
        <h3>${t.timeline}</h3>
        <ol class="timeline">
          <li>${bar('s')} ${bar('m')}</li>
          <li>${bar('s')} ${bar('l')}</li>
        </ol>
        <p class="live">&nbsp;</p>
        <div class="actions">
          <button class="secondary placeholder" tabindex="-1">${t.another}</button>
        </div>
      </div>
    </section>`;
  }

  private renderError(t: Strings, error: unknown) {
    const notFound = errorCode(error) === 'not_found';
    return html`<div role="alert">
        <p>${notFound ? t.notFound : errorMessage(error, this.language.value)}</p>
      </div>
      <div class="actions">
        ${notFound ? nothing : html`<button @click=${() => this.lookup.run()}>${t.retry}</button>`}
        <button class="secondary" @click=${this.reset}>${t.another}</button>
      </div>`;
  }

  private renderCase(t: Strings, found: Case) {
    const lang = this.language.value;
    const sla = {
      on_time: t.slaOnTime,
      due_soon: t.slaDueSoon,
      overdue: t.slaOverdue,
      met: t.slaMet,
      missed: t.slaMissed,
      unknown: '',
    }[found.sla.state];
    const dueMs = Date.parse(found.sla.dueAt);
    return html`<section aria-labelledby="case-number">
      <h3 id="case-number">${found.number}</h3>
      <p part="status" class="status status-${found.status}">${t.statuses[found.status]}</p>
      <dl>
        <dt>${t.service}</dt>
        <dd>${found.service.name}</dd>
        <dt>${t.entity}</dt>
        <dd>${found.entity.name}</dd>
        <dt>${t.filed}</dt>
        <dd>${formatDateTime(lang, found.createdAt)}</dd>
        <dt>${t.due}</dt>
        <dd>
          ${formatDateTime(lang, found.sla.dueAt)}
          <span class="sla sla-${found.sla.state}">${sla}</span>
          ${
            found.sla.state === 'met' || found.sla.state === 'missed'
              ? nothing
              : html`<span class="relative">(${formatRelative(lang, dueMs)})</span>`
          }
        </dd>
      </dl>
      <h3>${t.timeline}</h3>
      <ol part="timeline" class="timeline">
        ${found.timeline.map(
          (event) =>
            html`<li>
              <time datetime=${event.at}>${formatDateTime(lang, event.at)}</time>
              <span>${this.describe(t, event)}</span>
            </li>`,
        )}
      </ol>
      <!-- Always there, so the line arriving with the live connection moves nothing. -->
      <p
        class="live live-${this.liveState}"
        aria-hidden=${this.liveState === 'off' ? 'true' : 'false'}
      >
        ${{ on: t.live, lost: t.liveLost, off: '\u00a0' }[this.liveState]}
      </p>
      ${this.feedback?.render(found, this.sendFeedback(found)) ?? nothing}
      <div class="actions">
        <button class="secondary" @click=${this.reset}>${t.another}</button>
      </div>
    </section>`;
  }

  /**
   * Brings the rating form's code (its own chunk: most cases shown are not resolved yet).
   * Offline, the case shows without it, and the next resolved case tries again.
   */
  private loadFeedback(): Promise<void> {
    this.feedbackLoad ??= import('./feedback.js').then(
      ({ CaseFeedback }) => {
        this.feedback = new CaseFeedback(
          this,
          () => this.language.value,
          (updated, text) => {
            this.live = updated;
            this.announcement = text;
          },
        );
        this.requestUpdate();
      },
      () => {
        this.feedbackLoad = undefined;
      },
    );
    return this.feedbackLoad;
  }

  /** How to rate `found` with this element's backend; none when an injected client cannot. */
  private sendFeedback(found: Case) {
    const cases = this.backend.value?.cases;
    const token = this.token;
    return cases?.feedback
      ? (input: FeedbackCreate, idempotencyKey: string) =>
          cases.feedback!(found.number, token, input, { idempotencyKey })
      : undefined;
  }

  private describe(t: Strings, event: TimelineEvent): string {
    switch (event.type) {
      case 'created':
        return t.created;
      case 'transfer':
        return t.transferred(event.from?.name ?? '—', event.to?.name ?? '—');
      case 'status':
        return t.statuses[event.status ?? 'unknown'];
      default:
        return event.note ?? t.statuses.unknown;
    }
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const t = strings[this.language.value];
    const form = event.currentTarget as HTMLFormElement;
    const number = (form.elements.namedItem('number') as HTMLInputElement).value
      .trim()
      .toUpperCase();
    const token = (form.elements.namedItem('token') as HTMLInputElement).value.trim();
    const problems: FieldProblem[] = [];
    if (!CASE_NUMBER.test(number)) problems.push({ id: 'number', message: t.numberInvalid });
    if (!token) problems.push({ id: 'token', message: t.tokenRequired });
    this.problems = problems;
    if (problems.length) return;
    this.live = undefined;
    this.number = number;
    this.token = token;
  }

  private reset() {
    this.stopWatching();
    this.live = undefined;
    this.token = '';
    // Keep the number: a mistyped code is the usual reason to look again.
    this.problems = [];
  }

  private async follow(found: Case | typeof initialState) {
    if (
      this.noLive ||
      found === initialState ||
      FINAL_CASE_STATUSES.includes(found.status) ||
      !this.backend.value
    )
      return;
    const watching = new AbortController();
    this.watching = watching;
    let last = found.status;
    try {
      for await (const { data } of this.backend.value.cases.watch(found.number, this.token, {
        signal: watching.signal,
        onError: () => (this.liveState = 'lost'),
      })) {
        this.liveState = 'on';
        this.live = data;
        if (FEEDBACK_STATUSES.includes(data.status)) void this.loadFeedback();
        if (data.status !== last) {
          last = data.status;
          this.announcement = strings[this.language.value].statusChanged(
            strings[this.language.value].statuses[data.status],
          );
          this.dispatchEvent(new CaseUpdatedEvent(data.number, data.status));
        }
      }
    } catch (error) {
      if (!watching.signal.aborted) {
        this.liveState = 'lost';
        this.dispatchEvent(new P311ErrorEvent(errorCode(error), error));
      }
    }
  }

  private stopWatching() {
    this.watching?.abort();
    this.watching = undefined;
    this.liveState = 'off';
  }

  /** Whether a lookup is running (for tests and hosts that show their own spinner). */
  get loading(): boolean {
    return this.lookup.status === TaskStatus.PENDING;
  }
}

/** Only the three calls this element makes, so its bundle leaves the rest of the SDK out. */
function ownBackend(config: ClientConfig): CasesBackend {
  const http = httpFor(config);
  return {
    cases: {
      get: (number, token, options) => getCase(http, number, token, options),
      watch: (number, token, options) => watchCase(http, number, token, options),
      feedback: (number, token, input, options) => rateCase(http, number, token, input, options),
    },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'p311-case-status': P311CaseStatus;
  }
  interface GlobalEventHandlersEventMap {
    'p311-case-loaded': CaseLoadedEvent;
    'p311-case-updated': CaseUpdatedEvent;
    'p311-feedback-sent': FeedbackSentEvent;
  }
}
