import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One problem with one field: the field's id and what to tell the person. */
export interface FieldProblem {
  id: string;
  message: string;
}

/**
 * The GOV.UK / gcds error summary: a list of links to the fields in error. Render it first in
 * the form; call `focusErrorSummary` after the update so it takes focus and is announced.
 */
export function errorSummary(
  title: string,
  problems: readonly FieldProblem[],
  root: ShadowRoot | null,
): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${problems.map(
        (p) =>
          html`<li>
            <a
              href="#${p.id}"
              @click=${(event: Event) => {
                event.preventDefault();
                focusField(root, p.id);
              }}
              >${p.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Moves focus to the summary so screen readers announce it. */
export function focusErrorSummary(root: ShadowRoot | null): void {
  root?.querySelector<HTMLElement>('.error-summary')?.focus();
}

/** Scrolls the field's label into view, then focuses the field without scrolling it under the label. */
export function focusField(root: ShadowRoot | null, id: string): void {
  const field = root?.getElementById(id);
  if (!field) return;
  const label =
    root?.querySelector(`label[for="${id}"]`) ?? field.closest('fieldset')?.querySelector('legend');
  (label ?? field).scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}

/** The inline error of a field, referenced by the field's `aria-describedby`. */
export const fieldError = (id: string, message: string | undefined) =>
  message ? html`<p class="field-error" id="${id}-error">${message}</p>` : nothing;

/** `aria-describedby` for a field: its hint, then its error when there is one. */
export const describedBy = (id: string, hasHint: boolean, message: string | undefined) =>
  [hasHint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

/** What `textField` needs: the field's id (also its name), words and state. */
export interface TextFieldOptions {
  id: string;
  /** The label's content: words, or words with a mark such as "(optional)". */
  label: string | TemplateResult;
  hint?: string | undefined;
  /** The message of the field's error, when it has one. */
  problem?: string | undefined;
  value: string;
  onInput?: ((event: Event) => void) | undefined;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string | undefined;
  /**
   * A code rather than words (a case number, a plate): no spelling check, no remembered
   * entries, capitals as the keyboard's `autocapitalize` says.
   */
  code?: { autocapitalize?: 'characters' } | undefined;
  className?: string | undefined;
}

/**
 * A labelled single-line field with its hint and inline error, both tied to the input by
 * `aria-describedby`, and `aria-invalid` while it is in error: the one way every element writes
 * a text field.
 */
export function textField(f: TextFieldOptions): TemplateResult {
  return html`<label for=${f.id}>${f.label}</label>
    ${f.hint ? html`<p class="hint" id="${f.id}-hint">${f.hint}</p>` : nothing}
    ${fieldError(f.id, f.problem)}
    <input
      id=${f.id}
      name=${f.id}
      type=${f.type ?? 'text'}
      class=${ifDefined(f.className)}
      autocomplete=${ifDefined(f.code ? 'off' : f.autocomplete)}
      autocapitalize=${ifDefined(f.code?.autocapitalize)}
      spellcheck=${ifDefined(f.code ? 'false' : undefined)}
      .value=${f.value}
      @input=${f.onInput ?? nothing}
      aria-describedby=${describedBy(f.id, !!f.hint, f.problem)}
      aria-invalid=${f.problem ? 'true' : 'false'}
    />`;
}
