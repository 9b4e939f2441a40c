import type { Question } from '@panama311/sdk';
import { html, nothing } from 'lit';
import { describedBy, fieldError } from '../shared/forms.js';
import { questionId } from './model.js';
import type { Strings } from './strings.js';

/** Lists this long or shorter are radios; longer ones a select. */
const MAX_RADIOS = 6;

export type Answer = string | string[];

/**
 * One dynamic question with a native control for its datatype; information-only items as
 * text. `onChange` gets the question's code and its new value.
 */
export function renderQuestion(
  q: Question,
  value: Answer | undefined,
  problem: string | undefined,
  t: Strings,
  onChange: (code: string, value: Answer) => void,
) {
  const id = questionId(q.code);
  if (!q.variable) {
    return html`<div class="info" id=${id}>
      <p>${q.label}</p>
      ${q.description ? html`<p>${q.description}</p>` : nothing}
    </div>`;
  }
  const hint = q.description ? html`<p class="hint" id="${id}-hint">${q.description}</p>` : nothing;
  const mark = html` <span class="mark">${q.required ? t.required : t.optional}</span>`;
  const invalid = problem ? 'true' : 'false';
  const described = describedBy(id, !!q.description, problem);
  const text = typeof value === 'string' ? value : '';
  const input = (e: Event) => onChange(q.code, (e.target as HTMLInputElement).value);

  if (
    q.datatype === 'multivaluelist' ||
    (q.datatype === 'singlevaluelist' && (q.values?.length ?? 0) <= MAX_RADIOS)
  ) {
    const multiple = q.datatype === 'multivaluelist';
    const chosen = Array.isArray(value) ? value : text ? [text] : [];
    const pick = (key: string, on: boolean) =>
      onChange(q.code, multiple ? (on ? [...chosen, key] : chosen.filter((k) => k !== key)) : key);
    return html`<fieldset class="question" aria-describedby=${described}>
      <legend>${q.label}${mark}</legend>
      ${hint} ${multiple ? html`<p class="hint">${t.chooseAny}</p>` : nothing}
      ${fieldError(id, problem)}
      ${(q.values ?? []).map((v, i) => {
        const optionId = i === 0 ? id : `${id}-${i}`;
        return html`<div class="choice">
          <input
            type=${multiple ? 'checkbox' : 'radio'}
            id=${optionId}
            name=${id}
            .value=${v.key}
            .checked=${chosen.includes(v.key)}
            ?required=${q.required && !multiple}
            aria-invalid=${invalid}
            @change=${(e: Event) => pick(v.key, (e.target as HTMLInputElement).checked)}
          />
          <label for=${optionId}>${v.name}</label>
        </div>`;
      })}
    </fieldset>`;
  }

  let control;
  switch (q.datatype) {
    case 'singlevaluelist':
      control = html`<select
        id=${id}
        ?required=${q.required}
        aria-describedby=${described}
        aria-invalid=${invalid}
        @change=${input}
      >
        <option value="" ?selected=${!text}>${t.chooseOne}</option>
        ${(q.values ?? []).map(
          (v) => html`<option .value=${v.key} ?selected=${text === v.key}>${v.name}</option>`,
        )}
      </select>`;
      break;
    case 'string':
    case 'number':
    case 'datetime':
      control = html`<input
        id=${id}
        type=${q.datatype === 'datetime' ? 'datetime-local' : 'text'}
        inputmode=${q.datatype === 'number' ? 'decimal' : nothing}
        class=${q.datatype === 'number' ? 'short' : nothing}
        .value=${text}
        ?required=${q.required}
        aria-describedby=${described}
        aria-invalid=${invalid}
        @input=${input}
      />`;
      break;
    default:
      // Long text, and any datatype this version does not know.
      control = html`<textarea
        id=${id}
        rows="3"
        .value=${text}
        ?required=${q.required}
        aria-describedby=${described}
        aria-invalid=${invalid}
        @input=${input}
      ></textarea>`;
  }
  return html`<div class="question">
    <label for=${id}>${q.label}${mark}</label>
    ${hint} ${fieldError(id, problem)} ${control}
  </div>`;
}
