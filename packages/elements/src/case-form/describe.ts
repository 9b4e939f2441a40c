import { initialState, Task } from '@lit/task';
import { searchTerms, type Faq } from '@panama311/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { describedBy, fieldError } from '../shared/forms.js';
import type { FormContext } from './context.js';

/**
 * The first step: what happened, in the citizen's words, then the FAQ answers that may solve
 * it before any report is filed ("this did not answer it" goes on), and the services that
 * match the words, to suggest on the next step.
 */
export class DescribeStep {
  /** The words last searched for. */
  private asked = '';

  private readonly search: Task<readonly unknown[], { faqs: Faq[]; suggested: string[] }>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly c: FormContext,
    scope: () => { entity?: string | undefined; service?: string | undefined },
    private readonly on: { pass(): void; solved(): void; suggest(ids: string[]): void },
  ) {
    this.search = new Task(host, {
      // The query travels in a URL: only words, nothing that identifies anyone.
      args: () => [c.backend(), searchTerms(this.asked)] as const,
      task: async ([backend, q], { signal }) => {
        if (!backend || !q) return initialState;
        const { entity, service } = scope();
        const [faqs, matches] = await Promise.all([
          backend.answers.faqs({ entity, service, q, signal }),
          service
            ? undefined
            : backend.services.list({ entity, q, pageSize: 5, signal }).catch(() => undefined),
        ]);
        return { faqs: faqs.slice(0, 3), suggested: matches?.data.map((s) => s.id) ?? [] };
      },
      onComplete: ({ faqs, suggested }) => {
        if (!this.waiting) return;
        // The task's value is set only after this callback: pass it on.
        on.suggest(suggested);
        if (faqs.length) c.focus('faq-heading');
        else on.pass();
      },
      // Answers help but never stand in the way of a report.
      onError: () => {
        if (this.waiting) on.pass();
      },
    });
  }

  /** Services matching the citizen's words, best first. */
  get suggested(): string[] {
    return this.search.value?.suggested ?? [];
  }

  /** Whether the answers for the current words are being looked up or shown. */
  private get waiting(): boolean {
    const e = this.c.entries();
    return !e.faqPassed && !!this.asked && this.asked === e.description.trim();
  }

  /** Looks up answers for the citizen's words (again, when they are the same). */
  ask() {
    const q = this.c.entries().description.trim();
    // Nothing to search with (numbers only, say), or nowhere to search (the page's key is
    // refused: the service step says so): straight on to the service.
    if (!searchTerms(q) || !this.c.backend()) return this.on.pass();
    if (q === this.asked) void this.search.run();
    this.asked = q;
    this.host.requestUpdate();
  }

  reset() {
    this.asked = '';
  }

  render() {
    const c = this.c;
    return describeView(
      c,
      this.waiting
        ? this.search.render({
            pending: () => html`<p role="status">${c.t().searching}</p>`,
            complete: ({ faqs }) =>
              faqs.length ? faqsView(c, faqs, this.on.pass, this.on.solved) : c.actions(),
            error: () => c.actions(),
          })
        : c.actions(),
    );
  }
}

const value = (e: Event) => (e.target as HTMLTextAreaElement).value;

/** Step 1: what happened, in the citizen's words; `below` is the answers or the buttons. */
export function describeView(c: FormContext, below: unknown) {
  const t = c.t();
  const problem = c.problem('description');
  return html`
    <label for="description">${t.descriptionLabel}</label>
    <p class="hint" id="description-hint">${t.descriptionHint}</p>
    ${fieldError('description', problem)}
    <textarea
      id="description"
      rows="5"
      .value=${c.entries().description}
      aria-describedby=${describedBy('description', true, problem)}
      aria-invalid=${problem ? 'true' : 'false'}
      @input=${(e: Event) => c.set({ description: value(e), faqPassed: false })}
    ></textarea>
    ${below}
  `;
}

/** Answers that may solve it, before any report is filed. */
export function faqsView(c: FormContext, faqs: Faq[], onPass: () => void, onSolved: () => void) {
  const t = c.t();
  const lang = c.lang();
  return html`<section class="faqs" aria-labelledby="faq-heading">
      <h4 id="faq-heading" tabindex="-1">${t.faqHeading}</h4>
      ${faqs.map(
        (faq) =>
          html`<article lang=${faq.lang === lang ? nothing : faq.lang}>
            <h5>${faq.question}</h5>
            <p>${faq.answer}</p>
            ${faq.lang === lang ? nothing : html`<p class="hint" lang=${lang}>${t.faqOtherLang}</p>`}
          </article>`,
      )}
    </section>
    <div class="actions">
      <button type="button" id="faq-no" @click=${onPass}>${t.faqNotSolved}</button>
      <button type="button" id="faq-yes" class="secondary" @click=${onSolved}>
        ${t.faqSolved}
      </button>
    </div>`;
}

/** An outcome without a case of its own: solved by an answer, joined a nearby case, queued. */
export function noticeView(heading: string, text: string, again?: { label: string; run(): void }) {
  return html`<section>
    <h3 id="outcome-heading" tabindex="-1">${heading}</h3>
    <p>${text}</p>
    ${
      again
        ? html`<div class="actions">
            <button type="button" @click=${again.run}>${again.label}</button>
          </div>`
        : nothing
    }
  </section>`;
}
