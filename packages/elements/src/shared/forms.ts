import { html, nothing, type TemplateResult } from 'lit';

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
