import {
  errorCode,
  errorMessage,
  FEEDBACK_STATUSES,
  newIdempotencyKey,
  type Case,
  type FeedbackCreate,
} from '@panama311/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { EVENT_INIT, P311ErrorEvent } from '../shared/events.js';
import {
  describedBy,
  errorSummary,
  fieldError,
  focusErrorSummary,
  type FieldProblem,
} from '../shared/forms.js';
import type { Lang } from '../shared/lang.js';
import type { Tables } from '../shared/strings.js';
import { strings as caseStrings } from './strings.js';

/** The longest comment the API takes (`FeedbackCreate`). */
export const COMMENT_MAX = 1000;

// Loaded with the first resolved case (see P311CaseStatus), so its words travel with it.
const es = {
  feedbackHeading: '¿Cómo atendimos su caso?',
  ratingLegend: 'Su valoración',
  ratings: ['Muy mal', 'Mal', 'Regular', 'Bien', 'Muy bien'],
  commentLabel: 'Comentario',
  optional: '(opcional)',
  commentHint: 'Hasta 1000 caracteres. No escriba datos personales.',
  sendFeedback: 'Enviar valoración',
  sendingFeedback: 'Enviando su valoración…',
  ratingRequired: 'Elija una valoración de 1 a 5.',
  commentTooLong: (extra: number) =>
    `El comentario pasa de 1000 caracteres: quite ${extra === 1 ? '1 carácter' : `${extra} caracteres`}.`,
  feedbackThanks: 'Gracias por su valoración.',
  yourRating: (rating: number, label: string) => `Su valoración: ${rating} de 5 (${label}).`,
};

export type FeedbackStrings = typeof es;

const en: FeedbackStrings = {
  feedbackHeading: 'How did we handle your case?',
  ratingLegend: 'Your rating',
  ratings: ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'],
  commentLabel: 'Comment',
  optional: '(optional)',
  commentHint: 'Up to 1,000 characters. Leave out personal details.',
  sendFeedback: 'Send rating',
  sendingFeedback: 'Sending your rating…',
  ratingRequired: 'Choose a rating from 1 to 5.',
  commentTooLong: (extra: number) =>
    `The comment is over 1,000 characters: remove ${extra === 1 ? '1 character' : `${extra} characters`}.`,
  feedbackThanks: 'Thank you for your rating.',
  yourRating: (rating: number, label: string) => `Your rating: ${rating} out of 5 (${label}).`,
};

export const strings: Tables<FeedbackStrings> = { es, en };

/** The citizen rated a resolved case (the rating only: the comment may be personal). */
export class FeedbackSentEvent extends Event {
  static readonly eventName = 'p311-feedback-sent';
  constructor(
    readonly number: string,
    readonly rating: number,
  ) {
    super(FeedbackSentEvent.eventName, EVENT_INIT);
  }
}

type Send = (input: FeedbackCreate, idempotencyKey: string) => Promise<Case>;

/**
 * The rating of a resolved case: 1 to 5 and an optional comment, validated with the error
 * summary, sent once per submission (one idempotency key, kept across retries), kept as typed
 * when sending fails. Once the case carries feedback, it shows the rating given.
 */
export class CaseFeedback {
  private rating = 0;
  private comment = '';
  private problems: FieldProblem[] = [];
  private sending = false;
  private failure?: unknown;
  private key = newIdempotencyKey();
  /** Where focus goes after the next update: the summary, or the thanks once sent. */
  private focusNext?: 'summary' | 'thanks';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly lang: () => Lang,
    /** Called with the case the API answers, which now carries the feedback. */
    private readonly sent: (updated: Case, text: string) => void,
  ) {}

  /** The section for `found`; nothing before the case is resolved or without a way to send. */
  render(found: Case, send: Send | undefined) {
    if (!FEEDBACK_STATUSES.includes(found.status)) return nothing;
    const t = strings[this.lang()];
    if (found.feedback) return this.renderGiven(t, found.feedback);
    if (!send) return nothing;
    const root = this.host.shadowRoot;
    const problem = (id: string) => this.problems.find((p) => p.id === id)?.message;
    const ratingProblem = problem('rating-1');
    const commentProblem = problem('comment');
    return html`<form
      class="feedback"
      part="feedback"
      novalidate
      aria-labelledby="feedback-heading"
      @submit=${(event: SubmitEvent) => this.submit(event, found, send)}
    >
      <h3 id="feedback-heading">${t.feedbackHeading}</h3>
      ${errorSummary(caseStrings[this.lang()].errorSummary, this.problems, root)}
      <fieldset aria-describedby=${describedBy('rating', false, ratingProblem)}>
        <legend>${t.ratingLegend}</legend>
        ${fieldError('rating', ratingProblem)}
        ${t.ratings.map(
          (label, i) =>
            html`<label class="radio">
              <input
                type="radio"
                name="rating"
                id="rating-${i + 1}"
                value=${i + 1}
                .checked=${this.rating === i + 1}
                aria-invalid=${ratingProblem ? 'true' : 'false'}
                @change=${() => this.set(() => (this.rating = i + 1))}
              />
              ${i + 1} · ${label}
            </label>`,
        )}
      </fieldset>
      <label for="comment">${t.commentLabel} <span class="mark">${t.optional}</span></label>
      <p class="hint" id="comment-hint">${t.commentHint}</p>
      ${fieldError('comment', commentProblem)}
      <textarea
        id="comment"
        rows="3"
        .value=${this.comment}
        aria-describedby=${describedBy('comment', true, commentProblem)}
        aria-invalid=${commentProblem ? 'true' : 'false'}
        @input=${(e: Event) =>
          this.set(() => (this.comment = (e.target as HTMLTextAreaElement).value))}
      ></textarea>
      ${
        this.failure === undefined
          ? nothing
          : html`<div role="alert" class="feedback-error">
              <p>${errorMessage(this.failure, this.lang())}</p>
            </div>`
      }
      <div class="actions">
        <button type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? t.sendingFeedback : t.sendFeedback}
        </button>
      </div>
    </form>`;
  }

  /** Moves focus where the last action left it; call from the host's `updated()`. */
  updated(): void {
    const focus = this.focusNext;
    this.focusNext = undefined;
    const root = this.host.shadowRoot;
    if (focus === 'summary') focusErrorSummary(root);
    else if (focus === 'thanks') root?.getElementById('feedback-thanks')?.focus();
  }

  private renderGiven(t: FeedbackStrings, feedback: NonNullable<Case['feedback']>) {
    const label = t.ratings[feedback.rating - 1] ?? '';
    return html`<section class="feedback" part="feedback" aria-labelledby="feedback-thanks">
      <h3 id="feedback-thanks" tabindex="-1">${t.feedbackThanks}</h3>
      <p>${t.yourRating(feedback.rating, label)}</p>
      ${feedback.comment ? html`<blockquote>${feedback.comment}</blockquote>` : nothing}
    </section>`;
  }

  private set(change: () => void) {
    change();
    this.host.requestUpdate();
  }

  private async submit(event: SubmitEvent, found: Case, send: Send) {
    event.preventDefault();
    if (this.sending) return;
    const t = strings[this.lang()];
    const comment = this.comment.trim();
    const problems: FieldProblem[] = [];
    if (!this.rating) problems.push({ id: 'rating-1', message: t.ratingRequired });
    if (comment.length > COMMENT_MAX)
      problems.push({ id: 'comment', message: t.commentTooLong(comment.length - COMMENT_MAX) });
    this.problems = problems;
    this.failure = undefined;
    if (problems.length) {
      this.focusNext = 'summary';
      this.host.requestUpdate();
      return;
    }
    this.sending = true;
    this.host.requestUpdate();
    const rating = this.rating;
    try {
      const input = { rating, ...(comment ? { comment } : {}) };
      const updated = await send(input, this.key);
      this.key = newIdempotencyKey();
      this.focusNext = 'thanks';
      // An API (or adapter) that answers without the feedback still gets it shown.
      this.sent(updated.feedback ? updated : { ...updated, feedback: input }, t.feedbackThanks);
      this.host.dispatchEvent(new FeedbackSentEvent(found.number, rating));
    } catch (error) {
      // Kept as typed: the same button sends it again, with the same idempotency key.
      this.failure = error;
      this.host.dispatchEvent(new P311ErrorEvent(errorCode(error), error));
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }
}
