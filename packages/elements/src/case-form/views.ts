import { errorMessage, type Service } from '@panama311/sdk';
import { html, nothing } from 'lit';
import { formatDateTime } from '../shared/format.js';
import { describedBy, fieldError, textField as labelledField } from '../shared/forms.js';
import type { FormContext } from './context.js';
import { coords, questionsOf, toInstant, type Entries, type StepId } from './model.js';
import type { PreparedPhoto } from './photos.js';
import type { Strings } from './strings.js';

type TextId = 'address' | 'landmark' | 'name' | 'email' | 'phone';

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** The fulfilment time of a service in words. */
export const slaText = (t: Strings, s: Service) =>
  s.sla.unit === 'business_days' ? t.slaDays(s.sla.value) : t.slaHours(s.sla.value);

/** A labelled single-line field bound to an entry, with its hint and error. */
export function textField(
  c: FormContext,
  id: TextId,
  label: string,
  hint?: string,
  autocomplete?: string,
  type: 'text' | 'email' | 'tel' = 'text',
) {
  const optional = id === 'address' || id === 'landmark';
  return labelledField({
    id,
    label: optional ? html`${label} <span class="mark">${c.t().optional}</span>` : label,
    hint,
    problem: c.problem(id),
    value: c.entries()[id],
    onInput: (e: Event) => c.set({ [id]: value(e) } as Partial<Entries>),
    type,
    autocomplete,
  });
}

/** Step 2: category, then service with its fulfilment time; `suggested` ids rank first. */
export function servicesView(c: FormContext, services: Service[], suggested: string[]) {
  const t = c.t();
  if (!services.length) return html`<p>${t.noServices}</p>`;
  const e = c.entries();
  const categories = [...new Set(services.map((s) => s.category))];
  // A draft keeps the category's name in the language it was written in: after a language
  // switch, the chosen service's own category stands in for it.
  const category =
    categories.length === 1
      ? categories[0]!
      : categories.includes(e.category)
        ? e.category
        : services.find((s) => s.id === e.serviceId)?.category;
  const rank = (s: Service) => (suggested.includes(s.id) ? suggested.indexOf(s.id) : 99);
  const list = services.filter((s) => s.category === category).sort((a, b) => rank(a) - rank(b));
  const categoryProblem = c.problem('category');
  const serviceProblem = c.problem('service');
  return html`
    ${
      categories.length > 1
        ? html`<label for="category">${t.categoryLabel}</label>
            ${fieldError('category', categoryProblem)}
            <select
              id="category"
              aria-describedby=${describedBy('category', false, categoryProblem)}
              aria-invalid=${categoryProblem ? 'true' : 'false'}
              @change=${(ev: Event) => c.set({ category: value(ev), serviceId: '' })}
            >
              <option value="" ?selected=${!category}>${t.chooseCategory}</option>
              ${categories.map(
                (name) =>
                  html`<option .value=${name} ?selected=${name === category}>${name}</option>`,
              )}
            </select>`
        : nothing
    }
    ${
      list.length
        ? html`<fieldset aria-describedby=${describedBy('service', false, serviceProblem)}>
            <legend>${t.serviceLabel}</legend>
            ${fieldError('service', serviceProblem)}
            ${list.map((s, i) => {
              const id = i === 0 ? 'service' : `service-${i}`;
              return html`<div class="choice">
                <input
                  type="radio"
                  name="service"
                  id=${id}
                  .value=${s.id}
                  .checked=${s.id === e.serviceId}
                  aria-describedby="${id}-hint"
                  aria-invalid=${serviceProblem ? 'true' : 'false'}
                  @change=${() => c.set({ serviceId: s.id, category: s.category })}
                />
                <label for=${id}>
                  ${s.name}
                  ${rank(s) < 99 ? html`<span class="tag">${t.suggested}</span>` : nothing}
                </label>
                <p class="hint" id="${id}-hint">
                  ${s.description} <strong>${slaText(t, s)}</strong>
                </p>
              </div>`;
            })}
          </fieldset>`
        : nothing
    }
    ${c.actions()}
  `;
}

/** Step 6: contact details or anonymous, and consent. */
export function contactView(c: FormContext) {
  const t = c.t();
  const e = c.entries();
  const choice = c.problem('contact-named');
  const consent = c.problem('consent');
  return html`
    <fieldset aria-describedby=${describedBy('contact-named', false, choice)}>
      <legend>${t.contactLegend}</legend>
      ${fieldError('contact-named', choice)}
      <div class="choice">
        <input
          type="radio"
          name="contact"
          id="contact-named"
          .checked=${e.anonymous === false}
          aria-invalid=${choice ? 'true' : 'false'}
          @change=${() => c.set({ anonymous: false })}
        />
        <label for="contact-named">${t.contactNamed}</label>
      </div>
      ${
        e.anonymous === false
          ? html`<div class="conditional">
              ${textField(c, 'name', t.nameLabel, undefined, 'name')}
              ${textField(c, 'email', t.emailLabel, t.contactHint, 'email', 'email')}
              ${textField(c, 'phone', t.phoneLabel, t.phoneHint, 'tel', 'tel')}
            </div>`
          : nothing
      }
      <div class="choice">
        <input
          type="radio"
          name="contact"
          id="contact-anonymous"
          .checked=${e.anonymous === true}
          aria-describedby="contact-anonymous-hint"
          aria-invalid=${choice ? 'true' : 'false'}
          @change=${() => c.set({ anonymous: true })}
        />
        <label for="contact-anonymous">${t.contactAnonymous}</label>
        <p class="hint" id="contact-anonymous-hint">${t.anonymousHint}</p>
      </div>
    </fieldset>
    <p class="consent-text" id="consent-hint">${t.consentText}</p>
    ${fieldError('consent', consent)}
    <div class="choice">
      <input
        type="checkbox"
        id="consent"
        .checked=${e.consent}
        aria-describedby=${describedBy('consent', true, consent)}
        aria-invalid=${consent ? 'true' : 'false'}
        @change=${(ev: Event) => c.set({ consent: (ev.target as HTMLInputElement).checked })}
      />
      <label for="consent">${t.consentLabel}</label>
    </div>
    ${c.actions()}
  `;
}

export interface ReviewState {
  steps: StepId[];
  photos: PreparedPhoto[];
  sending: boolean;
  sendError: unknown;
  /** Upload progress, 0 to 1, while photos are being sent. */
  progress: number | undefined;
  change(step: StepId): void;
}

/** Step 7: everything entered, each part with a link back to its step, and the submit. */
export function reviewView(c: FormContext, service: Service, s: ReviewState) {
  const t = c.t();
  const e = c.entries();
  const lang = c.lang();
  const row = (label: string, content: unknown, step: StepId) =>
    html`<div class="row">
      <dt>${label}</dt>
      <dd>${content}</dd>
      <dd class="change">
        ${
          s.steps.includes(step)
            ? html`<button type="button" class="link" @click=${() => s.change(step)}>
                ${t.change}<span class="visually-hidden"> ${label}</span>
              </button>`
            : nothing
        }
      </dd>
    </div>`;
  const lines = (list: string[]) => list.filter((l) => l.trim()).map((l) => html`${l}<br />`);
  const answer = (code: string) => {
    const q = service.questions.find((x) => x.code === code)!;
    const v = e.answers[code] ?? '';
    const name = (key: string) => q.values?.find((x) => x.key === key)?.name ?? key;
    if (Array.isArray(v)) return v.map(name).join(', ');
    if (q.datatype === 'datetime') return formatDateTime(lang, toInstant(v));
    return q.values ? name(v) : v;
  };
  const answered = questionsOf(service).filter((q) => q.variable && e.answers[q.code]?.length);
  const point =
    e.point && `${e.point.source === 'gps' ? t.pointGps : t.pointMap} (${coords(e.point)})`;
  const progress = s.progress === undefined ? undefined : Math.round(s.progress * 100);
  return html`
    <dl class="review">
      ${row(t.descriptionTerm, html`<span class="pre">${e.description.trim()}</span>`, 'describe')}
      ${row(t.serviceLabel, html`${service.name}<br /><span class="hint">${slaText(t, service)}</span>`, 'service')}
      ${answered.map((q) => row(q.label, answer(q.code), 'questions'))}
      ${
        service.location === 'none'
          ? nothing
          : row(
              t.place,
              point || e.address.trim() || e.landmark.trim()
                ? lines([e.address, e.landmark, point ?? ''])
                : t.none,
              'location',
            )
      }
      ${
        service.attachments.allowed
          ? row(
              t.photos,
              s.photos.length
                ? html`${t.photosCount(s.photos.length)}
                    <span class="mini">
                      ${s.photos.map((p, i) => html`<img src=${p.thumbnailUrl} alt=${t.photoAlt(i + 1)} />`)}
                    </span>`
                : t.none,
              'photos',
            )
          : nothing
      }
      ${row(t.contactTerm, e.anonymous ? t.anonymous : lines([e.name, e.email, e.phone]), 'contact')}
    </dl>
    ${
      s.sendError
        ? html`<div role="alert" class="error-box">
            <p><strong>${t.sendFailed}</strong></p>
            <p>${errorMessage(s.sendError, lang)}</p>
          </div>`
        : nothing
    }
    ${s.sending ? html`<p role="status">${t.sending}</p>` : nothing}
    ${
      progress === undefined
        ? nothing
        : html`<label for="upload-progress">${t.uploading}</label>
            <progress id="upload-progress" max="100" .value=${progress}>${progress}%</progress>`
    }
    ${c.actions(s.sendError ? t.retry : t.submit)}
  `;
}

export interface Receipt {
  number: string;
  dueAt: string;
  trackingUrl: string;
}

/** The due date in words, weekday included: "lunes, 30 de noviembre de 2026, 11:17 a. m.". */
const formatDue = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'es-PA', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'America/Panama',
  }).format(new Date(iso));

/** The receipt: case number, due date, and the tracking link to copy, share or open. */
export function receiptView(
  c: FormContext,
  r: Receipt,
  copyState: '' | 'copied' | 'failed',
  on: { copy(): void; share(): void; again(): void },
) {
  const t = c.t();
  return html`<section part="receipt" class="receipt">
    <h3 id="outcome-heading" tabindex="-1">${t.receiptHeading}</h3>
    <dl>
      <dt>${t.caseNumber}</dt>
      <dd class="number">${r.number}</dd>
      <dt>${t.dueAt}</dt>
      <dd>${formatDue(c.lang(), r.dueAt)}</dd>
    </dl>
    <label for="tracking">${t.trackingLink}</label>
    <p class="hint" id="tracking-hint">${t.trackingHint}</p>
    <input id="tracking" readonly .value=${r.trackingUrl} aria-describedby="tracking-hint" />
    <div class="actions">
      <button type="button" id="copy" @click=${on.copy}>${t.copy}</button>
      ${
        'share' in navigator
          ? html`<button type="button" class="secondary" @click=${on.share}>${t.share}</button>`
          : nothing
      }
      <a class="button-link" href=${r.trackingUrl}>${t.track}</a>
    </div>
    <p role="status" class=${copyState === 'failed' ? 'note' : 'hint'}>
      ${copyState ? (copyState === 'copied' ? t.copied : t.copyFailed) : nothing}
    </p>
    <div class="actions">
      <button type="button" class="secondary" @click=${on.again}>${t.newReport}</button>
    </div>
  </section>`;
}
