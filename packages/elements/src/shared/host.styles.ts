import { css, unsafeCSS, type CSSResult } from 'lit';
import { RESERVED_BLOCK_SIZE } from './reserve.js';

/** The dark palette: for `theme="dark"`, and for `theme="auto"` when the reader's system is dark. */
const darkPalette = css`
  color: var(--p311-color-text, #f3f4f6) !important;
  --_accent: var(--p311-color-accent, #73b3e7);
  --_accent-text: var(--p311-color-accent-text, #0b1b2b);
  --_danger: var(--p311-color-danger, #ff8a80);
  --_border: var(--p311-color-border, #9ca3af);
  --_surface: var(--p311-color-surface, #111827);
  --_muted: var(--p311-color-muted, #d1d5db);
  --_success: var(--p311-color-success, #6fcf97);
  background: var(--_surface);
`;

/**
 * Rules every element shares. `all: initial` on the host stops the page's inherited styles
 * (fonts, line heights, colours of a hostile theme) at the shadow boundary; everything
 * themable goes through `--p311-*` custom properties, which do inherit.
 */
export const hostStyles = css`
  @layer p311-base {
    /* A host page's !important rules on * reach the host element and, through inheritance,
       everything inside; important declarations of the shadow tree win over them. Sizes are
       in em from 'medium' (the reader's own default size), never rem: a page's root font
       size (62.5 % is common) must not shrink or blow up the elements. */
    :host {
      all: initial;
      display: block;
      contain: layout style;
      font-family: var(
        --p311-font-family,
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        sans-serif
      ) !important;
      font-size: var(--p311-font-size, medium) !important;
      font-weight: 400 !important;
      font-style: normal !important;
      line-height: 1.5 !important;
      letter-spacing: normal !important;
      word-spacing: normal !important;
      text-transform: none !important;
      color: var(--p311-color-text, #1b1b1b) !important;
      --_accent: var(--p311-color-accent, #005ea2);
      --_accent-text: var(--p311-color-accent-text, #fff);
      --_danger: var(--p311-color-danger, #b3261e);
      --_border: var(--p311-color-border, #6b7280);
      --_surface: var(--p311-color-surface, #fff);
      --_muted: var(--p311-color-muted, #4b5563);
      --_radius: var(--p311-radius, 0.375em);
      --_focus: var(--p311-color-focus, #ffbf47);
      --_success: var(--p311-color-success, #1a6b35);
    }
    :host([theme='dark']) {
      ${darkPalette}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${darkPalette}
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
    :host([hidden]),
    [hidden] {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    h2,
    h3,
    p {
      margin: 0 0 0.5em;
    }
    h2 {
      font-size: 1.25em;
    }
    label,
    legend {
      display: block;
      font-weight: 600;
      margin-block: 0.75em 0.25em;
      /* Lined up with the labels above and below it. */
      padding: 0;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0 0 0.25em;
    }
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
      background: var(--_surface);
      width: 100%;
      min-height: 2.75em;
      padding: 0.5em 0.625em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    input[aria-invalid='true'],
    select[aria-invalid='true'],
    textarea[aria-invalid='true'] {
      border: 2px solid var(--_danger);
    }
    .field-error {
      color: var(--_danger);
      font-weight: 600;
      margin: 0.25em 0 0;
    }
    button {
      font: inherit;
      min-height: 2.75em;
      padding: 0.5em 1.25em;
      border-radius: var(--_radius);
      border: 2px solid var(--_accent);
      background: var(--_accent);
      color: var(--_accent-text);
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: var(--_accent);
    }
    button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
`;

/** The error summary and field errors of forms. */
export const formStyles = css`
  @layer p311-base {
    .error-summary {
      border: 4px solid var(--_danger);
      padding: 0.75em 1em;
      margin-block-end: 1em;
    }
    .error-summary h2 {
      font-size: 1.125em;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .error-summary a {
      color: var(--_danger);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin-top: 1em;
    }
    fieldset {
      border: 0;
      margin: 0.75em 0 0;
      padding: 0;
      min-width: 0;
    }
    textarea {
      resize: vertical;
    }
    /* One choice of a radio group: the label wraps its input, a 44 px target; and checkboxes. */
    .radio {
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-weight: 400;
      margin: 0.25em 0;
      min-height: 2.75em;
      cursor: pointer;
    }
    .radio input,
    input[type='checkbox'] {
      width: 1.375em;
      height: 1.375em;
      min-height: 0;
      margin: 0;
      padding: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    /* "(optional)" after a label. */
    .mark {
      color: var(--_muted);
      font-weight: 400;
    }
  }
`;

/** The element's reserved space as its minimum size (see `RESERVED_BLOCK_SIZE`). */
export const reservedSpace = (tag: keyof typeof RESERVED_BLOCK_SIZE): CSSResult => css`
  @layer p311-base {
    :host {
      min-block-size: var(--p311-min-block-size, ${unsafeCSS(RESERVED_BLOCK_SIZE[tag])});
    }
  }
`;
