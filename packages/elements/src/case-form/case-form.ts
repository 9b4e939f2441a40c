import { Task } from '@lit/task';
import {
  errorCode,
  errorMessage,
  formatMessage,
  newIdempotencyKey,
  type CaseCreate,
  type CaseReceipt,
  type Service,
  type SupportResult,
} from '@panama311/sdk';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EVENT_INIT, P311ErrorEvent } from '../shared/events.js';
import { errorSummary, type FieldProblem } from '../shared/forms.js';
import { formStyles, hostStyles, reservedSpace } from '../shared/host.styles.js';
import { LangController } from '../shared/lang.js';
import { TelemetryController } from '../shared/telemetry.js';
import { BackendController } from '../shared/backend.js';
import { backendFor, type CaseFormBackend } from './backend.js';
import { styles } from './case-form.styles.js';
import type { FormContext } from './context.js';
import { DescribeStep, noticeView } from './describe.js';
import { draftKey, openDraftStore, type DraftPhoto, type DraftStore } from './draft-store.js';
import type * as Flow from './flow.js';
import type { LocationStep } from './location.js';
import {
  emptyEntries,
  questionId,
  questionsOf,
  restoreEntries,
  STEPS,
  stepsFor,
  toCaseCreate,
  validateStep,
  type Entries,
  type StepId,
} from './model.js';
import { openOutbox, type Outbox, type OutboxItem, type SendOutcome } from './outbox.js';
import type { PhotoPicker } from './photo-picker.js';
import type { PreparedPhoto } from './photos.js';
import type { Queued } from './sending.js';
import { strings, type Strings } from './strings.js';
import type { Receipt } from './views.js';

/** A case was filed: shown in the receipt, now or when the offline queue sent it. */
export class CaseSubmittedEvent extends Event {
  static readonly eventName = 'p311-case-submitted';
  constructor(
    /** The case number, e.g. `311-2026-000123`. */
    readonly number: string,
    /** When the entity promises to have handled it (ISO 8601). */
    readonly dueAt: string,
    /**
     * The tracking link, `status-url?case=…&token=…`. It carries the tracking token: show it
     * to the citizen, never send it to analytics or logs.
     */
    readonly trackingUrl: string,
    /** Sent from the offline queue after the connection returned. */
    readonly queued: boolean,
  ) {
    super(CaseSubmittedEvent.eventName, EVENT_INIT);
  }
}

/** The citizen joined an open nearby case ("this is my problem too") instead of filing one. */
export class CaseSupportedEvent extends Event {
  static readonly eventName = 'p311-case-supported';
  constructor(
    readonly number: string,
    /** How many people support the case now. */
    readonly supporters: number,
  ) {
    super(CaseSupportedEvent.eventName, EVENT_INIT);
  }
}

export type { CaseFormBackend };

type View = 'form' | 'solved' | 'queued' | 'receipt' | 'supported';
const SAVE_DELAY = 400;

/**
 * The report form an agency embeds: what happened (answers from the FAQs first), the service,
 * its questions, where, photos, contact or anonymous, then review and submit. The draft
 * survives a reload; a report made offline is queued and sent when the connection returns.
 *
 * @summary Citizen report form: FAQ answers first, then a case with a tracking link.
 * @attr {'es' | 'en'} lang - The language; without it, the closest `lang` around the element (across shadow roots), then `<html lang>`, then `es`.
 * @fires {CaseSubmittedEvent} p311-case-submitted - A case was filed (`number`, `dueAt`, `trackingUrl`, `queued`). `trackingUrl` holds the tracking token: never log it.
 * @fires {CaseSupportedEvent} p311-case-supported - The citizen joined a nearby open case instead (`number`, `supporters`).
 * @fires {P311ErrorEvent} p311-error - Loading, searching or sending failed (`code`, `error`); the element already says so.
 * @csspart form - The current step's form.
 * @csspart error-summary - The list of problems after a failed step.
 * @csspart receipt - The receipt with the case number and the tracking link.
 * @cssprop [--p311-font-family=system-ui, sans-serif] - The font.
 * @cssprop [--p311-font-size=medium] - The base size: everything inside is in `em` of it, so a page's root font size changes nothing.
 * @cssprop [--p311-color-text=#1b1b1b] - Text (`#f3f4f6` in the dark theme).
 * @cssprop [--p311-color-accent=#005ea2] - The heading, buttons, links, choices, notices and the progress bar (`#73b3e7` dark).
 * @cssprop [--p311-color-accent-text=#fff] - Text on filled buttons (`#0b1b2b` dark).
 * @cssprop [--p311-color-danger=#b3261e] - Errors (`#ff8a80` dark).
 * @cssprop [--p311-color-success=#1a6b35] - The receipt's top border (`#6fcf97` dark).
 * @cssprop [--p311-color-border=#6b7280] - Fields, answers, photos and the review's rows (`#9ca3af` dark).
 * @cssprop [--p311-color-surface=#fff] - Fields and notices; the whole element in the dark theme (`#111827`).
 * @cssprop [--p311-color-muted=#4b5563] - Hints, the step caption and secondary text (`#d1d5db` dark).
 * @cssprop [--p311-color-focus=#ffbf47] - The focus outline.
 * @cssprop [--p311-radius=0.375em] - Corners of fields, buttons, photos and the map.
 * @cssprop [--p311-min-block-size=25.5em] - Height reserved while the element loads and kept as its minimum, so the page does not shift; `0` turns it off.
 */
export class P311CaseForm extends LitElement {
  static override styles = [hostStyles, formStyles, reservedSpace('p311-case-form'), styles];

  /** Only this entity's services (its id, e.g. `idaan`); all entities when empty. */
  @property() entity?: string;
  /** A service id to report to directly: the service step is skipped. */
  @property() service?: string;
  /** Base URL of the 311 API. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Publishable API key (`pk_…`). */
  @property({ attribute: 'api-key' }) apiKey?: string;
  /** An SDK client (or adapter) to use instead of `api-base` and `api-key`. */
  @property({ attribute: false }) client?: CaseFormBackend;
  /** Where `<p311-case-status>` is: the receipt links there with `?case=…&token=…`. Default: this page. */
  @property({ attribute: 'status-url' }) statusUrl?: string;
  /** `dark` for the built-in dark theme, `auto` to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: string;
  /** Map tile URL template, for the map the citizen may open. @default OpenStreetMap's tiles */
  @property({ attribute: 'tile-url' }) tileUrl?: string;
  /** Attribution of the tiles, shown on the map as plain text (never markup). @default OpenStreetMap's */
  @property({ attribute: 'tile-attribution' }) tileAttribution?: string;

  /** Opt in to anonymous web-vitals reports to the 311 API (needs `api-key`; see the privacy notes). */
  @property({ type: Boolean }) telemetry = false;
  /** The fraction of page views that report when `telemetry` is on, 0 to 1. */
  @property({ type: Number, attribute: 'telemetry-sample-rate' }) telemetrySampleRate = 0.1;

  @state() private entries: Entries = emptyEntries();
  @state() private step: StepId = 'describe';
  @state() private view: View = 'form';
  @state() private problems: FieldProblem[] = [];
  @state() private restored = false;
  @state() private sending = false;
  @state() private sendError?: unknown;
  @state() private progress?: number;
  @state() private receipt?: Receipt;
  @state() private supported?: SupportResult;
  @state() private announcement = '';
  @state() private copyState: '' | 'copied' | 'failed' = '';
  @state() private queuedPersistent = true;
  @state() private flowFailed = false;
  /** Reports the queue sent while this form showed another one. */
  @state() private earlier: Receipt[] = [];

  private readonly language = new LangController(this);
  protected readonly vitals = new TelemetryController(this);
  private readonly backend = new BackendController<CaseFormBackend>(
    this,
    this.language,
    backendFor,
  );
  private key = newIdempotencyKey();
  private scope = '';
  private drafts?: DraftStore;
  private outbox?: Outbox;
  private stopWatching?: () => void;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private loaded = false;
  private reviewing = false;
  private focusTarget?: string;

  private readonly context: FormContext = {
    t: () => this.t,
    tiles: () => ({
      ...(this.tileUrl ? { tileUrl: this.tileUrl } : {}),
      ...(this.tileAttribution ? { attribution: this.tileAttribution } : {}),
    }),
    lang: () => this.language.value,
    entries: () => this.entries,
    backend: () => this.backend.value,
    problem: (id) => this.problems.find((p) => p.id === id)?.message,
    set: (patch) => this.set(patch),
    announce: (text) => (this.announcement = text),
    focus: (id) => {
      this.focusTarget = id;
      this.requestUpdate();
    },
    error: (error) => this.reportError(error),
    actions: (label) => this.actions(label),
  };
  private readonly describe = new DescribeStep(
    this,
    this.context,
    () => ({ entity: this.entity || undefined, service: this.service || undefined }),
    {
      pass: () => {
        this.set({ faqPassed: true });
        this.advance();
      },
      solved: () => this.finish('solved'),
      suggest: (ids) => this.suggestCategory(ids),
    },
  );
  /** Steps 2 to 7 and sending, loaded after the first render (see `flow.ts`). */
  private flow?: typeof Flow;
  private flowLoading?: Promise<void>;
  /** A restored draft's photos, until the photo step has loaded. */
  private draftPhotos?: DraftPhoto[];
  private photos?: PhotoPicker;
  private location?: LocationStep;

  private readonly catalogue = new Task(this, {
    args: () => [this.backend.value, this.backend.error, this.entity, this.service] as const,
    task: async ([backend, refused, entity, service], { signal }): Promise<Service[]> => {
      if (!backend) throw refused;
      if (service) return [await backend.services.get(service, { signal })];
      const all: Service[] = [];
      for (let page: number | null = 1; page && page <= 10;) {
        const result = await backend.services.list({ entity, page, pageSize: 100, signal });
        all.push(...result.data);
        page = result.nextPage;
      }
      return all;
    },
    onComplete: (list) => this.suggestCategory(undefined, list),
    onError: (error) => this.reportError(error),
  });

  /** Opens the service step on the category of the service that best matches the words. */
  private suggestCategory(suggested = this.describe.suggested, services = this.services) {
    const top = services.find((s) => s.id === suggested[0]);
    if (top && !this.entries.serviceId && !this.entries.category)
      this.set({ category: top.category });
  }

  private get t(): Strings {
    return strings[this.language.value];
  }

  private get services(): Service[] {
    return this.catalogue.value ?? [];
  }

  private get chosen(): Service | undefined {
    return this.services.find((s) => s.id === this.entries.serviceId);
  }

  private get steps(): StepId[] {
    return stepsFor(this.chosen, !!this.service);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scope = draftKey({ entity: this.entity || undefined, service: this.service || undefined });
    this.drafts = openDraftStore();
    // One queue per form scope: a queued report is sent by a form like the one that made it.
    this.outbox = openOutbox({ dbName: `p311-outbox:${this.scope}` });
    this.stopWatching = this.outbox.watch(() => void this.flush());
    // A reload or a closed tab never disconnects the element: save what is pending first.
    addEventListener('pagehide', this.savePending);
    document.addEventListener('visibilitychange', this.savePending);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.savePending();
    removeEventListener('pagehide', this.savePending);
    document.removeEventListener('visibilitychange', this.savePending);
    this.stopWatching?.();
    this.drafts?.close();
    this.outbox?.close();
    this.drafts = this.outbox = undefined;
    this.loaded = false;
  }

  protected override willUpdate(): void {
    if (this.service && this.entries.serviceId !== this.service)
      this.entries = { ...this.entries, serviceId: this.service };
    // A restored draft may name a service that is gone: choose again.
    if (this.catalogue.value && !this.chosen && STEPS.indexOf(this.step) > 1)
      this.step = this.steps[1] ?? 'describe';
  }

  protected override firstUpdated(): void {
    void this.loadFlow();
  }

  /** Loads steps 2 to 7; never rejects: a failure shows a retry, and the next call tries again. */
  private loadFlow(): Promise<void> {
    // The own back end's later calls come with the steps that make them.
    if (!this.client) import('./calls.js').catch(() => undefined);
    return (this.flowLoading ??= import('./flow.js').then(
      (flow) => {
        this.flow = flow;
        this.flowFailed = false;
        this.photos = new flow.PhotoPicker(this, this.context, () => this.scheduleSave());
        this.location = new flow.LocationStep(
          this,
          this.context,
          () => this.view === 'form' && this.step === 'location',
          (result) => this.joined(result),
        );
        this.restorePhotos();
        this.requestUpdate();
      },
      () => {
        this.flowLoading = undefined;
        this.flowFailed = true;
      },
    ));
  }

  /** Gives the restored draft's photos to the photo step once it is there. */
  private restorePhotos() {
    if (!this.photos || !this.draftPhotos) return;
    this.photos.replace(this.draftPhotos);
    this.draftPhotos = undefined;
  }

  protected override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const root = this.renderRoot as ShadowRoot;
    (target === 'summary'
      ? root.querySelector<HTMLElement>('.error-summary')
      : root.getElementById(target)
    )?.focus();
  }

  protected override render() {
    const t = this.t;
    return html`
      <h2 class="title">${t.heading}</h2>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      ${this.earlier.map(
        (r) =>
          html`<p class="notice">
            ${t.earlierSent(r.number)} <a href=${r.trackingUrl}>${t.track}</a>
          </p>`,
      )}
      ${this.view === 'form' ? this.renderForm(t) : this.renderOutcome(t)}
    `;
  }

  private renderForm(t: Strings) {
    const steps = this.steps;
    return html`
      ${
        this.restored
          ? html`<div class="notice" role="status">
              <p>${t.draftRestored}</p>
              <button type="button" class="link" @click=${this.startOver}>${t.startOver}</button>
            </div>`
          : nothing
      }
      ${
        this.loaded && this.drafts && !this.drafts.persistent
          ? html`<p class="notice">${t.draftNotSaved}</p>`
          : nothing
      }
      <form part="form" novalidate @submit=${this.onContinue}>
        ${errorSummary(t.errorSummary, this.problems, this.renderRoot as ShadowRoot)}
        <h3 id="step-heading" tabindex="-1">
          <span class="caption">${t.stepOf(steps.indexOf(this.step) + 1, steps.length)}</span>
          ${t[this.step]}
        </h3>
        ${this.renderStep(t)}
      </form>
    `;
  }

  private renderStep(t: Strings) {
    const c = this.context;
    if (this.step === 'describe') return this.describe.render();
    const flow = this.flow;
    const service = this.chosen;
    if (!flow) {
      return this.flowFailed
        ? html`<div role="alert" class="error-box">
              <p>${formatMessage('network', this.language.value)}</p>
            </div>
            <div class="actions">
              <button type="button" @click=${() => this.loadFlow()}>${t.retry}</button>
            </div>`
        : html`<p role="status" class="skeleton">${t.loading}</p>`;
    }
    if (this.step === 'service' || !service) {
      return this.catalogue.render({
        pending: () => html`<p role="status" class="skeleton">${t.loading}</p>`,
        complete: (list) => flow.servicesView(c, list, this.describe.suggested),
        error: (error) =>
          html`<div role="alert" class="error-box">
              <p>${errorMessage(error, this.language.value)}</p>
            </div>
            <div class="actions">
              <button type="button" @click=${() => this.catalogue.run()}>${t.retry}</button>
            </div>`,
      });
    }
    switch (this.step) {
      case 'questions':
        return html`${questionsOf(service).map((q) =>
          flow.renderQuestion(
            q,
            this.entries.answers[q.code],
            c.problem(questionId(q.code)),
            t,
            (code, value) => this.set({ answers: { ...this.entries.answers, [code]: value } }),
          ),
        )}
        ${this.actions()}`;
      case 'location':
        return this.location!.render(service);
      case 'photos':
        return this.photos!.render(service);
      case 'contact':
        return flow.contactView(c);
      default:
        return flow.reviewView(c, service, {
          steps: this.steps,
          photos: this.photos?.photos ?? [],
          sending: this.sending,
          sendError: this.sendError,
          progress: this.progress,
          change: (step) => {
            this.reviewing = true;
            this.goTo(step);
          },
        });
    }
  }

  private actions(label = this.t.continue) {
    const first = this.step === this.steps[0];
    return html`<div class="actions">
      <button
        type="submit"
        id=${this.step === 'review' ? 'submit' : 'continue'}
        ?disabled=${this.sending}
      >
        ${label}
      </button>
      ${
        first
          ? nothing
          : html`<button
              type="button"
              class="secondary"
              ?disabled=${this.sending}
              @click=${this.back}
            >
              ${this.t.back}
            </button>`
      }
    </div>`;
  }

  private renderOutcome(t: Strings) {
    const again = { label: t.newReport, run: this.startOver };
    switch (this.view) {
      case 'solved':
        return noticeView(t.solvedHeading, t.solvedText, again);
      case 'supported':
        return noticeView(
          t.supportedHeading(this.supported!.number),
          t.supportedText(this.supported!.supporters),
          again,
        );
      case 'queued':
        return noticeView(
          t.queuedHeading,
          this.queuedPersistent ? t.queuedText : t.queuedNotPersistent,
        );
      default:
        return this.flow!.receiptView(this.context, this.receipt!, this.copyState, {
          copy: this.copy,
          share: this.share,
          again: this.startOver,
        });
    }
  }

  /* ---------------- entries and the draft ---------------- */

  private set(patch: Partial<Entries>) {
    this.entries = { ...this.entries, ...patch };
    this.scheduleSave();
  }

  private scheduleSave() {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveDraft(), SAVE_DELAY);
  }

  private readonly savePending = () => {
    if (this.saveTimer) this.saveDraft();
  };

  private saveDraft() {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.loaded || this.view !== 'form' || !this.drafts) return;
    const e = this.entries;
    const photos = this.photos?.photos ?? this.draftPhotos ?? [];
    if (!e.description.trim() && !e.serviceId && !photos.length) return;
    void this.drafts.save(this.scope, {
      version: 1,
      savedAt: Date.now(),
      step: STEPS.indexOf(this.step),
      data: { ...e },
      photos,
      idempotencyKey: this.key,
    });
  }

  /** Restores the draft, then shows (and sends, when online) what the outbox holds. */
  private async load() {
    const { drafts, outbox } = this;
    if (!drafts || !outbox) return;
    const draft = await drafts.load(this.scope);
    if (drafts !== this.drafts) return;
    if (draft) {
      this.entries = restoreEntries(draft.data);
      this.draftPhotos = draft.photos;
      this.restorePhotos();
      this.key = draft.idempotencyKey ?? this.key;
      this.step = STEPS[draft.step] ?? 'describe';
      this.restored = true;
    }
    this.loaded = true;
    this.requestUpdate();
    const queued = await outbox.list();
    if (queued.length && outbox === this.outbox) {
      this.view = 'queued';
      this.queuedPersistent = outbox.persistent;
      if (navigator.onLine) void this.flush();
    }
  }

  /* ---------------- moving between steps ---------------- */

  private goTo(step: StepId) {
    if (step !== 'location') this.location?.closeMap();
    this.step = step;
    this.problems = [];
    this.focusTarget = 'step-heading';
    this.saveDraft();
  }

  private validate(step: StepId): FieldProblem[] {
    return validateStep(step, this.entries, this.chosen, this.t, this.language.value);
  }

  /**
   * Shows the problems of a step, on that step (from the review, Continue then returns there),
   * with the error summary focused. `false` when there are none.
   */
  private showProblems(step: StepId, problems: FieldProblem[]): boolean {
    if (!problems.length) return false;
    if (step !== this.step) {
      this.reviewing = true;
      this.goTo(step);
    }
    this.problems = problems;
    this.focusTarget = 'summary';
    return true;
  }

  /** Validates the current step and moves to the next one (or back to the review). */
  private advance() {
    if (this.showProblems(this.step, this.validate(this.step))) return;
    const steps = this.steps;
    const next = this.reviewing ? 'review' : steps[steps.indexOf(this.step) + 1];
    if (next) this.goTo(next);
  }

  private readonly back = () => {
    const previous = this.steps[this.steps.indexOf(this.step) - 1];
    if (previous) this.goTo(previous);
  };

  private onContinue(event: SubmitEvent) {
    event.preventDefault();
    if (this.step === 'review') {
      void this.submit();
      return;
    }
    if (this.step === 'describe' && !this.entries.faqPassed) {
      if (!this.validate('describe').length) {
        // Answers first: the step moves on once the search finds none, or the citizen says so.
        this.problems = [];
        this.describe.ask();
        return;
      }
    }
    this.advance();
  }

  private joined(result: SupportResult) {
    this.supported = result;
    this.finish('supported');
    this.dispatchEvent(new CaseSupportedEvent(result.number, result.supporters));
  }

  /** Leaves the form for an outcome; the draft is no longer needed. */
  private finish(view: Exclude<View, 'form'>) {
    void this.drafts?.clear(this.scope);
    this.location?.closeMap();
    this.view = view;
    this.focusTarget = 'outcome-heading';
  }

  private readonly startOver = () => {
    void this.drafts?.clear(this.scope);
    this.photos?.replace([]);
    this.draftPhotos = undefined;
    this.location?.reset();
    this.entries = emptyEntries();
    this.key = newIdempotencyKey();
    this.describe.reset();
    this.restored = false;
    this.reviewing = false;
    this.sendError = undefined;
    this.view = 'form';
    this.goTo('describe');
  };

  /* ---------------- sending ---------------- */

  private async submit() {
    const { chosen: service, flow } = this;
    const backend = this.backend.value;
    if (this.sending || !service || !flow || !backend) return;
    // A restored draft or a change made from the review may have left a step incomplete.
    for (const step of this.steps) if (this.showProblems(step, this.validate(step))) return;
    this.sending = true;
    this.sendError = undefined;
    this.problems = [];
    this.announcement = this.t.sending;
    const { uploaded } = this.entries;
    const photos = this.photos?.photos ?? [];
    const pending = photos.filter((p) => !uploaded[p.id]);
    const input = toCaseCreate(
      this.entries,
      service,
      photos.flatMap((p) => uploaded[p.id] ?? []),
      this.language.value,
    );
    try {
      if (!navigator.onLine) throw new TypeError('offline');
      const receipt = await flow.fileCase(backend, input, pending, this.key, {
        policy: service.attachments,
        progress: (fraction) => (this.progress = fraction),
        uploaded: (photo, id) =>
          this.set({ uploaded: { ...this.entries.uploaded, [photo.id!]: id } }),
      });
      this.done(receipt, false);
    } catch (error) {
      if (flow.isOffline(error)) await this.queue(input, pending);
      else this.refused(error);
    } finally {
      this.sending = false;
      this.progress = undefined;
    }
  }

  /** Shows why the API said no: at the fields it names, or as an error with a retry. */
  private refused(error: unknown) {
    this.reportError(error);
    const found = this.flow?.fieldProblems(error, this.language.value);
    if (!found) {
      this.sendError = error;
      this.focusTarget = 'submit';
      return;
    }
    // Refused for good: the next attempt is a new submission, with a key of its own.
    this.key = newIdempotencyKey();
    this.showProblems(found.step, found.problems);
  }

  private async queue(input: CaseCreate, photos: PreparedPhoto[]) {
    const outbox = this.outbox!;
    const payload: Queued = { input, entries: this.entries };
    await outbox.enqueue({
      key: this.key,
      payload,
      photos: photos.map(({ blob, name, type }) => ({ blob, name, type })),
    });
    this.queuedPersistent = outbox.persistent;
    // When the queue cannot survive a reload, the draft still can: keep it then.
    if (outbox.persistent) this.finish('queued');
    else {
      this.view = 'queued';
      this.focusTarget = 'outcome-heading';
    }
    this.announcement = this.queuedPersistent ? this.t.queuedText : this.t.queuedNotPersistent;
  }

  /** Sends what the outbox holds; each case sent shows its receipt. */
  private async flush() {
    await this.loadFlow();
    if (this.outbox && this.backend.value) await this.outbox.flush(this.sendQueued);
  }

  private readonly sendQueued = async (item: OutboxItem): Promise<SendOutcome> => {
    const payload = item.payload as Partial<Queued> | undefined;
    const { flow } = this;
    const backend = this.backend.value;
    if (!payload?.input) return 'drop';
    if (!flow || !backend) return 'retry';
    try {
      this.done(await flow.fileCase(backend, payload.input, item.photos, item.key), true);
      return 'sent';
    } catch (error) {
      if (flow.isTransient(error)) throw error;
      // Refused for good: give the report back to the citizen to fix, never drop it silently.
      this.entries = { ...emptyEntries(), ...payload.entries, uploaded: {} };
      this.photos?.replace(flow.queuedPhotos(item));
      this.view = 'form';
      this.step = 'review';
      this.refused(error);
      this.saveDraft();
      return 'drop';
    }
  };

  private done(receipt: CaseReceipt, queued: boolean) {
    const url = this.flow!.trackingUrl(this.statusUrl, receipt);
    const sent = { number: receipt.number, dueAt: receipt.dueAt, trackingUrl: url };
    this.dispatchEvent(new CaseSubmittedEvent(receipt.number, receipt.dueAt, url, queued));
    if (queued && this.view !== 'queued') {
      // Sent from the queue while this form shows another report (another tab queued it):
      // say so, and leave that report alone.
      this.earlier = [...this.earlier, sent];
      this.announcement = this.t.earlierSent(receipt.number);
      return;
    }
    this.receipt = sent;
    this.photos?.replace([]);
    this.draftPhotos = undefined;
    this.location?.reset();
    this.entries = emptyEntries();
    this.key = newIdempotencyKey();
    this.restored = this.reviewing = false;
    this.copyState = '';
    this.finish('receipt');
    this.announcement = `${this.t.receiptHeading}: ${receipt.number}`;
  }

  private readonly copy = async () => {
    try {
      await navigator.clipboard.writeText(this.receipt?.trackingUrl ?? '');
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
      this.renderRoot.querySelector<HTMLInputElement>('#tracking')?.select();
    }
  };

  private readonly share = async () => {
    const r = this.receipt;
    try {
      if (r) await navigator.share({ title: this.t.shareTitle(r.number), url: r.trackingUrl });
    } catch {
      // Cancelled, or not allowed here: the link is on screen to copy.
    }
  };

  private reportError(error: unknown) {
    this.dispatchEvent(new P311ErrorEvent(errorCode(error), error));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'p311-case-form': P311CaseForm;
  }
  interface GlobalEventHandlersEventMap {
    'p311-case-submitted': CaseSubmittedEvent;
    'p311-case-supported': CaseSupportedEvent;
  }
}
