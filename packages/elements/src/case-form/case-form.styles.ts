import { css } from 'lit';

export const styles = css`
  @layer p311-component {
    .title {
      font-size: 1em;
      color: var(--_accent);
      margin: 0;
    }
    form,
    section {
      max-width: 40em;
    }
    legend {
      padding: 0;
    }
    input.short {
      max-width: 10em;
    }
    #step-heading,
    #outcome-heading {
      font-size: 1.375em;
      margin-block: 0.25em 0.75em;
    }
    #step-heading:focus,
    #outcome-heading:focus,
    #faq-heading:focus {
      outline: none;
    }
    .caption {
      display: block;
      color: var(--_muted);
      font-size: 0.75em;
      font-weight: 400;
    }
    .choice {
      display: grid;
      grid-template-columns: 1.5em 1fr;
      column-gap: 0.625em;
      align-items: start;
      margin-block: 0.5em;
    }
    .choice input {
      width: 1.5em;
      height: 1.5em;
      min-height: 0;
      margin: 0.125em 0 0;
      padding: 0;
      accent-color: var(--_accent);
    }
    .choice label {
      margin: 0;
      font-weight: 400;
    }
    .choice .hint {
      grid-column: 2;
    }
    .conditional {
      margin: 0 0 0.75em 0.75em;
      padding-inline-start: 1.25em;
      border-inline-start: 4px solid var(--_border);
    }
    .question,
    .info {
      margin-block-end: 1em;
    }
    .info {
      padding: 0.5em 0.75em;
      border-inline-start: 4px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
    }
    .info p:last-child {
      margin: 0;
    }
    .tag {
      display: inline-block;
      padding: 0 0.5em;
      border-radius: 999px;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_accent);
      border: 1px solid var(--_accent);
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
      padding: 0.5em 0.75em;
      margin-block-end: 1em;
      border-inline-start: 4px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    }
    .notice p {
      margin: 0;
    }
    .note {
      color: var(--_danger);
      font-weight: 600;
    }
    .error-box {
      border-inline-start: 4px solid var(--_danger);
      padding: 0.5em 0.75em;
      margin-block: 1em;
    }
    .error-box p:last-child {
      margin: 0;
    }
    button.link {
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .faqs {
      margin-block: 1em;
    }
    .faqs h4 {
      font-size: 1.125em;
      margin: 0 0 0.5em;
    }
    .faqs article {
      padding: 0.75em 1em;
      margin-block-end: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .faqs h5 {
      font-size: 1em;
      margin: 0 0 0.25em;
    }
    .faqs article p:last-child {
      margin: 0;
    }
    .point {
      margin-block-start: 1em;
    }
    .point .actions {
      margin-top: 0.5em;
    }
    .coords {
      font-weight: 400;
      color: var(--_muted);
      white-space: nowrap;
    }
    .map {
      height: 18em;
      margin-top: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .nearby {
      margin-block: 1.25em 0;
      padding: 0.75em 1em;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
    }
    .nearby h4 {
      margin: 0 0 0.25em;
    }
    .nearby ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .nearby li {
      padding-block: 0.75em;
      border-top: 1px solid var(--_border);
    }
    .nearby .summary {
      margin: 0;
    }
    /* The native file input speaks the browser's language, not the page's: it stays
       focusable but unseen, and its label is the button people see. */
    .files {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin-top: 0.75em;
    }
    .file-input {
      position: absolute;
      width: 1px;
      height: 1px;
      min-height: 0;
      padding: 0;
      opacity: 0;
      overflow: hidden;
    }
    .file-button {
      display: inline-flex;
      align-items: center;
      min-height: 2.75em;
      margin: 0;
      padding: 0.5em 1.25em;
      border-radius: var(--_radius);
      border: 2px solid var(--_accent);
      color: var(--_accent);
      cursor: pointer;
    }
    .file-input:focus-visible + .file-button {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .file-input:disabled + .file-button {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .thumbs {
      list-style: none;
      padding: 0;
      margin: 1em 0 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
      gap: 0.75em;
    }
    .thumbs li {
      display: grid;
      gap: 0.375em;
    }
    .thumbs img {
      width: 100%;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
    }
    .thumbs button {
      padding-inline: 0.5em;
      font-size: 0.9em;
    }
    .consent-text {
      margin-top: 1em;
      font-size: 0.9em;
      color: var(--_muted);
    }
    .review {
      margin: 0 0 1em;
    }
    .review .row {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 1em;
      padding-block: 0.625em;
      border-bottom: 1px solid var(--_border);
    }
    .review dt {
      font-weight: 600;
      grid-column: 1;
    }
    .review dd {
      margin: 0;
      grid-column: 1;
      overflow-wrap: anywhere;
    }
    .pre {
      white-space: pre-line;
    }
    .mini {
      display: flex;
      gap: 0.375em;
      margin-top: 0.25em;
    }
    .mini img {
      width: 3em;
      height: 3em;
      object-fit: cover;
      border-radius: var(--_radius);
    }
    .review dd.change {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: start;
    }
    progress {
      width: 100%;
      height: 0.75em;
      accent-color: var(--_accent);
    }
    .receipt {
      border-top: 6px solid var(--_success);
      padding-top: 0.5em;
      margin-top: 0.5em;
    }
    .receipt dl {
      margin: 0.75em 0;
    }
    .receipt dt {
      color: var(--_muted);
    }
    .receipt dd {
      margin: 0 0 0.5em;
    }
    .receipt .number {
      font-size: 1.5em;
      font-weight: 700;
      letter-spacing: 0.02em;
      white-space: nowrap;
    }
    #tracking {
      font-size: 0.9em;
    }
    .button-link {
      display: inline-flex;
      align-items: center;
      min-height: 2.75em;
      color: var(--_accent);
      font-weight: 600;
    }
    .skeleton {
      min-height: 12em;
      color: var(--_muted);
    }
  }
`;
